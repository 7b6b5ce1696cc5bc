package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * Two people who meet twice in one week (a dinner on Monday, talks on Tuesday): when one article
 * tells of both days, another article's Monday and a third's Tuesday may be the two occasions, so
 * their difference is only a possible discrepancy; so are "the third meeting" and "the second
 * meeting", which may number the two occasions. With no article telling of two days, a Monday
 * against a Tuesday for one meeting stays a conflict. The dinner is a gathering of its own kind
 * (banquet) whose day counts with the meeting's (policies' shared_occasion_kinds). Texts written
 * for the test.
 */
class RecurringMeetingDaysTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", WEDNESDAY, text, Source.Status.OK,
        List.of());
  }

  private static Source monday() {
    return source("a", "Turkish Foreign Minister Hakan Fidan and Ukrainian Foreign Minister"
        + " Andrii Sybiha met in Ankara on Monday.");
  }

  private static Source tuesday() {
    return source("c", "Officials said the talks between Hakan Fidan and Andrii Sybiha took"
        + " place on Tuesday at the foreign ministry in Ankara, with grain exports on the agenda.");
  }

  @Test
  void aMondayAgainstATuesdayIsAConflictWhenNoArticleTellsOfTwoDays() {
    CheckResult r = TestSources.check(pipeline, monday(), tuesday());
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .anyMatch(f -> f.policy() == Policy.EVENT_DAY);
  }

  @Test
  void anArticleThatTellsOfBothDaysMakesTheDifferenceOnlyPossible() {
    Source both = source("b", "Sybiha, Ukraine's top diplomat, met Fidan again on"
        + " Tuesday in Ankara.\n"
        + "The two ministers had dinner together in Ankara on Monday, a Turkish source said.");
    CheckResult r = TestSources.check(pipeline, monday(), both, tuesday());
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .noneMatch(f -> f.policy() == Policy.EVENT_DAY);
    assertThat(r.with(Finding.Verdict.POSSIBLE))
        .anyMatch(f -> f.policy() == Policy.EVENT_DAY);
  }

  @Test
  void twoPositionsInTheSeriesMayBeTheTwoOccasionsOfTheWeek() {
    // Monday's dinner was "the third meeting"; the article of Wednesday calls Tuesday's talks "the
    // second meeting" (of the week) and tells of Monday's dinner too
    Source dinner = source("a", "Turkish Foreign Minister Hakan Fidan hosted Ukrainian Foreign"
        + " Minister Andrii Sybiha for dinner in Ankara on Monday evening, their third meeting.");
    Source talks = source("b", "Fidan and Sybiha Hold Second Meeting\n"
        + "Hakan Fidan received Andrii Sybiha again on Tuesday, after a longer dinner on Monday."
        + " It was the second meeting between Fidan and Sybiha, a Turkish official said.");
    CheckResult r = TestSources.check(pipeline, dinner, talks);
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .noneMatch(f -> f.policy() == Policy.SERIES_POSITION);
  }

  @Test
  void talksPlannedForTheNextDayAreAnotherOccasionOfAVisit() {
    // published on the Monday of a state visit: they met informally today and formal talks are
    // scheduled for Tuesday; another outlet announced this Monday's meeting in advance. The plans
    // name two days of one visit, so the Monday plan against the Tuesday plan is only possible
    LocalDate monday = LocalDate.of(2026, 3, 9);
    Source twoDays = new Source("a", "a.txt", null, null, null, "en", monday,
        "Kenyan President Nadia Omondi met Brazilian President Carlos Ferraz in Nairobi on Monday,"
            + " and more talks between Omondi and Ferraz are scheduled for Tuesday.",
        Source.Status.OK, List.of());
    Source tuesdayPlan = new Source("b", "b.txt", null, null, null, "en", monday,
        "Formal talks between Kenyan President Nadia Omondi and Brazilian President Carlos Ferraz"
            + " are scheduled for Tuesday in Nairobi.",
        Source.Status.OK, List.of());
    Source mondayPlan = new Source("c", "c.txt", null, null, null, "en", monday,
        "Brazilian President Carlos Ferraz is scheduled to meet Kenyan President Nadia Omondi in"
            + " Nairobi on Monday.",
        Source.Status.OK, List.of());
    CheckResult r = TestSources.check(pipeline, twoDays, tuesdayPlan, mondayPlan);
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .noneMatch(f -> f.policy() == Policy.EVENT_DAY);
    assertThat(r.with(Finding.Verdict.POSSIBLE))
        .anyMatch(f -> f.policy() == Policy.EVENT_DAY);
  }
}
