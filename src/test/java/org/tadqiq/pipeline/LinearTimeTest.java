package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.bench.LongArticle;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;

/**
 * Issue 9, point 4: extraction and report writing grow linearly with an article's length. A
 * benchmark-style guard, not a stopwatch: it measures CPU time of 1 MB and 4 MB articles and
 * bounds their ratio (linear is 4×, the quadratic behaviour it guards against is 16×).
 */
class LinearTimeTest {
  @Test
  void fourTimesTheTextTakesAboutFourTimesTheWork() throws IOException {
    List<Source> seeds = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), seeds::add);
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    LongArticle.measure(pipeline, LongArticle.text(pipeline, seeds, 200_000), 1); // warm up the JIT
    LongArticle.Measure small = LongArticle.measure(pipeline, LongArticle.text(pipeline, seeds, 1_000_000), 2);
    LongArticle.Measure large = LongArticle.measure(pipeline, LongArticle.text(pipeline, seeds, 4_000_000), 1);
    System.out.println("LinearTimeTest: " + LongArticle.describe(small, large));
    double lengthRatio = (double) large.chars() / small.chars();
    assertThat(large.claims()).isGreaterThan((int) (3.5 * small.claims()));
    assertThat(large.cpuSeconds() / small.cpuSeconds()).isLessThan(2.5 * lengthRatio);
  }
}
