package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * An hour written in four digits before its time zone ("(1917 GMT)") is no year: the quake's
 * figures in its sentence stay the day's, not an earlier year's (review 6c: the Kunar quake's
 * distance from Jalalabad was an earlier quake's). A year before an event still dates it. Texts
 * written for the test.
 */
class HourBeforeTimeZoneTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

  private CheckResult check(String text) {
    return TestSources.check(pipeline, TestSources.source("a", "en", DAY, text));
  }

  @Test
  void anHourBeforeGmtIsNoYear() {
    CheckResult r = check("The earthquake struck at 10:05 pm local time (1735 GMT), with its centre"
        + " about 40 kilometres west of the city.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty().allMatch(c -> c.frame() != null && !c.frame().prior());
  }

  @Test
  void aYearStillDatesAnEarlierQuake() {
    CheckResult r = check("In 1935, an earthquake with its centre about 40 kilometres west of the"
        + " city destroyed it.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .isNotEmpty().allMatch(c -> c.frame() != null && c.frame().prior());
  }
}
