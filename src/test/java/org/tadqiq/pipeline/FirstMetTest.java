package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * "The two leaders first met in May in Qatar", in an article of a later meeting, tells of an
 * earlier one (PRIOR "first met"): its place and month are not the reported meeting's (review 6c,
 * al-Sharaa at the White House against his first meeting with Trump in Riyadh). Texts written for
 * the test.
 */
class FirstMetTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 11, 11);

  @Test
  void whereTheyFirstMetIsAnEarlierMeeting() {
    CheckResult r = TestSources.check(pipeline, TestSources.source("a", "en", DAY,
        "Prime Minister Jane Doe met President John Roe in Paris on Monday. The two leaders first"
            + " met in May in Qatar."));
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE
            && c.quote().contains("Qatar"))
        .isNotEmpty().allMatch(c -> c.frame() != null && c.frame().prior());
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE
            && c.quote().contains("Paris"))
        .isNotEmpty().allMatch(c -> c.frame() != null && !c.frame().prior());
  }
}
