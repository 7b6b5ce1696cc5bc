package org.tadqiq.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.Limits;
import org.tadqiq.rules.RuleBook;

/**
 * Audits archives into a claim store: streams the inputs in batches, skips articles already
 * stored (same id and content hash), extracts the new ones on all cores, commits each batch, then
 * re-compares only the groups the new claims touched. Stopping between batches (Ctrl-C) keeps
 * every committed batch; a rerun picks up where it stopped.
 */
public final class Audit {
  private final int batchSize;
  private final RuleBook rules;
  private final CheckPipeline pipeline;
  private final FacetMaker facets;

  /** What one audit run did. */
  public record Stats(long read, long added, long unchanged, long groupsCompared, boolean stopped,
      java.util.Map<String, Long> skippedRecords) {}

  public Audit(RuleBook rules, int threads) {
    this(rules, threads, 512);
  }

  public Audit(RuleBook rules, int threads, int batchSize) {
    this(rules, threads, batchSize, Limits.DEFAULTS);
  }

  /**
   * @param batchSize articles per transaction (and per parallel extraction); a batch also ends
   *     at {@link CheckPipeline#BATCH_CHARS} chars of text
   */
  public Audit(RuleBook rules, int threads, int batchSize, Limits limits) {
    this.batchSize = batchSize;
    this.rules = rules;
    this.pipeline = new CheckPipeline(rules, threads, limits);
    this.facets = new FacetMaker(rules.common());
  }

  public CheckPipeline pipeline() {
    return pipeline;
  }

  /** Thrown inside the reader's callback to stop reading once a stop was asked for. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  public Stats run(ClaimStore store, List<java.nio.file.Path> inputs, Consumer<String> problems,
      LongConsumer progress, AtomicBoolean stop) throws SQLException {
    long[] counts = new long[3];
    List<Source> batch = new ArrayList<>(batchSize);
    long[] chars = {0};
    InputReader reader = new InputReader(pipeline.limits().input());
    boolean stopped = false;
    try {
      reader.read(inputs, s -> {
        if (stop.get()) {
          throw new Stop();
        }
        batch.add(s);
        counts[0]++;
        chars[0] += s.text().length();
        if (batch.size() == batchSize || chars[0] >= CheckPipeline.BATCH_CHARS) {
          ingest(store, batch, counts, problems);
          chars[0] = 0;
          progress.accept(counts[0]);
        }
      });
      ingest(store, batch, counts, problems);
    } catch (Stop e) {
      stopped = true; // the current batch was never started: nothing half-written
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
    ConflictFinder finder = new ConflictFinder(rules.common(), pipeline.explainer());
    long groups = store.recompare(finder::judge);
    return new Stats(counts[0], counts[1], counts[2], groups, stopped, reader.skipped());
  }

  private void ingest(ClaimStore store, List<Source> batch, long[] counts, Consumer<String> problems) {
    try {
      List<Source> fresh = new ArrayList<>();
      List<String> originalIds = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      Set<String> idsInBatch = new HashSet<>();
      Set<String> articlesInBatch = new HashSet<>();
      for (Source s : batch) {
        String hash = ClaimStore.hash(s);
        // the same article twice (already stored, or twice in this batch) is stored once
        if (!articlesInBatch.add(s.id() + "\u0000" + hash) || store.contains(s.id(), hash)) {
          counts[2]++;
          continue;
        }
        String id = store.sourceIdFor(s.id(), hash);
        if (!idsInBatch.add(id)) {
          id = s.id() + "~" + hash.substring(0, 8);
          idsInBatch.add(id);
        }
        fresh.add(id.equals(s.id()) ? s : renamed(s, id));
        originalIds.add(s.id());
        hashes.add(hash);
      }
      List<ExtractedSource> extracted = pipeline.extractAll(fresh);
      for (int i = 0; i < extracted.size(); i++) {
        ExtractedSource e = extracted.get(i);
        e.source().problems().forEach(problems);
        store.add(e, originalIds.get(i), hashes.get(i), facets.facetsOf(e));
        counts[1]++;
      }
      store.commit();
      batch.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Source renamed(Source s, String id) {
    return new Source(id, s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
        s.text(), s.status(), s.problems());
  }
}
