package org.tadqiq.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.report.HtmlReport;
import org.tadqiq.report.JsonReport;

/**
 * How the cost of one article grows with its length: an article of the given size made of the
 * sentences of the seeds that hold claims (weekdays, places, offices, durations: many claims, many
 * trigger words, no page furniture) is extracted and both reports are written, on one thread,
 * timed in CPU time of that thread.
 * Linear work takes 4× as long at 4× the length; work quadratic in length (a lookbehind scanning
 * back to the start of the text, pairwise overlap checks) takes 16×.
 */
public final class LongArticle {
  private static final String DENSE =
      "التقى روبيو ولافروف مساء الخميس في كوالالمبور واستمر اللقاء نحو 50 دقيقة. ";

  private LongArticle() {}

  /** A text of about {@code chars} chars: the seeds' claim sentences, and a dense one, repeated. */
  public static String text(CheckPipeline pipeline, List<Source> seeds, int chars) {
    java.util.Set<String> sentences = new java.util.LinkedHashSet<>();
    for (Source s : seeds) {
      pipeline.extract(s).claims().forEach(c -> sentences.add(c.context().strip()));
    }
    sentences.add(DENSE.strip());
    String block = String.join("\n", sentences) + "\n";
    StringBuilder b = new StringBuilder(chars + block.length());
    while (b.length() < chars) {
      b.append(block);
    }
    return b.toString();
  }

  /** One measured article. */
  public record Measure(int chars, int claims, double cpuSeconds) {}

  /** Extracts one article of that text and writes its two reports; the best of {@code runs}. */
  public static Measure measure(CheckPipeline pipeline, String text, int runs) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    int claims = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = threads.getCurrentThreadCpuTime();
      Source s = new Source("long", "long.txt", null, null, null, "ar", null, text,
          Source.Status.OK, List.of());
      ExtractedSource e = pipeline.extract(s);
      CheckResult r = pipeline.compare(List.of(e));
      new JsonReport(pipeline.explainer()).write(r, Writer.nullWriter());
      new HtmlReport(pipeline.explainer()).write(r, Writer.nullWriter());
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - t0) / 1e9);
      claims = e.claims().size();
    }
    return new Measure(text.length(), claims, best);
  }

  public static String describe(Measure small, Measure large) {
    return String.format(Locale.ROOT,
        "%,d chars: %.2f s (%,d claims); %,d chars: %.2f s (%,d claims); %.1f× the length took %.2f×"
            + " the time (linear: %.1f×, quadratic: %.1f×)",
        small.chars(), small.cpuSeconds(), small.claims(), large.chars(), large.cpuSeconds(),
        large.claims(), (double) large.chars() / small.chars(), large.cpuSeconds() / small.cpuSeconds(),
        (double) large.chars() / small.chars(), Math.pow((double) large.chars() / small.chars(), 2));
  }
}
