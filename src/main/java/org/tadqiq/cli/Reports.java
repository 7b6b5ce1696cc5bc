package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tadqiq.compare.Explainer;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.report.FindingsCsv;
import org.tadqiq.report.HtmlReport;
import org.tadqiq.report.JsonReport;
import org.tadqiq.report.ReportInput;
import org.tadqiq.report.SafeTextWriter;

/**
 * Writes report.json, report.html and findings.csv for a result into a folder. Each file is
 * written beside its final name and moved into place, so a reader never sees half a report; and
 * should rendering the page fail on something unforeseen, a plain page with the counts and the
 * inputs is written instead, so there is always a report.
 */
final class Reports {
  private Reports() {}

  static void write(ReportInput in, Explainer explainer, Path out, PrintWriter err) throws IOException {
    Files.createDirectories(out);
    atomically(out.resolve("report.json"), w -> new JsonReport(explainer).write(in, w));
    if (in.mode() != ReportInput.Mode.AUDIT) { // an audit streams every finding of the store
      atomically(out.resolve("findings.csv"), w -> {
        FindingsCsv csv = new FindingsCsv(w);
        for (Finding.Verdict v : Finding.Verdict.values()) {
          int rank = 0;
          for (Finding f : in.result().with(v)) {
            csv.write(f, ++rank, in.decisions().get(f.id()));
          }
        }
      });
    }
    // rendered straight into its file: the page of a large archive is hundreds of MB as a string
    Path html = out.resolve("report.html");
    try {
      atomically(html, w -> new HtmlReport(explainer).write(in, w));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // the file could not be written: not a page that failed to render
    } catch (RuntimeException e) {
      err.println("tadqiq: report.html could not be rendered in full (" + e + "); wrote a plain page"
          + " with the counts and the inputs instead — please report this");
      atomically(html, w -> plainPage(in, e, w));
    }
  }

  /**
   * Writes {@code file} through a temporary file beside it, on a stream that cannot fail on any
   * string (an unpaired surrogate, or in HTML a forbidden character, becomes U+FFFD).
   */
  static void atomically(Path file, Body body) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (Writer w = SafeTextWriter.open(tmp, file.getFileName().toString().endsWith(".html"))) {
      body.write(w);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** What writes one report file. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  private static void plainPage(ReportInput in, RuntimeException failure, Writer w) {
    var counts = in.result().counts();
    StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        + "<title>Tadqiq — report</title></head><body><main><h1>Tadqiq — report</h1>");
    b.append("<p>The full page could not be rendered: ").append(escape(failure.toString()))
        .append(". report.json holds every finding.</p><ul>");
    b.append("<li>conflicts ").append(counts.conflicts()).append("</li><li>possible ")
        .append(counts.possible()).append("</li><li>corroborated ").append(counts.agreements())
        .append("</li><li>sources read ").append(counts.read()).append(" / ").append(counts.inputs())
        .append("</li></ul><h2>Inputs</h2><table><tbody>");
    for (ExtractedSource e : in.result().sources()) {
      b.append("<tr><td>").append(escape(e.source().id())).append("</td><td>")
          .append(escape(e.source().status().id())).append("</td><td>")
          .append(escape(String.join("; ", e.source().problems()))).append("</td></tr>");
    }
    b.append("</tbody></table></main></body></html>\n");
    try {
      w.write(b.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
