package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;

/**
 * Events nobody takes part in as a person (policies' impersonal_events: a quake, an air attack)
 * are anchored by countries and places, never by the people who speak of them; a meeting is still
 * its people's.
 */
class ImpersonalEventsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private Claim onlyQuantity(String lang, String text) {
    Source s = new Source("t", "t.txt", null, null, null, lang, LocalDate.of(2025, 9, 7), text,
        Source.Status.OK, List.of());
    List<Claim> quantities = pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.QUANTITY).toList();
    assertThat(quantities).hasSize(1);
    return quantities.get(0);
  }

  @Test
  void aMayorWhoGivesTheInjuredOfAnAttackIsNotItsParty() {
    Claim c = onlyQuantity("en", "Russia struck Ukraine with drones overnight. "
        + "Mayor Oleh Petrenko said 20 others were injured in the attack on Kyiv.");
    assertThat(c.frame().kind()).isEqualTo("attack");
    assertThat(c.frame().participants()).containsExactly("Q212");
    assertThat(c.frame().participantsArePersons()).isFalse();
  }

  @Test
  void aMinisterNamedTheSentenceBeforeDoesNotAnchorAQuakesToll() {
    Claim c = onlyQuantity("en", "Prime Minister Kyriakos Mitsotakis visited the island of Crete. "
        + "The earthquake injured 40 people in Greece.");
    assertThat(c.frame().kind()).isEqualTo("earthquake");
    assertThat(c.frame().participants()).containsExactly("Q41");
  }

  @Test
  void aMeetingIsStillAnchoredByItsPeople() {
    Claim c = onlyQuantity("en",
        "Donald Trump said his meeting with Volodymyr Zelensky lasted 45 minutes.");
    assertThat(c.frame().participantsArePersons()).isTrue();
    assertThat(c.frame().participants()).contains("Q22686");
  }
}
