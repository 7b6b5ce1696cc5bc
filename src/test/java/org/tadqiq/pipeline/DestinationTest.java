package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;

/**
 * A visit's destination named beside an attack ("forcing the premier to cut short his trip to
 * Saudi Arabia") is not where the attack happened, in either language (ORIGIN id 'to'); a country
 * named as the attacked still is; the countries people came from act in nothing. Texts written
 * for the test.
 */
class DestinationTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 4, 22);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  @Test
  void aTripsDestinationAnchorsNoAttack() {
    CheckResult en = check("en", "Gunmen killed at least 26 people in an attack on tourists near a"
        + " mountain resort on Tuesday, forcing the prime minister to cut short his trip to Saudi Arabia.");
    CheckResult ar = check("ar", "قتل 26 شخصا على الأقل في هجوم مسلح على سياح الثلاثاء، ما دفع رئيس"
        + " الوزراء إلى قطع زيارته إلى السعودية.");
    assertThat(en.claims()).anyMatch(c -> c.frame() != null && c.frame().kind().equals("attack"));
    assertThat(en.events()).noneMatch(e -> e.key().startsWith("attack") && e.key().contains("Q851"));
    assertThat(ar.claims()).anyMatch(c -> c.frame() != null && c.frame().kind().equals("attack"));
    assertThat(ar.events()).noneMatch(e -> e.key().startsWith("attack") && e.key().contains("Q851"));
  }

  @Test
  void aCountryNamedAsAttackedStillAnchorsIt() {
    CheckResult en = check("en",
        "Gunmen killed at least 26 people in an attack on tourists in Saudi Arabia on Tuesday.");
    assertThat(en.events()).anyMatch(e -> e.key().startsWith("attack") && e.key().contains("Q851"));
  }

  @Test
  void theCountriesPilgrimsCameFromAreNoActorsOfTheHeatwave() {
    CheckResult en = check("en", "Extreme heat struck pilgrims in Mecca, Saudi Arabia, this week. "
        + "Officials said 60 pilgrims from Jordan and 11 pilgrims from Iran died in the heatwave.");
    assertThat(en.events()).anyMatch(e -> e.key().startsWith("heatwave"));
    assertThat(en.events()).noneMatch(e -> e.key().startsWith("heatwave") && e.key().contains("Q794"));
  }
}
