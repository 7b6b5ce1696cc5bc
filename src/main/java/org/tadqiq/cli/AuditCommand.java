package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.tadqiq.report.FindingsCsv;
import org.tadqiq.report.JsonReport;
import org.tadqiq.report.ReportInput;
import org.tadqiq.review.Decision;
import org.tadqiq.review.DecisionsFile;
import picocli.CommandLine;
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
          + " DIR/report.json (the top findings and every stored article), DIR/conflicts.jsonl (every"
          + " conflict, one per line) and DIR/findings.csv (every finding, for spreadsheets).",
      "With --decisions FILE (exported from report.html's review panel, JSON or CSV) reviewers'"
          + " decisions are kept in the store: dismissed findings stay dismissed while their"
          + " positions do not change. With no PATH, only the decisions are brought in and the"
          + " report is written again.",
      "Ctrl-C stops after the current batch; everything committed is kept and a rerun goes on.",
      "Exit codes: 0 no conflict in the store (dismissed ones aside), 1 conflicts, 2 usage error"
          + " or a store that cannot be used (in use, corrupt, not a Tadqiq store, disk full);"
          + " 4 out of memory or an internal error."
    })
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "articles, archives or folders")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--store", required = true, paramLabel = "FILE", description = "the claim store (created if missing)")
  Path storeFile;

  @Mixin OutOption output;

  @Option(names = "--threads", paramLabel = "N", description = "extraction threads, 1 or more (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "no progress display")
  boolean quiet;

  @Option(names = "--show", paramLabel = "N", defaultValue = "200",
      description = "findings of each verdict shown in report.html and report.json, surest first"
          + " (all are in conflicts.jsonl and findings.csv; default: ${DEFAULT-VALUE})")
  int show;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "reviewers' decisions exported from report.html (decisions.json or decisions.csv)")
  Path decisionsFile;

  @Option(names = "--ui", paramLabel = "LANG",
      description = "language of the report's interface: ar or en (default: the articles' majority language)")
  String ui;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "how long to wait for another audit of the same store to finish (default: ${DEFAULT-VALUE})")
  int waitSeconds;

  @Mixin RulesOption rules;

  @Mixin LimitsOption limits;

  @Override
  public Integer call() throws IOException, SQLException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    PrintWriter o = cl.getOut();
    Options.requireThreads(cl, threads);
    Options.requireOut(cl, output);
    String language = Options.ui(cl, ui);
    if (show < 0) {
      throw new CommandLine.ParameterException(cl, "--show " + show + ": give 0 or more");
    }
    List<Decision> decisions = List.of();
    if (decisionsFile != null) {
      try {
        decisions = DecisionsFile.read(decisionsFile, p -> err.println("tadqiq: " + p));
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, "--decisions " + e.getMessage());
      }
    }
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
    if (waitSeconds < 0) {
      throw new CommandLine.ParameterException(cl, "--wait " + waitSeconds + ": give 0 or more");
    }
    try (ClaimStore store = ClaimStore.open(storeFile, waitSeconds)) {
      int imported = decisions.isEmpty() ? 0 : store.saveDecisions(decisions, decisionsFile.toString());
      Audit audit = new Audit(book, threads, 512, limits.get());
      Progress progress = new Progress(err, quiet);
      Audit.Stats stats = audit.run(store, inputs, p -> err.println("tadqiq: " + p), progress, stop);
      progress.done();
      Map<String, Decision> kept = store.decisions();
      Files.createDirectories(output.dir);
      long[] conflicts = writeEveryFinding(store, audit, kept, output.dir);
      StoreResults.Loaded loaded = StoreResults.of(store, book,
          new StoreResults.Limits(show, show, show), stats.groupsCompared());
      Map<String, Long> totals = store.totals();
      ReportInput.StoreSummary summary = new ReportInput.StoreSummary(storeFile.toString(),
          totals.get("articles"), totals.get("read"), totals.get("claims"), conflicts[1],
          loaded.claimsPerArticle());
      Reports.write(new ReportInput(loaded.result(), ReportInput.Mode.AUDIT, Map.of(), null, summary,
          kept, language), audit.pipeline().explainer(), output.dir, err);
      o.printf("read      %d (%d added, %d already stored)%s%n", stats.read(), stats.added(),
          stats.unchanged(), stats.stopped() ? " — stopped early; rerun to go on" : "");
      o.printf("store     %s: %d articles, %d claims, %d groups re-compared%n", storeFile,
          totals.get("articles"), totals.get("claims"), stats.groupsCompared());
      if (decisionsFile != null) {
        o.printf("decisions %d read from %s, %d new or newer; %d kept in the store%n", decisions.size(),
            decisionsFile, imported, kept.size());
      }
      long open = conflicts[0] - conflicts[1];
      o.printf("conflicts %d (dismissed %d; disputed %d, copying differences %d, possible %d,"
          + " corroborated %d)%n", open, conflicts[1], totals.get("findings.disputed"),
          totals.get("findings.copy_difference"), totals.get("findings.possible"),
          totals.get("findings.agreement"));
      o.printf("problems  %d articles%n", totals.get("problems"));
      o.printf("report    %s, %s, %s, %s%n", output.dir.resolve("report.html"), output.dir.resolve("report.json"),
          output.dir.resolve("conflicts.jsonl"), output.dir.resolve("findings.csv"));
      o.flush();
      return open > 0 ? CheckCommand.EXIT_CONFLICTS : CheckCommand.EXIT_OK;
    } catch (SQLException e) {
      // disk full, corrupt, locked …: one line naming the store (the batch was rolled back)
      throw ClaimStore.explain(storeFile, e, waitSeconds);
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running and waits for us
      }
    }
  }

  /**
   * Streams every stored finding into findings.csv and every conflict (with its evidence) into
   * conflicts.jsonl, each with its decision; returns {conflicts, dismissed conflicts}.
   */
  private static long[] writeEveryFinding(ClaimStore store, Audit audit, Map<String, Decision> decisions,
      Path dir) throws IOException, SQLException {
    long[] counts = new long[2];
    Reports.atomically(dir.resolve("findings.csv"), w -> {
      FindingsCsv csv = new FindingsCsv(w);
      try {
        for (Finding.Verdict v : Finding.Verdict.values()) {
          int[] rank = {0};
          store.eachFinding(v, f -> {
            Finding withId = f.withId(Finding.stableId(f.policy(), f.key()));
            try {
              csv.write(withId, ++rank[0], decisions.get(withId.id()));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
        }
      } catch (SQLException e) {
        throw new IOException(e);
      }
    });
    writeConflictLines(store, audit, decisions, dir.resolve("conflicts.jsonl"), counts);
    return counts;
  }

  private static void writeConflictLines(ClaimStore store, Audit audit, Map<String, Decision> decisions,
      Path file, long[] counts) throws IOException, SQLException {
    JsonReport json = new JsonReport(audit.pipeline().explainer());
    SQLException[] failure = {null};
    Reports.atomically(file, w -> {
      int[] rank = {0};
      try {
        store.eachFinding(Finding.Verdict.CONFLICT, f -> {
          try {
            List<String> ids = new ArrayList<>();
            for (Side s : f.sides()) {
              ids.addAll(s.claims());
            }
            Map<String, Claim> claims = store.claims(ids);
            Finding withId = f.withId(Finding.stableId(f.policy(), f.key()));
            Decision d = decisions.get(withId.id());
            counts[0]++;
            if (d != null && d.dismissed() && (d.signature().isEmpty() || d.signature().equals(withId.signature()))) {
              counts[1]++;
            }
            var node = json.finding(withId, claims);
            node.put("rank", ++rank[0]);
            JsonReport.decision(node, d, withId);
            w.write(json.line(node));
            w.write('\n');
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (SQLException e) {
            failure[0] = e;
          }
        });
      } catch (SQLException e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
  }
}
