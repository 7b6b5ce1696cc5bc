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
import org.tadqiq.model.ClaimKind;

/**
 * "وكان الرئيسان قد التقيا آخر مرة في روما" tells of the earlier meeting, not the day's: its place
 * and month are the earlier meeting's. And the Vatican lies inside Rome: "met at the Vatican"
 * and "met in Rome" are one place. Texts written for the test.
 */
class EarlierMeetingPlaceTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 26);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void theLastTimeTwoLeadersMetIsAnEarlierMeetingAndTheVaticanIsInRome() {
    Source ar = TestSources.source("a", "ar", DAY, "التقى الرئيس الأمريكي دونالد ترامب الرئيس"
        + " الأوكراني فولوديمير زيلينسكي في لاهاي يوم الأربعاء. وكان ترامب وزيلينسكي قد التقيا آخر"
        + " مرة في روما في أبريل.");
    Source en = TestSources.source("b", "en", DAY, "Trump and Zelensky met in The Hague on"
        + " Wednesday. The two leaders had last met at the Vatican in April.");
    var rome = pipeline.extract(ar).claims().stream()
        .filter(c -> c.kind() == ClaimKind.PLACE && c.quote().contains("روما")).toList();
    assertThat(rome).singleElement().satisfies(c -> assertThat(c.frame().prior()).isTrue());
    CheckResult r = pipeline.compare(List.of(pipeline.extract(ar), pipeline.extract(en)));
    List<Finding> places = r.findings().stream()
        .filter(f -> f.policy() == Policy.EVENT_PLACE).toList();
    assertThat(places).hasSize(2).allSatisfy(
        f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT));
  }
}
