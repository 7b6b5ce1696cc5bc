package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.Modality;

/**
 * A forecast cue does not reach into a clause a comma and a conjunction open ("they will inspect
 * the fleet, as they struggle to explain a crash that killed 179"), but "as many as" opens none.
 */
class ModalityBreakTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<Modality> modalities(String text) {
    Source s = new Source("s", "s.txt", null, null, null, "en", LocalDate.of(2025, 3, 2), text,
        Source.Status.OK, List.of());
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(Claim::modality).toList();
  }

  @Test
  void aFigureInAClauseOfItsOwnIsNoForecast() {
    assertThat(modalities("Officials said they will inspect every jet, as they struggle to"
        + " explain a crash that killed 179 people.")).containsExactly(Modality.REPORTED);
    assertThat(modalities("Officials said the toll will rise, as many as 300 people are missing."))
        .doesNotContain(Modality.REPORTED).isNotEmpty();
  }
}
