package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tadqiq.bench.SyntheticArchive;
import org.tadqiq.bench.SyntheticRules;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.pipeline.RulesLocator;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;
import org.tadqiq.store.Audit;
import org.tadqiq.store.ClaimStore;
import org.tadqiq.store.DraftCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: generates synthetic archives from the seeds and prints, in one run, the raw
 * read+normalize rate (the limit), extraction, check, audit and draft-check rates, their ratio to
 * the limit, peak heap, how time grows with size, and extraction speed at more rules.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark on synthetic archives made from the seeds (figures, not a test).",
      "Run it with the heap you want to vouch for, e.g. java -Xmx1g -jar target/tadqiq.jar bench."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000",
      description = "archive sizes in articles (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(names = "--rule-counts", split = ",", defaultValue = "50,200",
      description = "extraction is also measured with the pack grown to these many rules (default: ${DEFAULT-VALUE})")
  List<Integer> ruleCounts;

  @Option(names = "--seeds", defaultValue = "seeds", description = "seed articles (default: ${DEFAULT-VALUE})")
  Path seedsDir;

  @Option(names = "--work", defaultValue = "target/bench", description = "where archives and stores go (default: ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--per-event", defaultValue = "8", description = "articles per event cluster (default: ${DEFAULT-VALUE})")
  int perEvent;

  @Option(names = "--check-max", defaultValue = "20000",
      description = "the in-memory check is measured up to this many articles; beyond, audit streams them (default: ${DEFAULT-VALUE})")
  int checkMax;

  @Option(names = "--threads", description = "threads for check and audit (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin RulesOption rules;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleBook book = rules.load(err);
    if (book == null) {
      return CheckCommand.EXIT_USAGE;
    }
    List<Source> seeds = new ArrayList<>();
    new InputReader().read(List.of(seedsDir), seeds::add);
    LanguagePack ar = book.pack("ar").orElseThrow();
    out.printf("machine: %d cores, max heap %d MB, java %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    double firstSeconds = 0;
    int firstSize = 0;
    for (int size : sizes) {
      Path archive = work.resolve("archive-" + size + ".jsonl.gz");
      if (!Files.exists(archive)) {
        long t0 = System.nanoTime();
        new SyntheticArchive(seeds, 42).write(archive, size, perEvent);
        out.printf("generated %s (%d MB compressed) in %.1f s%n", archive, Files.size(archive) >> 20, secs(t0));
      }
      out.printf("%n== %,d articles ==%n", size);
      Measure raw = raw(archive, ar);
      report("read+normalize, 1 thread (the limit)", raw, raw);
      Measure extract1 = extract(archive, new CheckPipeline(book, 1));
      report("read+extract, 1 thread", extract1, raw);
      Measure extractN = extract(archive, new CheckPipeline(book, threads));
      report("read+extract, " + threads + " threads", extractN, raw);
      Measure check = null;
      if (size <= checkMax) {
        check = check(archive, new CheckPipeline(book, threads), raw.bytes);
        report("check (extract+align+compare)", check, raw);
      } else {
        out.printf("  %-38s skipped: every claim of an in-memory check is kept for its report; "
            + "past --check-max use audit, which streams%n", "check (extract+align+compare)");
      }
      Measure audit = audit(archive, book, raw.bytes);
      report("audit into a new store", audit, raw);
      Measure draft = draft(book, seeds.get(0), archive);
      out.printf(Locale.ROOT, "  %-38s %8.0f ms wall, heap peak %5d MB%n",
          "draft check against that store", draft.seconds * 1000, draft.heapMb);
      if (firstSize == 0) {
        firstSize = size;
        firstSeconds = audit.seconds;
      } else {
        out.printf(Locale.ROOT, "  growth: %.1f× the articles took %.2f× the audit time (target ≤ %.1f×)%n",
            (double) size / firstSize, audit.seconds / firstSeconds, 1.1 * size / firstSize);
      }
    }
    // one long article: extraction and report writing must grow linearly with its length
    CheckPipeline single = new CheckPipeline(book, 1);
    org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 200_000), 1);
    out.printf("%n== one long article (1 thread, CPU time; extraction, comparison, both reports) ==%n  %s%n",
        org.tadqiq.bench.LongArticle.describe(
            org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 1_000_000), 2),
            org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 4_000_000), 1)));
    if (!ruleCounts.isEmpty()) {
      Path archive = work.resolve("archive-" + sizes.get(0) + ".jsonl.gz");
      out.printf("%n== extraction cost by number of rules (1 thread, %,d articles) ==%n", sizes.get(0));
      Measure raw = raw(archive, ar);
      report("read+normalize (the limit)", raw, raw);
      report(ar.rules().size() + " rules (the Arabic pack)", extract(archive, new CheckPipeline(book, 1)), raw);
      for (int n : ruleCounts) {
        Path dir = SyntheticRules.write(RulesLocator.locate(rules.rulesDir), work.resolve("rules-" + n),
            ar.rules().size(), n);
        RuleBook grown = new RuleBookLoader().load(dir);
        report(grown.pack("ar").orElseThrow().rules().size() + " rules",
            extract(archive, new CheckPipeline(grown, 1)), raw);
      }
    }
    out.flush();
    return CheckCommand.EXIT_OK;
  }

  /** One measured phase. */
  private record Measure(long articles, long bytes, double seconds, long heapMb, long extra) {
    double perSecond() {
      return articles / seconds;
    }

    double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private void report(String what, Measure m, Measure limit) {
    out.printf(Locale.ROOT, "  %-38s %9.0f art/s %8.1f MB/s  %5.2f of limit  heap peak %5d MB%n",
        what, m.perSecond(), m.mbPerSecond(), m.mbPerSecond() / limit.mbPerSecond(), m.heapMb);
    out.flush();
  }

  private static Measure raw(Path archive, LanguagePack pack) {
    resetPeaks();
    long t0 = System.nanoTime();
    long[] n = new long[2];
    new InputReader().read(List.of(archive), s -> {
      n[0]++;
      n[1] += s.text().getBytes(StandardCharsets.UTF_8).length;
      pack.normalizer().normalize(s.text());
    });
    return new Measure(n[0], n[1], secs(t0), peakMb(), 0);
  }

  private static Measure extract(Path archive, CheckPipeline pipeline) {
    resetPeaks();
    long t0 = System.nanoTime();
    long[] n = new long[3];
    List<Source> batch = new ArrayList<>();
    java.util.function.Consumer<List<Source>> flush = b -> {
      for (ExtractedSource e : pipeline.extractAll(b)) {
        n[2] += e.claims().size();
      }
      b.clear();
    };
    new InputReader().read(List.of(archive), s -> {
      n[0]++;
      n[1] += s.text().getBytes(StandardCharsets.UTF_8).length;
      batch.add(s);
      if (batch.size() == 256) {
        flush.accept(batch);
      }
    });
    flush.accept(batch);
    return new Measure(n[0], n[1], secs(t0), peakMb(), n[2]);
  }

  private Measure check(Path archive, CheckPipeline pipeline, long bytes) throws IOException {
    resetPeaks();
    long t0 = System.nanoTime();
    CheckResult r = pipeline.check(List.of(archive), p -> {}, 0, x -> {});
    double s = secs(t0);
    out.printf("  (check: %,d claims, %,d conflicts, %,d comparisons)%n", r.claims().size(),
        r.with(org.tadqiq.compare.Finding.Verdict.CONFLICT).size(), r.comparisons());
    return new Measure(r.sources().size(), bytes, s, peakMb(), 0);
  }

  private Path storeOf(Path archive) {
    return work.resolve("store-" + archive.getFileName() + ".db");
  }

  private Measure audit(Path archive, RuleBook book, long bytes) throws Exception {
    Path db = storeOf(archive);
    Files.deleteIfExists(db);
    resetPeaks();
    long t0 = System.nanoTime();
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats st = new Audit(book, threads).run(store, List.of(archive), p -> {}, x -> {},
          new AtomicBoolean());
      return new Measure(st.read(), bytes, secs(t0), peakMb(), 0);
    }
  }

  private Measure draft(RuleBook book, Source draft, Path archive) throws Exception {
    Path db = storeOf(archive);
    CheckPipeline pipeline = new CheckPipeline(book, 1);
    ExtractedSource e = pipeline.extract(draft);
    resetPeaks();
    long t0 = System.nanoTime();
    try (ClaimStore store = ClaimStore.openReadOnly(db)) {
      new DraftCheck(book, pipeline).check(List.of(e), store, db.toString(), null);
    }
    return new Measure(1, 0, secs(t0), peakMb(), 0);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
