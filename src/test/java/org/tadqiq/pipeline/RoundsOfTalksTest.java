package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;

/**
 * Rounds of one negotiation are events of their own (review 4a): the same two envoys met in
 * Muscat for a first round and in Rome a week later for a second, and "Saturday" of each made one
 * meeting held on two Saturdays, a confident conflict on the texts below (written for the test).
 */
class RoundsOfTalksTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate FIRST = LocalDate.of(2025, 4, 12);
  private static final LocalDate SECOND = LocalDate.of(2025, 4, 19);

  private static final String FIRST_ROUND = "Steve Witkoff and Abbas Araghchi held the first round "
      + "of talks in Muscat on Saturday. The talks lasted about 150 minutes, officials said.";
  private static final String SECOND_ROUND = "Steve Witkoff and Abbas Araghchi met in Rome on "
      + "Saturday for the second round of talks. The talks lasted four hours, an official said.";
  private static final String SECOND_ROUND_AR = "واختتم ستيف ويتكوف وعباس عراقجي الجولة الثانية من "
      + "المحادثات في روما يوم السبت بعد مباحثات استمرت أربع ساعات.";

  @Test
  void twoRoundsOfTalksAreTwoMeetings() {
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("a", "en", FIRST, FIRST_ROUND),
        TestSources.source("b", "en", SECOND, SECOND_ROUND),
        TestSources.source("c", "ar", SECOND, SECOND_ROUND_AR));
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.with(Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void twoAccountsOfOneNumberedRoundAreStillCompared() {
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("a", "en", FIRST, FIRST_ROUND),
        TestSources.source("c", "ar", SECOND, SECOND_ROUND_AR),
        TestSources.source("d", "en", SECOND, "The second round of talks between Steve Witkoff "
            + "and Abbas Araghchi in Rome on Saturday lasted two hours."));
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("duration").contains("120 minute")
            .contains("240 minute"));
  }
}
