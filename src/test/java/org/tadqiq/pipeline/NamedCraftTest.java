package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;

/**
 * A name right after a word for a ship is the ship's ("the container ship Dali"), not a town that
 * anchors the event (frames' named_craft), in both languages; a place after "in" still does. Texts
 * written for the test.
 */
class NamedCraftTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2024, 3, 27);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  @Test
  void aShipsNameAnchorsNoCrash() {
    CheckResult en = check("en", "The container ship Dali lost power and struck the bridge early on"
        + " Tuesday, and six workers are presumed dead after the collision.");
    CheckResult ar = check("ar", "اصطدمت سفينة الشحن دالي بالجسر فجر الثلاثاء، ويرجح مقتل ستة عمال في الحادث.");
    assertThat(en.claims()).anyMatch(c -> c.frame() != null && c.frame().kind().equals("crash"));
    assertThat(en.events()).noneMatch(e -> e.key().contains("Q148"));
    assertThat(ar.events()).noneMatch(e -> e.key().contains("Q148"));
  }

  @Test
  void theSameTownAfterInStillAnchorsIt() {
    CheckResult en = check("en", "A bus crash in Dali killed six people on Tuesday.");
    assertThat(en.events()).anyMatch(e -> e.key().startsWith("crash") && e.key().contains("Q148"));
  }
}
