package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
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
    return TestSources.onlyQuantity(pipeline, lang, LocalDate.of(2025, 9, 7), text);
  }

  @Test
  void aMayorWhoGivesTheInjuredOfAnAttackIsNotItsParty() {
    Claim c = onlyQuantity("en", "Russia struck Ukraine with drones overnight. "
        + "Mayor Oleh Petrenko said 20 others were injured in the attack on Kyiv.");
    assertThat(c.frame().kind()).isEqualTo("attack");
    // the sentence names Kyiv; the lead names both sides of the attack (two_sided_events)
    assertThat(c.frame().participants()).containsExactly("Q159", "Q212");
    assertThat(c.frame().participantsArePersons()).isFalse();
  }

  @Test
  void anAttackIsKeyedTheSameWhicheverSideASentenceNames() {
    String lead = "Russia launched a massive drone attack on Ukraine overnight. ";
    Claim byAttacker = onlyQuantity("en", lead + "Russia fired 810 drones, officials said.");
    Claim byAttacked = onlyQuantity("en", lead + "Ukraine said 810 drones were fired.");
    Claim inArabic = onlyQuantity("ar", "شنت روسيا هجوما واسعا بالمسيرات على أوكرانيا الليلة "
        + "الماضية. وقالت أوكرانيا إن روسيا أطلقت 810 مسيرات.");
    Claim attackedOnly = onlyQuantity("ar", "شنت روسيا هجوما واسعا بالمسيرات على أوكرانيا الليلة "
        + "الماضية. وقالت أوكرانيا إن 810 مسيرات أطلقت في الهجوم.");
    assertThat(byAttacker.frame().key()).isEqualTo("attack[Q159+Q212]");
    assertThat(byAttacked.frame().key()).isEqualTo(byAttacker.frame().key());
    assertThat(inArabic.frame().key()).isEqualTo(byAttacker.frame().key());
    assertThat(attackedOnly.frame().key()).isEqualTo(byAttacker.frame().key());
  }

  @Test
  void aVerbalAttackIsNoAirAttack() {
    String lead = "Russia launched a massive drone attack on Ukraine overnight. ";
    Claim en = onlyQuantity("en", lead
        + "Trump launched a verbal attack on Putin, his third in 2 days.");
    Claim ar = onlyQuantity("ar", "شنت روسيا هجوما واسعا بالمسيرات على أوكرانيا. "
        + "وشن ترامب هجوما لفظيا على بوتين للمرة الثالثة خلال يومين.");
    assertThat(en.frame().kind()).isEqualTo("verbal-attack");
    assertThat(ar.frame().kind()).isEqualTo("verbal-attack");
  }

  @Test
  void aThirdCountryOfAnAttackArticleKeepsItsOwnKey() {
    Claim c = onlyQuantity("en", "Russia launched a massive drone attack on Ukraine overnight. "
        + "Poland said the attack sent three drones into its airspace.");
    assertThat(c.frame().participants()).containsExactly("Q36");
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
