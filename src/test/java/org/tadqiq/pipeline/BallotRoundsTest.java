package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;

/**
 * Rounds of one vote are several ballots (policy numbered_stages): "the first round" and "the
 * second round vote" of one election are never one ballot's two positions, while the rounds of
 * talks of two articles still compare. Texts written for the test.
 */
class BallotRoundsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 1, 9);

  private CheckResult check(String a, String b) {
    return TestSources.check(pipeline, TestSources.source("a", "en", DAY, a),
        TestSources.source("b", "en", DAY, b));
  }

  @Test
  void twoRoundsOfOneVoteAreTwoBallotsNotADisagreement() {
    CheckResult r = check(
        "Lawmakers elected Joseph Aoun as president on Thursday in a second round vote.",
        "Joseph Aoun fell short in the first round of the parliamentary vote on Thursday.");
    assertThat(r.findings()).noneMatch(f -> f.policy().id().equals("series.same-position"));
  }

  @Test
  void roundsOfTalksStillCompare() {
    CheckResult r = check(
        "Donald Trump and Volodymyr Zelensky opened the third round of talks in Geneva on Tuesday.",
        "Donald Trump and Volodymyr Zelensky opened the fourth round of talks in Geneva on Tuesday.");
    assertThat(r.findings()).anyMatch(f -> f.policy().id().equals("series.same-position"));
  }

  @Test
  void arabicRoundsOfOneVoteAreTwoBallotsNotAConflict() {
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("a", "ar", DAY, "انتخب البرلمان جوزاف عون رئيسا للبلاد في جولة التصويت الثانية يوم الخميس."),
        TestSources.source("b", "ar", DAY, "لم يحصل جوزاف عون على الأغلبية المطلوبة في جولة التصويت الأولى يوم الخميس."));
    assertThat(r.findings()).noneMatch(f -> f.policy().id().equals("series.same-position"));
  }

  @Test
  void twoArticlesGivingDifferentDecidingRoundsDisagree() {
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("a", "ar", DAY, "انتخب البرلمان جوزاف عون رئيسا للبلاد في جولة التصويت الثانية يوم الخميس."),
        TestSources.source("b", "ar", DAY, "فاز جوزاف عون بالرئاسة في جولة التصويت الأولى يوم الخميس."));
    assertThat(r.findings()).anyMatch(f -> f.policy().id().equals("series.same-position"));
  }
}
