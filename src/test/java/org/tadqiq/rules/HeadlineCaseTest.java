package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.pipeline.CheckPipeline;

/**
 * "Mohammad Bin Salman" (capital B, as many outlets and every title-case headline write it) was
 * not the listed "Mohammad bin Salman": a form with a capital matches only as written, so the
 * crown prince took part in none of one article's events (review 7a). The small words of a name
 * may now be capitalized.
 */
class HeadlineCaseTest {
  @Test
  void smallWordsOfANameMayBeCapitalized() {
    assertThat(HeadlineCase.variants("Mohammed bin Salman")).containsExactly("Mohammed Bin Salman");
    assertThat(HeadlineCase.variants("Ursula von der Leyen"))
        .contains("Ursula Von der Leyen", "Ursula von Der Leyen", "Ursula Von Der Leyen");
    assertThat(HeadlineCase.variants("Bashar al-Assad")).containsExactly("Bashar Al-Assad");
    // an article that begins a party's name is no particle
    assertThat(HeadlineCase.variants("the Greens")).isEmpty();
    assertThat(HeadlineCase.variants("president")).isEmpty();
    assertThat(HeadlineCase.variants("Keir Starmer")).isEmpty();
  }

  @Test
  void aCapitalizedParticleStillNamesTheListedPerson() {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    var s = TestSources.source("a", "en", LocalDate.of(2025, 11, 18),
        "Saudi Crown Prince Mohammad Bin Salman met US President Donald Trump on Tuesday.");
    assertThat(pipeline.extract(s).claims()).anyMatch(c -> c.kind() == ClaimKind.TIME
        && c.frame() != null && c.frame().participants().contains("mohammed-bin-salman"));
  }
}
