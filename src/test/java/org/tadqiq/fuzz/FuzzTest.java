package org.tadqiq.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.cli.CliRunner;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.pipeline.Limits;
import org.tadqiq.report.HtmlReport;
import org.tadqiq.report.JsonReport;
import org.tadqiq.report.ReportInput;
import org.tadqiq.report.SafeTextWriter;
import org.tadqiq.rules.PatternSafety;
import org.tadqiq.rules.RegexSyntax;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;
import org.tadqiq.rules.RuleFileException;
import org.tadqiq.store.Audit;
import org.tadqiq.store.ClaimStore;
import org.tadqiq.store.DraftCheck;
import org.tadqiq.store.StoreException;
import org.tadqiq.text.BudgetedText;

/**
 * Issue 9: a seeded fuzz suite of hostile inputs of every kind — files, folders, JSON Lines and
 * WARC records, HTML pages, rule patterns and rule files, store files — run in the normal test
 * command. It asserts no crash, exit codes from the documented set, every input accounted for in
 * report.json with a status, report.html well-formed with no executable payload, and a store left
 * as it was by a failed batch. {@code -Dtadqiq.fuzz.scale=10} runs ten times as many (tens of
 * thousands); {@code -Dtadqiq.fuzz.seed=N} another sample. A failure names its seed and round.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {
  static final int SCALE = Integer.getInteger("tadqiq.fuzz.scale", 1);
  static final long SEED = Long.getLong("tadqiq.fuzz.seed", 20_261_202L);
  /** Lowered limits, so that every limit is met by small inputs. */
  static final Limits LIMITS = Limits.DEFAULTS.with("file-bytes", "64K").with("article-chars", "20000")
      .with("record-bytes", "32K").with("archive-bytes", "4M");

  @TempDir static Path tmp;
  private RuleBook book;
  private final List<String> arabic = new ArrayList<>();
  private ReportChecks checks;
  private final java.util.Map<String, Long> tried = new java.util.TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  @BeforeAll
  void setUp() throws IOException {
    book = TestRules.load();
    List<Source> seeds = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), seeds::add);
    for (Source s : seeds) {
      for (String sentence : s.text().split("[.\\n]")) {
        if (sentence.strip().length() > 20) {
          arabic.add(sentence.strip() + ".");
        }
      }
    }
    Path clean = tmp.resolve("clean");
    runCheck(new CheckPipeline(book, 2, LIMITS), List.of(TestRules.SEEDS), clean);
    checks = new ReportChecks(Files.readString(clean.resolve("report.html"), StandardCharsets.UTF_8));
  }

  private void count(String kind, long n) {
    tried.merge(kind, n, Long::sum);
  }

  private void fail(String problem) {
    failures.add(problem);
    failed++;
  }

  private long failed;

  @org.junit.jupiter.api.BeforeEach
  void freshFailures() {
    failures.clear();
  }

  /** The check as the command runs it: extract, compare, both reports; returns the exit code. */
  private static int runCheck(CheckPipeline pipeline, List<Path> inputs, Path out) throws IOException {
    CheckResult r = pipeline.check(inputs, p -> {}, 500, n -> {});
    Files.createDirectories(out);
    ReportInput in = ReportInput.check(r, null);
    try (Writer w = SafeTextWriter.open(out.resolve("report.json"), false)) {
      new JsonReport(pipeline.explainer()).write(in, w);
    }
    try (Writer w = SafeTextWriter.open(out.resolve("report.html"), true)) {
      new HtmlReport(pipeline.explainer()).write(in, w);
    }
    return r.readableSources() == 0 ? 2 : r.with(Finding.Verdict.CONFLICT).isEmpty() ? 0 : 1;
  }

  @Test
  void filesFoldersArchivesAndPages() throws IOException {
    CheckPipeline pipeline = new CheckPipeline(book, 2, LIMITS);
    int rounds = 10 * SCALE;
    for (int round = 0; round < rounds; round++) {
      long seed = SEED + round;
      Path dir = Files.createDirectories(tmp.resolve("round-" + round).resolve("in"));
      HostileFiles files = new HostileFiles(seed, arabic);
      files.fill(dir, 60);
      Files.copy(TestRules.SEEDS.resolve("000_28ff8978b549dea5.txt"), dir.resolve("000.txt"));
      files.made.add(new HostileFiles.Made(dir.resolve("000.txt"), -1));
      Path out = dir.resolveSibling("out");
      String where = "seed " + seed + " (round " + round + "): ";
      try {
        int code = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> runCheck(pipeline, List.of(dir), out));
        if (code < 0 || code > 2) {
          fail(where + "exit code " + code);
        }
        checks.check(out.resolve("report.json"), out.resolve("report.html"), files.made)
            .forEach(p -> fail(where + p));
        if (round % 10 == 0) { // now and then through the command line itself
          CliRunner.Run run = CliRunner.run("check", dir.toString(), "--out", out.resolveSibling("cli").toString(),
              "-q", "--limit", "file-bytes=64K", "--limit", "article-chars=20000",
              "--limit", "record-bytes=32K", "--limit", "archive-bytes=4M");
          if (run.code() < 0 || run.code() > 2 || run.err().contains("internal error") || run.err().contains("\tat ")) {
            fail(where + "the command ended with " + run.code() + ": " + run.err());
          }
        }
      } catch (RuntimeException | Error e) {
        fail(where + "crashed: " + trace(e));
      }
      count("files, folders and links", files.made.size());
      count("archive records", files.records);
      deleteQuietly(dir.getParent());
    }
    assertThat(failures).as("fuzz failures").isEmpty();
  }

  @Test
  void rulePatterns() {
    PatternSafety safety = new PatternSafety(java.util.Map.of(), java.util.Map.of());
    HostilePatterns patterns = new HostilePatterns(SEED);
    String[] subjects = {"a".repeat(26) + "!", "ا".repeat(26) + "!", " ".repeat(26) + "!",
        "ab".repeat(13) + "!", "1".repeat(26) + "x", "ابا ".repeat(7) + "!", "aXbX".repeat(7)};
    int n = 3000 * SCALE;
    for (int i = 0; i < n; i++) {
      String p = patterns.next();
      Pattern compiled;
      try {
        compiled = Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        continue; // a broken pattern: the loader reports it as not a valid regex
      } finally {
        count("rule patterns", 1);
      }
      try {
        List<String> problems = safety.checkRegex(p, 0);
        Pattern.compile(RegexSyntax.boundLookbehinds(p, 8));
        if (!problems.isEmpty()) {
          continue;
        }
        // judged safe: then no text of these shapes may make it work exponentially
        for (String subject : subjects) {
          BudgetedText text = new BudgetedText(subject);
          text.allow(3_000_000);
          Matcher m = compiled.matcher(text);
          try {
            while (m.find()) {
              // every match
            }
          } catch (BudgetedText.Exceeded e) {
            fail("judged safe but backtracks without end on \"" + subject + "\": " + p);
            break;
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        fail("pattern " + p + ": " + trace(e));
      }
    }
    assertThat(failures).as("fuzz failures").isEmpty();
  }

  @Test
  void ruleFiles() throws IOException {
    HostilePatterns patterns = new HostilePatterns(SEED + 1);
    Random random = new Random(SEED + 2);
    Path base = miniRules(tmp.resolve("mini-rules"));
    String rule = Files.readString(base.resolve("ar/quantity.yaml"));
    String[] hostile = {"lookback: -5", "lookback: 99999999999", "priority: 1e400", "kind: nothing",
        "triggers: [NO_SUCH]", "pattern: \"" + "(".repeat(3000) + "\"", "examples: []", "patern: x",
        "pattern: !!java.lang.Runtime x", "pattern: &a [*a, *a]", "\tpattern: tab", "pattern: \"\\ud800\"",
        "lookback: .nan", "set: {a: [1, {b: 2}]}"};
    int n = 20 * SCALE;
    for (int i = 0; i < n; i++) {
      Path rules = tmp.resolve("rules-" + i);
      copy(base, rules);
      String mutated = switch (random.nextInt(4)) {
        case 0 -> rule.replaceFirst("pattern: \"[^\"\\n]*\"", java.util.regex.Matcher.quoteReplacement(
            "pattern: \"" + patterns.next().replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        case 1 -> rule.replaceFirst("    pattern:", "    " + hostile[random.nextInt(hostile.length)] + "\n    pattern:");
        case 2 -> rule.substring(0, random.nextInt(rule.length() + 1));
        default -> new String(randomBytes(random, random.nextInt(400)), StandardCharsets.ISO_8859_1);
      };
      Files.writeString(rules.resolve("ar/quantity.yaml"), mutated);
      count("rule files", 1);
      try {
        RuleBook loaded = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new RuleBookLoader().load(rules));
        // it loads: then it runs, within its budget, on a hostile text
        CheckPipeline pipeline = new CheckPipeline(loaded, 1, LIMITS);
        String text = new HostileFiles(SEED + i, arabic).text(30);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> pipeline.extract(new Source("t", "t.txt",
            null, null, null, "ar", null, text, Source.Status.OK, List.of())));
      } catch (RuleFileException e) {
        if (!e.getMessage().matches("(?s).+\\.yaml:\\d+: .+|(?s).+: .+")) {
          fail("rule file " + i + ": a message without file:line: " + e.getMessage());
        }
      } catch (RuntimeException | Error e) {
        fail("rule file " + i + " (" + mutated.lines().findFirst().orElse("") + "…): " + trace(e));
      }
      deleteQuietly(rules);
    }
    assertThat(failures).as("fuzz failures").isEmpty();
  }

  /** The project's common data and a small Arabic pack: a rule file mutated in it loads fast. */
  private static Path miniRules(Path dest) throws IOException {
    copy(TestRules.RULES.resolve("common"), dest.resolve("common"));
    Files.createDirectories(dest.resolve("ar"));
    Files.copy(TestRules.RULES.resolve("ar/language.yaml"), dest.resolve("ar/language.yaml"));
    copy(TestRules.RULES.resolve("ar/lexicons"), dest.resolve("ar/lexicons"));
    Files.copy(TestRules.RULES.resolve("ar/quantity.yaml"), dest.resolve("ar/quantity.yaml"));
    return dest;
  }

  @Test
  void storeFiles() throws Exception {
    Path store = tmp.resolve("base.db");
    try (ClaimStore s = ClaimStore.open(store)) {
      new Audit(book, 2, 50, LIMITS).run(s, List.of(TestRules.SEEDS), p -> {}, x -> {}, new AtomicBoolean());
    }
    byte[] whole = Files.readAllBytes(store);
    CheckPipeline pipeline = new CheckPipeline(book, 1, LIMITS);
    List<ExtractedSource> drafts = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS.resolve("001_cb041ddd7639ad4e.txt")),
        s -> drafts.add(pipeline.extract(s)));
    Random random = new Random(SEED + 3);
    Audit audit = new Audit(book, 1, 50, LIMITS);
    DraftCheck draftCheck = new DraftCheck(book, pipeline);
    int n = 150 * SCALE;
    for (int i = 0; i < n; i++) {
      Path file = tmp.resolve("store-" + i + ".db");
      Files.write(file, variant(whole, random));
      count("store files", 1);
      byte[] before = Files.readAllBytes(file);
      String where = "store variant " + i + " (seed " + (SEED + 3) + "): ";
      try (ClaimStore s = ClaimStore.openReadOnly(file)) {
        draftCheck.check(drafts, s, file.toString(), null);
      } catch (StoreException e) {
        if (!e.getMessage().startsWith(file + ": ") || e.getMessage().contains("\n")) {
          fail(where + "a message that does not name the file in one line: " + e.getMessage());
        }
      } catch (SQLException e) {
        String m = ClaimStore.explain(file, e, 1).getMessage();
        if (!m.startsWith(file + ": ")) {
          fail(where + m);
        }
      } catch (RuntimeException | Error e) {
        if (!(e.getCause() instanceof SQLException)) { // the store's JSON or rows were garbage
          fail(where + "the editor's check crashed: " + trace(e));
        }
      }
      if (!java.util.Arrays.equals(before, Files.readAllBytes(file))) {
        fail(where + "the editor's check wrote to the store");
      }
      if (i % 5 == 0) { // an audit into it: works, or is refused and leaves the file as it was
        try (ClaimStore s = ClaimStore.open(file, 1)) {
          audit.run(s, List.of(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt")),
              p -> {}, x -> {}, new AtomicBoolean());
        } catch (StoreException e) {
          if (!e.getMessage().startsWith(file + ": ")) {
            fail(where + e.getMessage());
          }
          if (!java.util.Arrays.equals(before, Files.readAllBytes(file))) {
            fail(where + "a refused audit changed the file");
          }
        } catch (SQLException | RuntimeException e) {
          // a failed batch: rolled back, the file is as it was
          if (!java.util.Arrays.equals(before, Files.readAllBytes(file))) {
            fail(where + "a failed audit changed the file: " + e);
          }
        } catch (Error e) {
          fail(where + "the audit crashed: " + trace(e));
        }
      }
      deleteQuietly(file);
      Files.deleteIfExists(tmp.resolve("store-" + i + ".db-wal"));
      Files.deleteIfExists(tmp.resolve("store-" + i + ".db-shm"));
    }
    assertThat(failures).as("fuzz failures").isEmpty();
  }

  /** A damaged, cut, foreign or random store file. */
  private static byte[] variant(byte[] whole, Random random) {
    byte[] b = whole.clone();
    switch (random.nextInt(7)) {
      case 0 -> {
        for (int k = 0; k < 1 + random.nextInt(60); k++) {
          b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
      case 2 -> b = randomBytes(random, random.nextInt(9000));
      case 3 -> b = new byte[0];
      case 4 -> { // a page wiped
        int page = 4096 * random.nextInt(Math.max(1, b.length / 4096));
        java.util.Arrays.fill(b, page, Math.min(b.length, page + 4096), (byte) random.nextInt(256));
      }
      case 5 -> b = java.util.Arrays.copyOf(b, b.length + 1 + random.nextInt(5000)); // grown
      default -> {
        for (int k = 100; k < Math.min(b.length, 100 + random.nextInt(20)); k++) {
          b[k] = (byte) random.nextInt(256); // the header
        }
      }
    }
    return b;
  }

  @Test
  void failedBatchesLeaveTheStoreAsItWas() throws Exception {
    Path base = tmp.resolve("batches.db");
    try (ClaimStore s = ClaimStore.open(base)) {
      new Audit(book, 1, 50, LIMITS).run(s, List.of(TestRules.SEEDS.resolve("000_28ff8978b549dea5.txt")),
          p -> {}, x -> {}, new AtomicBoolean());
    }
    Random random = new Random(SEED + 4);
    Audit oneBatch = new Audit(book, 1, 100_000, LIMITS);
    int n = 8 * SCALE;
    for (int i = 0; i < n; i++) {
      Path db = tmp.resolve("batch-" + i + ".db");
      Files.copy(base, db);
      Path in = Files.createDirectories(tmp.resolve("batch-in-" + i));
      HostileFiles files = new HostileFiles(SEED + 100 + i, arabic);
      files.fill(in, 15);
      Files.copy(TestRules.SEEDS.resolve("002_aaad3a3370a53648.txt"), in.resolve("002.txt"));
      count("inputs of failing batches", files.made.size() + files.records);
      String before = org.tadqiq.store.StoreRobustnessAccess.batchTables(db);
      Path whole = tmp.resolve("batch-whole-" + i + ".db");
      Files.copy(base, whole);
      org.tadqiq.store.StoreRobustnessAccess.audit(oneBatch, whole, null, in);
      String stored = org.tadqiq.store.StoreRobustnessAccess.batchTables(whole);
      Properties full = new Properties();
      full.setProperty("max_page_count", Long.toString(org.tadqiq.store.StoreRobustnessAccess.pages(db)
          + random.nextInt(12))); // the disk fills up somewhere in the batch, or not at all
      try {
        org.tadqiq.store.StoreRobustnessAccess.audit(oneBatch, db, full, in);
      } catch (SQLException | IllegalStateException e) {
        // the batch is all there (the comparison after it failed) or not there at all
        String after = org.tadqiq.store.StoreRobustnessAccess.batchTables(db);
        if (!after.equals(before) && !after.equals(stored)) {
          fail("batch " + i + ": part of a failed batch was stored (" + e + ")");
        }
      } catch (RuntimeException | Error e) {
        fail("batch " + i + ": crashed: " + trace(e));
      }
      deleteQuietly(in);
    }
    assertThat(failures).as("fuzz failures").isEmpty();
  }

  @AfterAll
  void summary() {
    long all = tried.values().stream().mapToLong(Long::longValue).sum();
    System.out.println("FuzzTest: " + all + " hostile inputs tried " + tried + ", scale " + SCALE
        + ", seed " + SEED + "; failures: " + failed);
  }

  /** A failure with where in Tadqiq it happened, so a fuzz report can be acted on. */
  private static String trace(Throwable e) {
    StringBuilder b = new StringBuilder(e.toString());
    int n = 0;
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.tadqiq") && n++ < 4) {
        b.append(" at ").append(f.getClassName().replace("org.tadqiq.", "")).append('.')
            .append(f.getMethodName()).append(':').append(f.getLineNumber());
      }
    }
    return b.toString();
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> {
        try {
          Files.deleteIfExists(x);
        } catch (IOException e) {
          // a temporary folder: JUnit removes what is left
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // ditto
    }
  }
}
