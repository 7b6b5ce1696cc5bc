package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * An airport or air base named after a town often lies in the next one (review 5a: Gimhae's
 * airport and air base are in Busan, as Washington's Reagan National is in Arlington): "at the
 * Gimhae Air Base" is neither the town of Gimhae nor a second place beside "in Busan". A town of
 * another country still conflicts. Texts written for the test.
 */
class FacilityBesideTownTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String text) {
    return TestSources.source(id, "en", FRIDAY, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static Source atTheAirBase() {
    return source("a", "Russian President Vladimir Putin and Turkish President"
        + " Recep Tayyip Erdogan met on Friday at the Incheon Air Base for two hours.");
  }

  @Test
  void anAirBaseNamedAfterATownIsNoSecondPlaceBesideANeighbouringTown() {
    Source seoul = source("b", "Vladimir Putin and Recep Tayyip Erdogan held talks on Friday in"
        + " Seoul, where they discussed grain exports.");
    CheckResult r = check(atTheAirBase(), seoul);
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aTownOfAnotherCountryStillConflicts() {
    Source tokyo = source("b", "Vladimir Putin and Recep Tayyip Erdogan held talks on Friday in"
        + " Tokyo, where they discussed grain exports.");
    CheckResult r = check(atTheAirBase(), tokyo);
    assertThat(r.with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.policy()).isEqualTo(Policy.EVENT_PLACE));
  }
}
