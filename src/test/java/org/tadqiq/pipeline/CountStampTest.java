package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * A time right after "as of" stamps a count ("As of early Monday, 60 people had died"): it is
 * read, but it dates no event, so a flood of Friday is not set against a Monday (frames'
 * count_stamps). A Monday without the stamp still dates the flood. Texts written for the test
 * (review5b: the Texas floods' Monday tally).
 */
class CountStampTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 7, 8);

  private CheckResult check(String text) {
    return TestSources.check(pipeline, TestSources.source("a", "en", DAY, text));
  }

  @Test
  void aCountsTimeStampDatesNoEvent() {
    CheckResult r = check("As of early Monday, 60 people had died in the floods.");
    assertThat(r.claims()).anyMatch(c -> c.kind() == ClaimKind.TIME);
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .allMatch(c -> c.frame() == null);
  }

  @Test
  void aStampInASentenceThatNamesNoEventDatesTheLeadsEventNeither() {
    CheckResult r = check("Floods swept through the valley on Friday, killing dozens. As of early"
        + " Monday, 60 people had died across four counties.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME && c.quote().contains("Monday"))
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void aMondayWithoutTheStampStillDatesTheFlood() {
    CheckResult r = check("Early Monday, floods killed 60 people in the valley.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .anyMatch(c -> c.frame() != null && c.frame().kind().equals("flood"));
  }
}
