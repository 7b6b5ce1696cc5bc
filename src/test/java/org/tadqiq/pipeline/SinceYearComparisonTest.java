package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * A year after "since" closes a comparison ("magnitude 8.1, the strongest since the disaster of
 * March 2003"): the earlier quake is what the day's is measured against, so a figure told before
 * the "since" stays the day's quake's (review 7c: the Kamchatka quake's 8.8 was filed under the
 * 2011 quake of Japan, apart from every other source's magnitude). A figure after the "since" and
 * a year that dates the claim itself still make an earlier event. Texts written for the test.
 */
class SinceYearComparisonTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 6, 4);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  private static boolean magnitudeIsPrior(CheckResult r, String value) {
    return r.claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .filter(c -> c.quote().contains(value)).allMatch(c -> c.frame() != null
            && c.frame().prior());
  }

  @Test
  void aFigureBeforeSinceIsTheDaysQuakes() {
    CheckResult r = check("en", "With a magnitude of 8.1, the earthquake off Peru was the strongest"
        + " in the region since the disaster of March 2003, the agency said.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY).isNotEmpty()
        .allMatch(c -> c.frame() != null && !c.frame().prior());
  }

  @Test
  void theSameInArabic() {
    CheckResult r = check("ar", "ضرب زلزال بقوة 8.1 درجات سواحل البيرو، وهو الأقوى منذ كارثة مارس 2003.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY).isNotEmpty()
        .allMatch(c -> c.frame() != null && !c.frame().prior());
  }

  @Test
  void aFigureAfterSinceIsTheEarlierQuakes() {
    CheckResult r = check("en", "The earthquake off Peru was the strongest since a magnitude 7.9"
        + " quake of March 2003.");
    assertThat(magnitudeIsPrior(r, "7.9")).isTrue();
  }

  @Test
  void aYearThatDatesTheClaimStillDoesWithoutSince() {
    CheckResult r = check("en", "With a magnitude of 7.9, the earthquake off Peru in March 2003"
        + " destroyed the port.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY).isNotEmpty()
        .allMatch(c -> c.frame() != null && c.frame().prior());
  }
}
