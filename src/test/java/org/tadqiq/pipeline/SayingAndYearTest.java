package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Two times that are not the event's day (review 6c, the Kunar quake and al-Sharaa's visits):
 * a day between a verb of saying and the "that" (أن، عن) its report opens with is when it was
 * said (frames' complementizers), and a day of a month without its year that would fall after
 * publication is of the year before when its sentence says "last year" (frames' last_year).
 * Texts written for the test.
 */
class SayingAndYearTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 9, 2);

  private CheckResult check(String lang, LocalDate day, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, day, text));
  }

  @Test
  void aDayBetweenSayingAndThatDatesTheSaying() {
    CheckResult r = check("ar", DAY,
        "أعلن المتحدث باسم الحكومة، اليوم الثلاثاء، أن الزلزال أودى بحياة 900 شخص.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void aDayAfterThatStillDatesTheEvent() {
    CheckResult r = check("ar", DAY,
        "وقال المتحدث إن الزلزال ضرب يوم الأحد قرى الولاية الجبلية.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .anyMatch(c -> c.frame() != null && c.frame().kind().equals("earthquake"));
  }

  @Test
  void anEnglishDayBetweenSaidAndThatDatesTheSaying() {
    CheckResult r = check("en", DAY,
        "The ministry said on Tuesday that the earthquake had killed 900 people.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void aDayOfDecemberInASentenceOfLastYearIsLastYears() {
    CheckResult r = check("ar", LocalDate.of(2025, 11, 10),
        "وتولى الرئيس الحكم نهاية العام الماضي بعد سقوط النظام السابق في الثامن من ديسمبر.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME
            && c.quote().contains("ديسمبر"))
        .isNotEmpty()
        .allMatch(c -> LocalDate.of(2024, 12, 8).equals(((ClaimValue.When) c.value()).date()));
  }

  @Test
  void aDayToComeWithoutLastYearStaysAhead() {
    CheckResult r = check("en", LocalDate.of(2025, 2, 20),
        "The new chancellor wants a government in place by April 20, the party said.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME
            && c.quote().contains("April"))
        .isNotEmpty()
        .allMatch(c -> LocalDate.of(2025, 4, 20).equals(((ClaimValue.When) c.value()).date()));
  }
}
