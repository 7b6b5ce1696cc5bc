package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;

/**
 * The size of a thing is no distance of an event (review 3b): a bridge's length, its height above
 * the river and the length of the ship that struck it were three "distances" of one crash, a
 * confident conflict on the texts below (written for the test).
 */
class ThingSizeTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2024, 3, 26);

  @Test
  void aBridgesLengthItsHeightAndAShipsLengthAreNoDistancesOfTheCrash() {
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("e", "en", DAY, "A cargo ship hit the old toll bridge in Baltimore on Tuesday, "
            + "and the crash brought down the 2.6 km bridge within seconds."),
        TestSources.source("f", "en", DAY,
            "The crash in Baltimore on Tuesday destroyed a bridge that stood 56 meters above the river."),
        TestSources.source("g", "en", DAY,
            "In the crash in Baltimore on Tuesday, a ship that was 300 meters long hit a pillar of the bridge."),
        TestSources.source("h", "ar", DAY,
            "وانهار الجسر الذي يبلغ طوله 2.6 كم في بالتيمور يوم الثلاثاء بعد اصطدام سفينة به."));
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.with(Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void howFarAnEventWasFromATownIsStillADistance() {
    List<Claim> claims = pipeline.extract(TestSources.source("a", "en", DAY,
        "The quake struck on Tuesday about 30 kilometres from the town, officials said.")).claims();
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
      assertThat(c.attribute()).startsWith("distance");
    });
  }
}
