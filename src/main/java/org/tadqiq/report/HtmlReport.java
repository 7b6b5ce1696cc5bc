package org.tadqiq.report;

import java.io.IOException;
import java.io.Writer;
import org.tadqiq.compare.Explainer;
import org.tadqiq.pipeline.CheckResult;

/** report.html (placeholder until the template lands). */
public final class HtmlReport {
  private final Explainer explainer;

  public HtmlReport(Explainer explainer) {
    this.explainer = explainer;
  }

  public void write(CheckResult r, Writer out) throws IOException {
    out.write("<!doctype html><title>tadqiq</title>");
  }
}
