package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;

/**
 * A day after a word of arriving that follows the event word dates the arrival, not the event
 * ("the first formal meeting since the guest arrived on Sunday"), in both languages (frames'
 * arrivals); a visit begins with its guest's arrival, so there the day stays the visit's
 * (policies' journey_events). A host's dinner is a gathering of its own (event kind banquet).
 * A name of the article's own people inside a listed person's longer name is that person. Texts
 * written for the test (review6b: Xi and Putin's Beijing talks set against a Sunday).
 */
class ArrivalDayTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 11);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  @Test
  void aDayAfterTheGuestsArrivalDatesNoMeeting() {
    CheckResult r = check("en", "Xi Jinping and Vladimir Putin held their first formal meeting"
        + " since the Russian leader arrived in Beijing on Sunday.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void aDayAfterTheGuestsArrivalDatesNoMeetingInArabic() {
    CheckResult r = check("ar", "عقد شي جين بينغ وفلاديمير بوتين أول اجتماع رسمي بينهما منذ"
        + " وصول الرئيس الروسي إلى بكين يوم الأحد.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() == null);
  }

  @Test
  void theArrivalDayStillDatesAVisit() {
    CheckResult r = check("en", "Modi began his visit to China when he arrived in Tianjin on"
        + " Saturday.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .anyMatch(c -> c.frame() != null && c.frame().kind().equals("visit"));
  }

  @Test
  void aDinnersEveningIsNotTheMeetingsDay() {
    CheckResult r = check("en", "At a dinner on Sunday evening, Xi Jinping chatted with"
        + " Vladimir Putin.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .isNotEmpty().allMatch(c -> c.frame() != null && c.frame().kind().equals("banquet"));
  }

  @Test
  void aGivenNameInsideAListedNameIsThatPerson() {
    CheckResult r = check("en", "Modi thanked President Jinping for the invitation. Narendra Modi"
        + " met Chinese President Xi Jinping in Tianjin on Sunday.");
    assertThat(r.claims()).filteredOn(c -> c.kind() == ClaimKind.PLACE)
        .isNotEmpty().allMatch(c -> c.frame() != null
            && c.frame().participants().stream().noneMatch(p -> p.startsWith("~")));
  }
}
