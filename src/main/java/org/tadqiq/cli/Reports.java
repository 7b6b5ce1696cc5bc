package org.tadqiq.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tadqiq.compare.Explainer;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.report.HtmlReport;
import org.tadqiq.report.JsonReport;
import org.tadqiq.report.SafeTextWriter;

/** Writes report.json and report.html for a result into a folder. */
final class Reports {
  private Reports() {}

  static void write(CheckResult result, Explainer explainer, Path out) throws IOException {
    Files.createDirectories(out);
    try (Writer w = SafeTextWriter.open(out.resolve("report.json"), false)) {
      new JsonReport(explainer).write(result, w);
    }
    try (Writer w = SafeTextWriter.open(out.resolve("report.html"), true)) {
      new HtmlReport(explainer).write(result, w);
    }
  }
}
