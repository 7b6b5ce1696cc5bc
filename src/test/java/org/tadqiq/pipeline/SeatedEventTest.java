package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;

/**
 * A gathering held by one body (policy seated_events: a conclave is the Holy See's) is one event
 * whoever its sentences name, in both languages: its length is compared across articles, its
 * ballots are its stages, and a length told in whole days counts the days it touched. Texts
 * written for the test.
 */
class SeatedEventTest {
  private static final LocalDate DAY = LocalDate.of(2025, 5, 8);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, LocalDate date, String text) {
    return TestSources.source(id, lang, date, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private List<Claim> durations(Source s) {
    return pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.QUANTITY && "duration".equals(c.attribute())).toList();
  }

  private static List<Finding> lengths(CheckResult r, Finding.Verdict verdict) {
    return r.findings().stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.verdict() == verdict).toList();
  }

  @Test
  void theSecretMeetingOfAConclaveArticleIsTheConclaveOfTheHolySeeWhoeverItsSentenceNames() {
    // undated, and its sentence names the elected cardinal: still the conclave's one key
    Source a = source("a", "ar", null,
        "بعد اجتماع سري استمر لمدة 30 دقيقة، اختار مجمع الكرادلة الكاردينال الإيطالي ماريو روسي"
            + " بابا جديدا للكنيسة.");
    Source b = source("b", "ar", DAY,
        "اختار الكرادلة بابا جديدا يوم الخميس.\n"
            + "وقد توصل الكرادلة إلى قرارهم بعد انعقادهم في المجمع المغلق لأكثر من ثلاثين ساعة.");
    assertThat(durations(a)).singleElement()
        .satisfies(c -> assertThat(c.frame().key()).isEqualTo("conclave[Q237]"));
    assertThat(durations(b)).singleElement()
        .satisfies(c -> assertThat(c.frame().key()).isEqualTo("conclave[Q237]"));
    assertThat(lengths(check(a, b), Finding.Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void barely24HoursAgreesWithTwoDaysAndMoreThan24HoursButNotWith24Minutes() {
    Source a = source("a", "en", DAY,
        "After three rounds of voting, and a period of barely 24 hours, the conclave chose a pope.");
    Source b = source("b", "en", DAY,
        "The conclave began on Wednesday and took two days to choose the new pope.");
    Source c = source("c", "ar", DAY,
        "منهين مجمعا انتخابيا دام يومين في روما، اختار الكرادلة في المجمع المغلق بابا جديدا.");
    CheckResult agreeing = check(a, b, c);
    assertThat(lengths(agreeing, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(lengths(agreeing, Finding.Verdict.AGREEMENT)).isNotEmpty();
    Source wrong = source("d", "en", DAY, "The papal conclave lasted 24 minutes in all.");
    assertThat(lengths(check(a, b, wrong), Finding.Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void lessThanADayAndMoreThan24HoursExcludeEachOtherAndTwoDaysIsMoreThanOne() {
    Source a = source("a", "en", DAY,
        "The cardinals in the conclave deliberated for less than one day, then chose him.");
    Source b = source("b", "en", DAY, "The conclave took two days to choose the new pope.");
    assertThat(lengths(check(a, b), Finding.Verdict.CONFLICT)).hasSize(1);
  }

  @Test
  void aBallotIsAStageOfTheConclaveItsLengthIsNotTheConclavesButItsPositionIsShared() {
    Source a = source("a", "en", DAY,
        "The conclave lasted two days.\nThe new pope was chosen in the fourth round of voting.");
    Source b = source("b", "en", DAY,
        "The conclave chose him on the fourth ballot.\nThe first ballot took about an hour.");
    CheckResult r = check(a, b);
    assertThat(lengths(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.policy()).isEqualTo(Policy.SERIES_POSITION);
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT);
    });
    assertThat(durations(b)).singleElement()
        .satisfies(c -> assertThat(c.frame().key()).isEqualTo("ballot[Q237]"));
  }

  @Test
  void aForecastLengthAndALengthOfSomethingElseTheArticleTellsAreNoConflict() {
    Source forecast = source("a", "en", DAY,
        "Experts expect the conclave to last about three days, as it did in 2013.");
    Source mass = source("b", "en", DAY,
        "The conclave met behind closed doors.\n"
            + "Cardinal Prevost then served in Peru for 20 years before he came to Rome.");
    Source actual = source("c", "en", DAY, "The conclave lasted barely 24 hours.");
    assertThat(lengths(check(forecast, actual), Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(lengths(check(mass, actual), Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void countsOfAConclaveStayWeakSoEligibleAndVotingCardinalsAreNoConflict() {
    Source a = source("a", "en", DAY, "The conclave of 135 eligible cardinals chose a pope.");
    Source b = source("b", "en", DAY, "The conclave of 133 cardinals chose a pope.");
    assertThat(check(a, b).findings())
        .noneMatch(f -> f.verdict() == Finding.Verdict.CONFLICT);
  }
}
