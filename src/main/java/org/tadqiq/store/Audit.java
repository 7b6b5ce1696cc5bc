package org.tadqiq.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.tadqiq.align.Facet;
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
    long[] counts = new long[4]; // read, added, unchanged, batches handed in
    List<Source> batch = new ArrayList<>(batchSize);
    long[] chars = {0};
    InputReader reader = new InputReader(pipeline.limits().input());
    boolean stopped = false;
    store.beginLoad();
    CopyIndex copies = store.copyIndex(copyMeasure);
    Throwable failed = null;
    try (NewArticles news = store.newArticles()) {
      BatchWriter writer = new BatchWriter(store, copies);
      try {
        reader.read(inputs, s -> {
          if (stop.get()) {
            throw new Stop();
          }
          batch.add(s);
          counts[0]++;
          chars[0] += s.text().length();
          if (batch.size() == batchSize || chars[0] >= CheckPipeline.BATCH_CHARS) {
            handIn(news, writer, batch, counts, problems);
            chars[0] = 0;
            progress.accept(counts[0]);
          }
        });
        handIn(news, writer, batch, counts, problems);
      } catch (Stop e) {
        stopped = true; // the batch being read was never handed in: nothing half-written
      } catch (RuntimeException | Error e) {
        failed = e;
      }
      // every batch handed in is written (or the writer failed) before the load goes on
      try {
        writer.finish();
      } catch (SQLException | RuntimeException | Error e) {
        if (failed == null) {
          failed = e;
        } else if (failed != e && failed.getCause() != e) {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      if (failed.getCause() instanceof SQLException sql && failed instanceof IllegalStateException) {
        throw sql;
      }
      if (failed instanceof SQLException sql) {
        throw sql;
      }
      if (failed instanceof Error err) {
        throw err;
      }
      throw (RuntimeException) failed;
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
   * Sorts one batch (what is new, under which id), extracts it on the pipeline's threads and hands
   * it to the writer, which stores it in one transaction while the next batch is read and
   * extracted. An {@link SQLException} leaves wrapped in an {@link IllegalStateException} (the
   * reader's callback throws no checked exception) and is unwrapped by {@link #run}.
   */
  private void handIn(NewArticles news, BatchWriter writer, List<Source> batch, long[] counts,
      Consumer<String> problems) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      long number = ++counts[3];
      NewArticles.Sorted sorted = news.sort(batch, number, writer.committed());
      List<ExtractedSource> extracted = pipeline.extractAll(sorted.fresh());
      List<org.tadqiq.align.CopyGroups.Fingerprint> prints = fingerprints(extracted);
      List<List<Facet>> facetLists = new ArrayList<>(extracted.size());
      for (ExtractedSource e : extracted) {
        e.source().problems().forEach(problems);
        facetLists.add(facets.facetsOf(e));
      }
      writer.write(new BatchWriter.Batch(extracted, sorted.originalIds(), sorted.hashes(),
          facetLists, prints));
      counts[1] += extracted.size();
      counts[2] += sorted.unchanged();
      batch.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Each article's fingerprint for finding copies of one dispatch (null for an unreadable or too
   * short one), made on the pipeline's threads: it costs about as much as reading the text.
   */
  private List<org.tadqiq.align.CopyGroups.Fingerprint> fingerprints(List<ExtractedSource> extracted) {
    return pipeline.map(extracted, e -> org.tadqiq.align.CopyGroups.fingerprint(e.source()));
  }
}
