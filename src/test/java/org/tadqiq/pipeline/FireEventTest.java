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
 * A fire was no event kind: the English reports of a tower-block fire keyed none of their tolls,
 * days or places, an Arabic one filed them under a crash ("الكارثة"), another under a "call" (its
 * "25 aid calls"), and no two sources met (review 7a). A fire is now an event nobody takes part
 * in; but a fire another event set off is that event's (policies' aftermath_events), and shooting,
 * fire services and fire alarms are no fire. Texts written for the test.
 */
class FireEventTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 12);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<String> keys(Source s) {
    return pipeline.extract(s).claims().stream().filter(c -> c.frame() != null)
        .map(c -> c.frame().key()).distinct().toList();
  }

  @Test
  void aFireIsAnEventInBothLanguages() {
    Source en = TestSources.source("a", "en", DAY,
        "A blaze tore through a housing estate in Tarnow on Wednesday, killing at least 21 people.");
    Source ar = TestSources.source("b", "ar", DAY,
        "أودى حريق هائل في مجمع سكني بمدينة تارنوف البولندية يوم الأربعاء بحياة 21 شخصا.");
    assertThat(keys(en)).allMatch(k -> k.startsWith("fire["));
    assertThat(keys(ar)).allMatch(k -> k.startsWith("fire["));
    assertThat(keys(en)).isNotEmpty();
  }

  @Test
  void aFireAnAttackSetOffIsTheAttacks() {
    Source s = TestSources.source("a", "en", DAY,
        "Firefighters put out the fire following a Russian drone attack on Odesa that injured 9 people.");
    assertThat(keys(s)).noneMatch(k -> k.startsWith("fire["));
  }

  @Test
  void shootingAndFireServicesAreNoFire() {
    Source s = TestSources.source("a", "en", DAY,
        "Troops opened fire on the crowd in Tarnow, and the fire services said 4 people were injured.");
    assertThat(keys(s)).noneMatch(k -> k.startsWith("fire["));
    Source cease = TestSources.source("b", "en", DAY,
        "A cease-fire in Tarnow held on Wednesday, officials said, after 4 people were injured.");
    assertThat(keys(cease)).noneMatch(k -> k.startsWith("fire["));
  }

  @Test
  void aDayTheFireBurnedIntoIsNotItsDay() {
    Source s = TestSources.source("a", "en", DAY,
        "The warehouse fire in Tarnow broke out on Tuesday and burned into early Wednesday.");
    assertThat(pipeline.extract(s).claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .map(Claim::quote).containsExactly("Tuesday");
  }
}
