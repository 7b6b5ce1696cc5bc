package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
      description = "extraction is also measured with the pack grown to these many rules; 0: not at all (default: ${DEFAULT-VALUE})")
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

  @Option(names = "--warmup", defaultValue = "2000",
      description = "articles each stage reads untimed before it is timed (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--rule-articles", defaultValue = "5000",
      description = "archive size for extraction by number of rules (default: ${DEFAULT-VALUE})")
  int ruleArticles;

  @Option(names = "--plant-rate", defaultValue = "0.1",
      description = "how often an extra rule's sentence is planted in an article (default: ${DEFAULT-VALUE})")
  double plantRate;

  @Option(names = "--long-article", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "measure one long article (1 and 4 MB) too (default: ${DEFAULT-VALUE})")
  boolean longArticle;

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
    Path warm = archive(seeds, 7, "warmup-" + warmup + ".jsonl.gz", warmup, List.of(), 0);
    double firstSeconds = 0;
    int firstSize = 0;
    for (int size : sizes) {
      Path archive = archive(seeds, 42, "articles-" + size + ".jsonl.gz", size, List.of(), 0);
      out.printf("%n== %,d articles (each stage first run untimed on %,d others to warm the JVM) ==%n",
          size, warmup);
      Measure raw = limit(warm, archive, ar);
      report("read+normalize, 1 thread (the limit)", raw, raw);
      Measure extract1 = warmed(warm, archive, a -> extract(a, new CheckPipeline(book, 1)));
      report("read+extract, 1 thread", extract1, raw);
      Measure extractN = warmed(warm, archive, a -> extract(a, new CheckPipeline(book, threads)));
      report("read+extract, " + threads + " threads", extractN, raw);
      Measure check = null;
      if (size <= checkMax) {
        check = warmed(warm, archive, a -> check(a, new CheckPipeline(book, threads), raw.bytes, a != warm));
        report("check (extract+align+compare)", check, raw);
      } else {
        out.printf("  %-38s skipped: every claim of an in-memory check is kept for its report; "
            + "past --check-max use audit, which streams%n", "check (extract+align+compare)");
      }
      audit(warm, book, 0);
      Measure audit = audit(archive, book, raw.bytes);
      report("audit into a new store", audit, raw);
      draft(book, seeds.get(0), warm);
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
    if (longArticle) {
      // one long article: extraction and report writing must grow linearly with its length
      CheckPipeline single = new CheckPipeline(book, 1);
      org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 200_000), 1);
      out.printf("%n== one long article (1 thread, CPU time; extraction, comparison, both reports) ==%n  %s%n",
          org.tadqiq.bench.LongArticle.describe(
              org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 1_000_000), 2),
              org.tadqiq.bench.LongArticle.measure(single, org.tadqiq.bench.LongArticle.text(single, seeds, 4_000_000), 1)));
    }
    ruleCounts = ruleCounts.stream().filter(n -> n > 0).toList();
    if (!ruleCounts.isEmpty()) {
      out.printf("%n== extraction by number of rules (1 thread, %,d articles, warmed) ==%n"
          + "  each extra rule copies a real rule with a made-up trigger word of its own, and the"
          + " sentence that wakes it%n  is planted in an article with probability %.2f;"
          + " each archive's own read+normalize is its limit%n", ruleArticles, plantRate);
      Path archive = archive(seeds, 42, "articles-" + ruleArticles + ".jsonl.gz", ruleArticles, List.of(), 0);
      Measure raw = limit(warm, archive, ar);
      report("read+normalize (the limit)", raw, raw);
      Measure base = warmed(warm, archive, a -> extract(a, new CheckPipeline(book, 1)));
      report(ar.rules().size() + " rules (the Arabic pack)", base, raw);
      claimsPerArticle(base);
      for (int n : ruleCounts) {
        SyntheticRules.Grown grown = SyntheticRules.write(RulesLocator.locate(rules.rulesDir),
            work.resolve("rules-" + n), ar, n);
        RuleBook book2 = new RuleBookLoader().load(grown.dir());
        Path planted = archive(seeds, 42, "articles-" + ruleArticles + "-rules-" + n + ".jsonl.gz",
            ruleArticles, grown.sentences(), plantRate);
        Measure limit = limit(warm, planted, ar);
        report("read+normalize (limit, " + n + "-rule archive)", limit, limit);
        Measure m = warmed(warm, planted, a -> extract(a, new CheckPipeline(book2, 1)));
        report(book2.pack("ar").orElseThrow().rules().size() + " rules", m, limit);
        claimsPerArticle(m);
      }
    }
    out.flush();
    return CheckCommand.EXIT_OK;
  }

  /** A stage of the bench, run on an archive. */
  private interface Stage {
    Measure run(Path archive) throws Exception;
  }

  /** The stage run once untimed on the warm-up archive (JIT, caches), then timed on {@code archive}. */
  private static Measure warmed(Path warm, Path archive, Stage stage) throws Exception {
    stage.run(warm);
    return stage.run(archive);
  }

  /**
   * The limit: read+normalize, warmed, and the run of three that took the least CPU time — it
   * takes a second or two, so one run would carry whatever else the machine did into every ratio.
   */
  private static Measure limit(Path warm, Path archive, LanguagePack ar) throws Exception {
    Measure best = warmed(warm, archive, a -> raw(a, ar));
    for (int i = 0; i < 2; i++) {
      Measure m = raw(archive, ar);
      best = m.cpu < best.cpu ? m : best;
    }
    return best;
  }

  // the warm-up archive has another seed: no stage is warmed on the very texts it is timed on
  private Path archive(List<Source> seeds, long seed, String name, int size, List<String> plants,
      double rate) throws IOException {
    Path archive = work.resolve(name);
    if (!Files.exists(archive)) {
      long t0 = System.nanoTime();
      new SyntheticArchive(seeds, seed).write(archive, size, perEvent, plants, rate);
      out.printf("generated %s (%d MB compressed) in %.1f s%n", archive, Files.size(archive) >> 20, secs(t0));
    }
    return archive;
  }

  private void claimsPerArticle(Measure m) {
    out.printf(Locale.ROOT, "  %-38s %9.1f claims per article%n", "", (double) m.extra / m.articles);
  }

  /** One measured phase. */
  private record Measure(long articles, long bytes, double seconds, double cpu, long heapMb, long extra) {
    double perSecond() {
      return articles / seconds;
    }

    double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }

    /** MB per second of CPU time of the whole process (every thread, the collector's too). */
    double mbPerCpuSecond() {
      return bytes / 1e6 / cpu;
    }
  }

  private void report(String what, Measure m, Measure limit) {
    out.printf(Locale.ROOT,
        "  %-38s %7.0f art/s %7.1f MB/s %5.2f of limit | CPU %7.1f MB/s %5.2f of limit | heap peak %4d MB%n",
        what, m.perSecond(), m.mbPerSecond(), m.mbPerSecond() / limit.mbPerSecond(),
        m.mbPerCpuSecond(), m.mbPerCpuSecond() / limit.mbPerCpuSecond(), m.heapMb);
    out.flush();
  }

  private static Measure raw(Path archive, LanguagePack pack) {
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    long[] n = new long[1];
    InputReader reader = new InputReader();
    reader.read(List.of(archive), s -> {
      n[0]++;
      pack.normalizer().normalize(s.text());
    });
    return new Measure(n[0], reader.bytesRead(), secs(t0), cpuSecs(c0), peakMb(), 0);
  }

  private static Measure extract(Path archive, CheckPipeline pipeline) {
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    long[] n = new long[3];
    List<Source> batch = new ArrayList<>();
    java.util.function.Consumer<List<Source>> flush = b -> {
      for (ExtractedSource e : pipeline.extractAll(b)) {
        n[2] += e.claims().size();
      }
      b.clear();
    };
    InputReader reader = new InputReader();
    reader.read(List.of(archive), s -> {
      n[0]++;
      batch.add(s);
      if (batch.size() == 256) {
        flush.accept(batch);
      }
    });
    flush.accept(batch);
    return new Measure(n[0], reader.bytesRead(), secs(t0), cpuSecs(c0), peakMb(), n[2]);
  }

  private Measure check(Path archive, CheckPipeline pipeline, long bytes, boolean tell)
      throws IOException {
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    CheckResult r = pipeline.check(List.of(archive), p -> {}, 0, x -> {});
    double s = secs(t0);
    if (tell) {
      out.printf("  (check: %,d claims, %,d conflicts, %,d comparisons)%n", r.claims().size(),
          r.with(org.tadqiq.compare.Finding.Verdict.CONFLICT).size(), r.comparisons());
    }
    return new Measure(r.sources().size(), bytes, s, cpuSecs(c0), peakMb(), 0);
  }

  private Path storeOf(Path archive) {
    return work.resolve("store-" + archive.getFileName() + ".db");
  }

  private Measure audit(Path archive, RuleBook book, long bytes) throws Exception {
    Path db = storeOf(archive);
    Files.deleteIfExists(db);
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats st = new Audit(book, threads).run(store, List.of(archive), p -> {}, x -> {},
          new AtomicBoolean());
      return new Measure(st.read(), bytes, secs(t0), cpuSecs(c0), peakMb(), 0);
    }
  }

  private Measure draft(RuleBook book, Source draft, Path archive) throws Exception {
    Path db = storeOf(archive);
    CheckPipeline pipeline = new CheckPipeline(book, 1);
    ExtractedSource e = pipeline.extract(draft);
    resetPeaks();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    try (ClaimStore store = ClaimStore.openReadOnly(db)) {
      new DraftCheck(book, pipeline).check(List.of(e), store, db.toString(), null);
    }
    return new Measure(1, 0, secs(t0), cpuSecs(c0), peakMb(), 0);
  }

  // CPU time is what a shared machine cannot take from a stage: wall time there carries every
  // other build's load, CPU time only the stage's own work (its threads, the collector, the JIT)
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double cpuSecs(long c0) {
    return (cpuNanos() - c0) / 1e9;
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
