package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;

/**
 * Tallies of one nation's dead in a disaster abroad (issue 8), on short texts written for the
 * test: each nation's figure is its own, in both languages; two parties' figures of the same days
 * are disputed; a tally's figures days apart are its growth, no dispute.
 */
class NationsDeadTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2024, 7, 2);

  private static Source source(String id, String lang, LocalDate date, String text) {
    return TestSources.source(id, lang, date, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static final String EN_HEAT = "Extreme heat struck pilgrims in Mecca, Saudi Arabia, this week. ";
  private static final String AR_HEAT = "ضربت موجة الحر الحجاج في مكة بالمملكة العربية السعودية. ";

  private static boolean about(Finding f, String nation) {
    return f.key().contains("count:killed@" + nation + "|");
  }

  @Test
  void anUnnamedSourcesFigureOfANationsDeadDisputesTheGovernmentsOfTheSameDay() {
    CheckResult r = check(
        source("a", "en", DAY, EN_HEAT
            + "The Jordanian foreign ministry said 41 Jordanians, 12 Tunisians and 9 Iranians have died."),
        source("b", "ar", DAY.plusDays(1), AR_HEAT
            + "وقال مصدر في الرياض إن ما لا يقل عن 60 أردنيا لقوا حتفهم."));
    assertThat(r.with(Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> {
          assertThat(about(f, "Q810")).as(f.key()).isTrue();
          assertThat(f.sides()).hasSize(2)
              .allSatisfy(side -> assertThat(side.whoSays()).isNotEmpty());
        });
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void oneNationsDeadAgreeAcrossLanguagesAndNationsAreNeverComparedWithEachOther() {
    CheckResult r = check(
        source("a", "en", DAY, EN_HEAT
            + "Officials say 41 Jordanians, 12 Tunisians and 9 Iranians have passed away."),
        source("b", "ar", DAY, AR_HEAT
            + "ولقي 41 أردنيا، و12 تونسيا و30 إيرانيا حتفهم وفقا للسلطات."));
    assertThat(r.with(Finding.Verdict.AGREEMENT))
        .anySatisfy(f -> assertThat(about(f, "Q810")).as(f.key()).isTrue())
        .anySatisfy(f -> assertThat(about(f, "Q948")).as(f.key()).isTrue());
    // 9 and 30 Iranians differ; no finding sets one nation's figure against another's
    assertThat(r.findings()).allSatisfy(f -> assertThat(
        List.of("Q810", "Q948", "Q794").stream().filter(n -> about(f, n)).count())
        .as(f.key()).isLessThanOrEqualTo(1));
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aNationsTallyDaysApartGrowsAndIsNoDisputeBetweenItsParties() {
    CheckResult r = check(
        source("a", "en", DAY, EN_HEAT
            + "The Jordanian foreign ministry said 41 Jordanians, 12 Tunisians and 9 Iranians have died."),
        source("b", "ar", DAY.plusDays(5), AR_HEAT
            + "وقال مصدر في الرياض إن ما لا يقل عن 75 أردنيا لقوا حتفهم."));
    assertThat(r.findings()).filteredOn(f -> about(f, "Q810"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.POSSIBLE));
  }
}
