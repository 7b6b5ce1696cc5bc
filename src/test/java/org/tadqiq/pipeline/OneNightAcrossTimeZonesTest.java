package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.ingest.Source;

/**
 * A quake far from the newsrooms is dated on either side of midnight: "on Tuesday night" by a wire
 * that keeps GMT, "at dawn on Wednesday" by one that keeps the local time. The day policy already
 * takes such a night and the next dawn for one day; the anchors that tell one event from two must
 * not split them into two quakes, or their different magnitudes pass as an agreement of the
 * sources that give one of them. Two mornings a day apart stay two quakes. Short texts written
 * for the test.
 */
class OneNightAcrossTimeZonesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 10); // a Wednesday
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, DAY, text);
  }

  private static List<Finding> magnitudes(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("magnitude")).toList();
  }

  @Test
  void aNightAndTheNextDawnAreOneQuakesTime() {
    Source a = source("a", "en", "An earthquake of magnitude 7.1 struck off Chile on Tuesday night.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 7.4 درجة سواحل تشيلي فجر الأربعاء.");
    Source c = source("c", "en", "A magnitude 7.4 earthquake shook Chile, damaging old houses.");
    CheckResult r = TestSources.check(pipeline, a, b, c);
    assertThat(magnitudes(r, Finding.Verdict.AGREEMENT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT).size()
        + magnitudes(r, Finding.Verdict.POSSIBLE).size()).isEqualTo(1);
  }

  @Test
  void twoMorningsADayApartAreTwoQuakes() {
    Source a = source("a", "en", "An earthquake of magnitude 7.1 struck off Chile on Tuesday morning.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 7.4 درجة سواحل تشيلي صباح الأربعاء.");
    CheckResult r = TestSources.check(pipeline, a, b);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isEmpty();
  }
}
