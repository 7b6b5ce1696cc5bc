package org.tadqiq.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.ContentHash;
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
  private final org.tadqiq.align.CopyGroups copyMeasure;

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
    this.copyMeasure = org.tadqiq.align.CopyGroups.of(rules.common());
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
    store.beginLoad();
    CopyIndex copies = store.copyIndex(copyMeasure);
    try {
      reader.read(inputs, s -> {
        if (stop.get()) {
          throw new Stop();
        }
        batch.add(s);
        counts[0]++;
        chars[0] += s.text().length();
        if (batch.size() == batchSize || chars[0] >= CheckPipeline.BATCH_CHARS) {
          ingest(store, copies, batch, counts, problems);
          chars[0] = 0;
          progress.accept(counts[0]);
        }
      });
      ingest(store, copies, batch, counts, problems);
    } catch (Stop e) {
      stopped = true; // the current batch was never started: nothing half-written
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
    store.buildIndexes();
    // a disagreement between two copies of one dispatch is a copying difference, and copies count
    // once as sources: the judge knows every stored group of copies
    ConflictFinder finder = new ConflictFinder(rules.common(), pipeline.explainer())
        .withCopyGroups(copies.all());
    long groups = store.recompare((group, anchors) -> finder.judge(group, null, anchors));
    return new Stats(counts[0], counts[1], counts[2], groups, stopped, reader.skipped());
  }

  /**
   * Stores one batch in one transaction: all of it or, should anything fail, none of it (the
   * transaction is rolled back before the failure goes on).
   */
  private void ingest(ClaimStore store, CopyIndex copies, List<Source> batch, long[] counts,
      Consumer<String> problems) {
    try {
      List<Source> fresh = new ArrayList<>();
      List<String> originalIds = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      Set<String> idsInBatch = new HashSet<>();
      Set<String> articlesInBatch = new HashSet<>();
      Map<String, String[]> textsInBatch = new HashMap<>();
      long added = 0;
      long unchanged = 0;
      for (Source read : batch) {
        String hash = ClaimStore.hash(read);
        // the same article twice (already stored, or twice in this batch) is stored once
        if (!articlesInBatch.add(read.id() + "\u0000" + hash) || store.contains(read.id(), hash)) {
          unchanged++;
          continue;
        }
        String id = store.sourceIdFor(read.id(), hash, idsInBatch);
        idsInBatch.add(id);
        Source s = id.equals(read.id()) ? read : renamed(read, id);
        if (s.readable()) {
          // its identity is its text: the same text under another name is kept as a duplicate
          String[] first = textsInBatch.get(hash);
          if (first == null) {
            first = store.sameText(hash);
          }
          if (first == null) {
            textsInBatch.put(hash, new String[] {s.id(), s.path()});
          } else {
            s = ContentHash.duplicate(s, first[0], first[1]);
          }
        }
        fresh.add(s);
        originalIds.add(read.id());
        hashes.add(hash);
      }
      List<ExtractedSource> extracted = pipeline.extractAll(fresh);
      List<org.tadqiq.align.CopyGroups.Fingerprint> prints = fingerprints(extracted);
      for (int i = 0; i < extracted.size(); i++) {
        ExtractedSource e = extracted.get(i);
        e.source().problems().forEach(problems);
        store.add(e, originalIds.get(i), hashes.get(i), facets.facetsOf(e));
        if (prints.get(i) != null) {
          copies.add(e.source().id(), prints.get(i));
        }
        added++;
      }
      store.commit();
      counts[1] += added;
      counts[2] += unchanged;
      batch.clear();
    } catch (SQLException | RuntimeException e) {
      try {
        store.rollback();
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
      throw e instanceof SQLException sql ? new IllegalStateException(sql) : (RuntimeException) e;
    }
  }

  /**
   * Each article's fingerprint for finding copies of one dispatch (null for an unreadable or too
   * short one), made on the pipeline's threads: it costs about as much as reading the text.
   */
  private List<org.tadqiq.align.CopyGroups.Fingerprint> fingerprints(List<ExtractedSource> extracted) {
    return pipeline.map(extracted, e -> org.tadqiq.align.CopyGroups.fingerprint(e.source()));
  }

  private static Source renamed(Source s, String id) {
    return new Source(id, s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
        s.text(), s.status(), s.problems());
  }
}
