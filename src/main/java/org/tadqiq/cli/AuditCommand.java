package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Side;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.report.JsonReport;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.store.Audit;
import org.tadqiq.store.ClaimStore;
import org.tadqiq.store.StoreResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit PATH... --store FILE}: archives into a claim store, and the store's report. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles and archives (.txt, .html, .jsonl[.gz], .warc[.gz]) into a claim store"
          + " (SQLite), adding only articles not stored yet, then re-compares the groups the new"
          + " claims touched and writes the report of the whole store: DIR/report.html,"
          + " DIR/report.json and DIR/conflicts.jsonl (every conflict, one per line).",
      "Ctrl-C stops after the current batch; everything committed is kept and a rerun goes on.",
      "Exit codes: 0 no conflict in the store, 1 conflicts, 2 usage error or a store that cannot"
          + " be used (in use, corrupt, not a Tadqiq store, disk full); 3 out of memory or an"
          + " internal error."
    })
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "articles, archives or folders")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--store", required = true, paramLabel = "FILE", description = "the claim store (created if missing)")
  Path storeFile;

  @Mixin OutOption output;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "no progress display")
  boolean quiet;

  @Option(names = "--show", paramLabel = "N", defaultValue = "2000",
      description = "conflicts shown in report.html and report.json (all are in conflicts.jsonl; default: ${DEFAULT-VALUE})")
  int show;

  @Mixin RulesOption rules;

  @Mixin LimitsOption limits;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    RuleBook book = rules.load(err);
    if (book == null) {
      return CheckCommand.EXIT_USAGE;
    }
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      try {
        finished.await(60, TimeUnit.SECONDS); // let the current batch commit
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Runtime.getRuntime().addShutdownHook(hook);
    try (ClaimStore store = ClaimStore.open(storeFile)) {
      Audit audit = new Audit(book, threads, 512, limits.get());
      Progress progress = new Progress(err, quiet);
      Audit.Stats stats = audit.run(store, inputs, p -> err.println("tadqiq: " + p), progress, stop);
      progress.done();
      CheckResult result = StoreResults.of(store, book,
          new StoreResults.Limits(show, show, 500, 1000), stats.groupsCompared());
      Map<String, Long> totals = store.totals();
      Files.createDirectories(output.dir);
      Reports.write(result, audit.pipeline().explainer(), output.dir);
      writeConflictLines(store, audit, output.dir.resolve("conflicts.jsonl"));
      o.printf("read      %d (%d added, %d already stored)%s%n", stats.read(), stats.added(),
          stats.unchanged(), stats.stopped() ? " — stopped early; rerun to go on" : "");
      o.printf("store     %s: %d articles, %d claims, %d groups re-compared%n", storeFile,
          totals.get("articles"), totals.get("claims"), stats.groupsCompared());
      o.printf("conflicts %d (possible %d, corroborated %d)%n", totals.get("findings.conflict"),
          totals.get("findings.possible"), totals.get("findings.agreement"));
      o.printf("problems  %d articles%n", totals.get("problems"));
      o.printf("report    %s, %s, %s%n", output.dir.resolve("report.html"), output.dir.resolve("report.json"),
          output.dir.resolve("conflicts.jsonl"));
      o.flush();
      return totals.get("findings.conflict") > 0 ? CheckCommand.EXIT_CONFLICTS : CheckCommand.EXIT_OK;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and waits for us
      }
    }
  }

  private static void writeConflictLines(ClaimStore store, Audit audit, Path file)
      throws IOException, SQLException {
    JsonReport json = new JsonReport(audit.pipeline().explainer());
    try (Writer w = org.tadqiq.report.SafeTextWriter.open(file, false)) {
      int[] n = {0};
      SQLException[] failure = {null};
      store.eachFinding(Finding.Verdict.CONFLICT, f -> {
        try {
          List<String> ids = new ArrayList<>();
          for (Side s : f.sides()) {
            ids.addAll(s.claims());
          }
          Map<String, Claim> claims = store.claims(ids);
          Finding numbered = new Finding("conflict-" + (++n[0]), f.verdict(), f.kind(), f.policy(),
              f.key(), f.summary(), f.confidence(), f.sides(), f.claims(), f.sources());
          w.write(json.line(numbered, claims));
          w.write('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        } catch (SQLException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
  }
}
