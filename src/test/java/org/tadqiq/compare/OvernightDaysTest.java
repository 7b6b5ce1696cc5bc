package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.pipeline.CheckPipeline;

/**
 * A night belongs to two days ("Saturday night" is "early Sunday"), but only the earlier day's
 * evening or night meets the later day's dawn: two dawns a day apart are two days. "ليلة الأحد"
 * is the night before Sunday, so it meets "ليل السبت" (Saturday night).
 */
class OvernightDaysTest {
  private static final LocalDate SATURDAY = LocalDate.of(2025, 9, 6);
  private static final LocalDate SUNDAY = SATURDAY.plusDays(1);

  private static ClaimValue.When on(LocalDate day, String part) {
    return new ClaimValue.When(day.getDayOfWeek().name().toLowerCase(), null, null, null, null,
        part, day);
  }

  @Test
  void theEarlierDaysNightMeetsTheLaterDaysDawn() {
    assertThat(Policy.daysAgree(on(SATURDAY, "night"), on(SUNDAY, "dawn"))).isTrue();
    assertThat(Policy.daysAgree(on(SUNDAY, "dawn"), on(SATURDAY, "night"))).isTrue();
    assertThat(Policy.daysAgree(on(SATURDAY, "evening"), on(SUNDAY, null))).isTrue();
    assertThat(Policy.daysAgree(on(SATURDAY, null), on(SUNDAY, "dawn"))).isTrue();
    assertThat(Policy.daysAgree(on(SATURDAY, "night"), on(SUNDAY, "eve"))).isTrue();
  }

  @Test
  void theSamePartOfTwoDaysAndADawnBeforeTheNextDayAreTwoDays() {
    assertThat(Policy.daysAgree(on(SATURDAY, "dawn"), on(SUNDAY, "dawn"))).isFalse();
    assertThat(Policy.daysAgree(on(SATURDAY, "night"), on(SUNDAY, "night"))).isFalse();
    assertThat(Policy.daysAgree(on(SATURDAY, "dawn"), on(SUNDAY, null))).isFalse();
    assertThat(Policy.daysAgree(on(SATURDAY, null), on(SUNDAY, "evening"))).isFalse();
    assertThat(Policy.daysAgree(on(SATURDAY, "morning"), on(SUNDAY, "dawn"))).isFalse();
    assertThat(Policy.daysAgree(on(SATURDAY, null), on(SUNDAY.plusDays(1), "dawn"))).isFalse();
  }

  @Test
  void theNightBeforeAWeekdayInArabicIsThatDaysEarlyHours() {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    Source eve = TestSources.source("a", "ar", SUNDAY.plusDays(1),
        "شنت روسيا هجوما واسعا بالمسيرات على كييف ليلة الأحد، وقتل ثلاثة أشخاص.");
    Source night = TestSources.source("b", "ar", SUNDAY.plusDays(1),
        "شنت روسيا هجوما واسعا بالمسيرات على كييف ليل السبت، وقتل ثلاثة أشخاص.");
    List<ClaimValue.When> times = pipeline.extract(eve).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME).map(c -> (ClaimValue.When) c.value()).toList();
    assertThat(times).singleElement().satisfies(w -> {
      assertThat(w.dayPart()).isEqualTo("eve");
      assertThat(w.date()).isEqualTo(SUNDAY);
    });
    var r = pipeline.compare(List.of(pipeline.extract(eve), pipeline.extract(night)));
    assertThat(r.findings()).filteredOn(f -> f.policy() == Policy.EVENT_DAY).isNotEmpty()
        .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT));
  }
}
