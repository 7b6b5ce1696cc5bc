package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tadqiq.compare.Finding;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.store.ClaimStore;
import org.tadqiq.store.DraftCheck;
import org.tadqiq.rules.RuleBook;
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
      "Reads articles (.txt, .html, .htm; folders are read recursively), extracts claims with the"
          + " rules, lines them up across sources and reports conflicts.",
      "Writes DIR/report.html and DIR/report.json.",
      "",
      "Exit codes: 0 no conflict, 1 conflicts found, 2 usage error, broken rules or store, no"
          + " input could be read, or the reports cannot be written; 3 out of memory or an"
          + " internal error."
    })
public final class CheckCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_CONFLICTS = 1;
  static final int EXIT_USAGE = 2;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> inputs;

  @Mixin OutOption output;

  @Mixin RulesOption rules;

  @Mixin LimitsOption limits;

  @Option(names = "--threads", paramLabel = "N",
      description = "extraction threads (default: all cores); output is the same for any N")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--keep-texts", paramLabel = "N", defaultValue = "500",
      description = "keep the text of the first N sources for the report's text view (default: ${DEFAULT-VALUE})")
  int keepTexts;

  @Option(names = {"-q", "--quiet"}, description = "no progress display")
  boolean quiet;

  @Option(names = "--against", paramLabel = "FILE",
      description = "a claim store (from 'audit'): report only the conflicts of PATHs (drafts) with it")
  Path against;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    RuleBook book = rules.load(err);
    if (book == null) {
      return EXIT_USAGE;
    }
    CheckPipeline pipeline = new CheckPipeline(book, threads, limits.get());
    Progress progress = new Progress(err, quiet);
    CheckResult result = pipeline.check(
        inputs, problem -> err.println("tadqiq: " + problem), keepTexts, progress);
    progress.done();
    if (against != null) {
      result = againstStore(book, pipeline, result);
      if (result == null) {
        err.println("tadqiq: no claim store at " + against);
        return EXIT_USAGE;
      }
    }
    Reports.write(result, pipeline.explainer(), output.dir);
    printSummary(result, stdout);
    if (result.readableSources() == 0) {
      err.println("tadqiq: no input could be read");
      return EXIT_USAGE;
    }
    return result.with(Finding.Verdict.CONFLICT).isEmpty() ? EXIT_OK : EXIT_CONFLICTS;
  }

  private CheckResult againstStore(RuleBook book, CheckPipeline pipeline, CheckResult drafts) {
    if (!Files.isRegularFile(against)) {
      return null;
    }
    try (ClaimStore store = ClaimStore.open(against)) {
      return new DraftCheck(book, pipeline).check(drafts.sources(), store);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(against + ": " + e.getMessage(), e);
    }
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
    out.printf("conflicts %d (possible %d, corroborated %d; %d comparisons)%n",
        r.with(Finding.Verdict.CONFLICT).size(), r.with(Finding.Verdict.POSSIBLE).size(),
        r.with(Finding.Verdict.AGREEMENT).size(), r.comparisons());
    out.printf("problems  %d%n", r.problemCount());
    for (Finding f : r.with(Finding.Verdict.CONFLICT)) {
      out.printf("  [%s] %s%n", f.policy().id(), f.summary());
    }
    out.printf("report    %s%n", reportPaths());
    out.flush();
  }

  private String reportPaths() {
    return output.dir.resolve("report.html") + ", " + output.dir.resolve("report.json");
  }
}
