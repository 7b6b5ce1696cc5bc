package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.tadqiq.compare.Finding;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.report.ReportInput;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.store.ClaimStore;
import org.tadqiq.store.StoreException;
import org.tadqiq.store.DraftCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check PATH... [--out DIR] [--rules DIR]}: the cross-source check with its reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, extracts claims with the rules, lines them up across",
      "sources and reports conflicts: DIR/report.html, DIR/report.json and",
      "DIR/findings.csv.",
      "",
      "Input formats (folders are read recursively, in name order):",
      "  .txt              UTF-8 text; optional header lines (url:, source:,",
      "                    published: YYYY-MM-DD, title:, lang:) then a blank line",
      "  .html .htm        a web page; title, outlet, date, URL from its metadata",
      "  .jsonl .jsonl.gz  one article per line: id, url, source, published,",
      "                    title, lang, and text or html",
      "  .warc .warc.gz    a web archive: every HTML response is an article",
      "Other files are listed in the report as unsupported; an unreadable input",
      "never stops the run.",
      "",
      "With --against STORE the PATHs are drafts, checked against a claim store",
      "made by 'audit' (the editor's check).",
      "",
      "Exit codes: 0 no conflict; 1 conflicts found; 2 usage error, broken rules,",
      "no input could be read, a store that cannot be used or reports that cannot",
      "be written; 3 (--against) nothing in the drafts could be compared with the",
      "store; 4 out of memory or an internal error.",
      ""
    })
public final class CheckCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_CONFLICTS = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_NOTHING_COMPARED = 3;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, archives or folders")
  List<Path> inputs;

  @Mixin OutOption output;

  @Mixin RulesOption rules;

  @Mixin LimitsOption limits;

  @Option(names = "--threads", paramLabel = "N",
      description = "extraction threads, 1 or more (default: all cores); output is the same for any N")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--keep-texts", paramLabel = "N", defaultValue = "500",
      description = "keep the text of the first N sources for the report's text view (default: ${DEFAULT-VALUE})")
  int keepTexts;

  @Option(names = {"-q", "--quiet"}, description = "no progress display")
  boolean quiet;

  @Option(names = "--ui", paramLabel = "LANG",
      description = "language of the report's interface: ar or en (default: the sources' majority language)")
  String ui;

  @Option(names = "--against", paramLabel = "STORE",
      description = "a claim store (from 'audit'): check PATHs as drafts against it")
  Path against;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "with --against: the date of drafts that have no published: date (default: today)")
  String date;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    PrintWriter stdout = cl.getOut();
    Options.requireThreads(cl, threads);
    Options.requireOut(cl, output);
    String language = Options.ui(cl, ui);
    LocalDate draftDate = draftDate(cl);
    if (against != null && !Files.isRegularFile(against)) {
      throw new CommandLine.ParameterException(cl, "--against " + against
          + ": no claim store there (make one with: tadqiq audit PATH... --store " + against + ")");
    }
    StageClock clock = StageClock.of(err);
    RuleBook book = rules.load(err);
    if (book == null) {
      return EXIT_USAGE;
    }
    clock.mark("rules loaded");
    CheckPipeline pipeline = new CheckPipeline(book, threads, limits.get());
    Progress progress = new Progress(err, quiet);
    CheckResult result = pipeline.check(
        inputs, problem -> err.println("tadqiq: " + problem), keepTexts, progress);
    progress.done();
    clock.mark("read, extract, compare");
    if (against != null) {
      return draftCheck(book, pipeline, result, draftDate, language, stdout, err);
    }
    Reports.write(ReportInput.check(result, language), pipeline.explainer(), output.dir, err);
    clock.mark("reports written");
    printSummary(result, stdout);
    if (result.readableSources() == 0) {
      err.println("tadqiq: no input could be read");
      return EXIT_USAGE;
    }
    return result.with(Finding.Verdict.CONFLICT).isEmpty() ? EXIT_OK : EXIT_CONFLICTS;
  }

  private LocalDate draftDate(CommandLine cl) {
    if (date == null) {
      return null;
    }
    if (against == null) {
      throw new CommandLine.ParameterException(cl, "--date is for drafts checked --against a store");
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, "--date " + date + ": write the date as YYYY-MM-DD");
    }
  }

  private int draftCheck(RuleBook book, CheckPipeline pipeline, CheckResult drafts, LocalDate draftDate,
      String language, PrintWriter out, PrintWriter err) throws IOException {
    DraftCheck.Outcome outcome;
    // read-only: the editor's gate never writes to the store, and refuses what is not one
    try (ClaimStore store = ClaimStore.openReadOnly(against)) {
      outcome = new DraftCheck(book, pipeline).check(drafts.sources(), store, against.toString(), draftDate);
    } catch (StoreException e) {
      err.println("tadqiq: --against " + e.getMessage());
      return EXIT_USAGE;
    } catch (java.sql.SQLException e) {
      err.println("tadqiq: --against " + ClaimStore.explain(against, e, 10).getMessage());
      return EXIT_USAGE;
    }
    CheckResult r = outcome.result();
    ReportInput.DraftSummary d = outcome.summary();
    Reports.write(new ReportInput(r, ReportInput.Mode.DRAFT, outcome.stored(), d, null, null, language),
        pipeline.explainer(), output.dir, err);
    out.printf("drafts    %d read of %d%n", r.readableSources(), r.sources().size());
    out.printf("store     %s: %d articles; %d within %d days of %s (%s), %d undated%n", d.store(),
        d.storeArticles(), d.storedInWindow(), d.windowDays(), d.date(), switch (d.dateFrom()) {
          case "published" -> "the draft's published date";
          case "option" -> "--date";
          default -> "today: the draft has no published: date; use --date YYYY-MM-DD";
        }, d.storedUndated());
    out.printf("compared  %d of the draft's %d claims met stored claims, in %d stored articles"
        + " (%d comparisons)%n", d.claimsMet(), d.draftClaims(), d.storedSourcesMet(), d.comparisons());
    out.printf("conflicts %d (disputed %d, copying differences %d, possible %d; corroborated %d)%n",
        r.with(Finding.Verdict.CONFLICT).size(), r.with(Finding.Verdict.DISPUTED).size(),
        r.with(Finding.Verdict.COPY_DIFFERENCE).size(), r.with(Finding.Verdict.POSSIBLE).size(),
        r.with(Finding.Verdict.AGREEMENT).size());
    out.printf("problems  %d%n", r.problemCount());
    for (Finding f : r.with(Finding.Verdict.CONFLICT)) {
      out.printf("  [%s] %s%n", f.policy().id(), f.summary());
    }
    for (Finding f : r.with(Finding.Verdict.COPY_DIFFERENCE)) {
      out.printf("  [copy of a stored dispatch] %s%n", f.summary());
    }
    out.printf("report    %s%n", reportPaths());
    if (d.nothingCompared() != null && r.readableSources() > 0) {
      out.printf("NOTHING COMPARED: %s — this is not a pass%n", switch (d.nothingCompared()) {
        case "noclaims" -> "the draft yielded no claim the rules can read (is it in a language with a rule pack?)";
        default -> "none of the draft's claims met a stored claim about the same fact within the time window";
      });
    }
    out.flush();
    if (r.readableSources() == 0) {
      err.println("tadqiq: no draft could be read");
      return EXIT_USAGE;
    }
    if (d.nothingCompared() != null) {
      return EXIT_NOTHING_COMPARED;
    }
    // a draft that copies a stored dispatch and changes what it says is stopped like a conflict:
    // the editor must see it before it goes out
    return r.with(Finding.Verdict.CONFLICT).isEmpty()
        && r.with(Finding.Verdict.COPY_DIFFERENCE).isEmpty() ? EXIT_OK : EXIT_CONFLICTS;
  }

  private void printSummary(CheckResult r, PrintWriter out) {
    StringBuilder kinds = new StringBuilder();
    for (ClaimKind k : ClaimKind.values()) {
      long n = r.claims().stream().filter(c -> c.kind() == k).count();
      kinds.append(kinds.length() == 0 ? "" : ", ").append(k.id()).append(' ').append(n);
    }
    out.printf("sources   %d read of %d%n", r.readableSources(), r.sources().size());
    out.printf("claims    %d (%s)%n", r.claims().size(), kinds);
    out.printf("events    %d%n", r.events().size());
    out.printf("conflicts %d (disputed %d, copying differences %d, possible %d, corroborated %d;"
        + " %d comparisons)%n",
        r.with(Finding.Verdict.CONFLICT).size(), r.with(Finding.Verdict.DISPUTED).size(),
        r.with(Finding.Verdict.COPY_DIFFERENCE).size(), r.with(Finding.Verdict.POSSIBLE).size(),
        r.with(Finding.Verdict.AGREEMENT).size(), r.comparisons());
    out.printf("problems  %d%n", r.problemCount());
    for (Finding f : r.with(Finding.Verdict.CONFLICT)) {
      out.printf("  [%s] %s%n", f.policy().id(), f.summary());
    }
    out.printf("report    %s%n", reportPaths());
    out.flush();
  }

  private String reportPaths() {
    return output.dir.resolve("report.html") + ", " + output.dir.resolve("report.json") + ", "
        + output.dir.resolve("findings.csv");
  }
}
