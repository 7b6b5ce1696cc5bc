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

/**
 * The strong identity of an event nobody takes part in (policies' impersonal_measures): one
 * magnitude per source, for a quake of one country on one day, is one quake's — unless a source
 * near them tells of a second quake or an aftershock. Where no one names the measurer, only a lone
 * source against several is an outlet's error. Short texts written for the test.
 */
class ImpersonalIdentityTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 8);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, LocalDate published, String text) {
    return TestSources.source(id, lang, published, text);
  }

  private static Source source(String id, String lang, String text) {
    return source(id, lang, DAY, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static List<Finding> magnitudes(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("magnitude")).toList();
  }

  @Test
  void oneSourceAloneAgainstAMagnitudeSeveralGiveIsAConflict() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.");
    Source b = source("b", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    Source c = source("c", "ar", "ضرب زلزال بقوة 6.6 درجة اليونان يوم الأحد وألحق أضرارا بمبان قديمة.");
    assertThat(magnitudes(check(a, b, c), Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.summary())
            .contains("one event: the earthquake in Greece", "the same day of the event",
                "one magnitude per source", "one source against several"));
  }

  @Test
  void oneUnattributedMagnitudeAgainstAnotherMayBeTwoAgenciesReadings() {
    // outlets often drop who measured it, and agencies differ by a few tenths
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.");
    Source b = source("b", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    CheckResult r = check(a, b);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void theSameHoldsAcrossLanguagesForTheSameMeasuringBody() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece, "
        + "according to the US Geological Survey.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 6.6 درجة اليونان، "
        + "وفقا لهيئة المسح الجيولوجي الأمريكية.");
    assertThat(magnitudes(check(a, b), Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("published the same day",
            "both attributing it to one body"));
  }

  @Test
  void aSecondQuakeNamedBesideItsMagnitudeKeepsTheKeyWeak() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.");
    Source b = source("b", "en", "Hours later, a second tremor of magnitude 6.6 shook Greece on "
        + "Sunday.");
    // a lone source against two would be an outlet's error, were the key one quake's
    Source a2 = source("a2", "ar", "ضرب زلزال بقوة 6.2 درجة اليونان يوم الأحد وتضررت بيوت قليلة.");
    CheckResult r = check(a, a2, b);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void anAftershockNamedByAThirdSourceKeepsTheKeyWeak() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.");
    Source b = source("b", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    Source c = source("c", "ar", "ضرب زلزال ارتدادي بقوة 5.1 درجة اليونان يوم الأحد.");
    Source a2 = source("a2", "ar", "ضرب زلزال بقوة 6.2 درجة اليونان يوم الأحد وتضررت بيوت قليلة.");
    CheckResult r = check(a, a2, b, c);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void aSourceGivingTwoMagnitudesMakesTheKeyHoldTwoQuakes() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday. "
        + "A quake of magnitude 4.8 shook Greece on Sunday evening.");
    Source b = source("b", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    Source b2 = source("b2", "ar", "ضرب زلزال بقوة 6.6 درجة اليونان يوم الأحد وتضررت بيوت قليلة.");
    CheckResult r = check(a, b, b2);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void undatedQuakesPublishedWeeksApartAreNotOneQuake() {
    Source a = source("a", "en", DAY, "An earthquake of magnitude 6.2 shook Greece.");
    Source b = source("b", "en", DAY.plusDays(5), "An earthquake of magnitude 6.6 shook Greece.");
    Source b2 = source("b2", "ar", DAY.plusDays(5), "ضرب زلزال بقوة 6.6 درجة اليونان وتضررت بيوت قليلة.");
    assertThat(magnitudes(check(a, b, b2), Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aCountIsNoMeasureOfTheQuakeAndStaysPossible() {
    Source a = source("a", "en", "The earthquake destroyed 40 buildings in Greece on Sunday.");
    Source b = source("b", "en", "The earthquake destroyed 55 buildings in Greece on Sunday.");
    assertThat(check(a, b).with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aQuakeRecalledFromAnEarlierYearIsNotTheDaysQuake() {
    // the earlier quake's sentence names its year and no day of the article's own time
    Source a = source("a", "en", "A strong earthquake shook Greece on Sunday. In 1999, an "
        + "earthquake of magnitude 6.0 struck Greece and killed 143 people.");
    Source b = source("b", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    Source c = source("c", "ar", "ضرب زلزال اليونان يوم الأحد، وهو الأقوى منذ الزلزال الذي "
        + "ضرب البلاد بقوة 6,0 درجات في سبتمبر 1999.");
    CheckResult r = check(a, b, c);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isEmpty();
    assertThat(r.claims()).filteredOn(cl -> cl.attribute().equals("magnitude"))
        .filteredOn(cl -> cl.quote().matches(".*6[.,]0.*"))
        .hasSize(2).allSatisfy(cl -> assertThat(cl.frame().prior()).isTrue());
  }

  @Test
  void aYearOfTheArticleOrADayOfItsTimeKeepsTheSentenceCurrent() {
    Source a = source("a", "en", "The strongest since 1999, an earthquake of magnitude 6.6 "
        + "shook Greece on Sunday.");
    CheckResult r = check(a);
    assertThat(r.claims()).filteredOn(cl -> cl.attribute().equals("magnitude"))
        .singleElement().satisfies(cl -> assertThat(cl.frame().prior()).isFalse());
  }

  @Test
  void countriesWarnedOfATsunamiOrFeelingTheShakingDoNotAnchorTheQuake() {
    Source a = source("a", "en", "An earthquake of magnitude 6.4 struck Greece on Sunday, and a "
        + "tsunami alert went out for the coasts of Turkey and Italy.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 6.4 درجة اليونان يوم الأحد وصدر تحذير من "
        + "تسونامي لسواحل تركيا وإيطاليا.");
    Source c = source("c", "en", "An earthquake of magnitude 6.4 shook Greece on Sunday and was "
        + "felt as far as Bulgaria.");
    CheckResult r = check(a, b, c);
    assertThat(r.claims()).filteredOn(cl -> cl.attribute().equals("magnitude"))
        .hasSize(3).allSatisfy(cl -> assertThat(cl.subject()).isEqualTo("earthquake[Q41]"));
  }

  @Test
  void articlesNamingDifferentMeasuringBodiesForTheirQuakeMayEachGiveItsMagnitude() {
    // neither magnitude names its measurer, but each article names a different one for the depth
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday. It struck "
        + "at a depth of 10 km, according to the US Geological Survey.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 6.4 درجة اليونان يوم الأحد. ووقع على عمق 12 "
        + "كيلومترا، وفقا للمعهد الوطني للجيوفيزياء.");
    CheckResult r = check(a, b);
    assertThat(magnitudes(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(magnitudes(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void articlesNamingOneMeasuringBodyGiveItsReadingButOneNamingNoneMayNot() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday. It struck "
        + "at a depth of 10 km, according to the US Geological Survey.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 6.4 درجة اليونان يوم الأحد. ووقع على عمق 12 "
        + "كيلومترا، وفقا لهيئة المسح الجيولوجي الأمريكية.");
    Source c = source("c", "en", "An earthquake of magnitude 6.6 shook Greece on Sunday.");
    assertThat(magnitudes(check(a, b), Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("both articles naming one body"));
    assertThat(magnitudes(check(a, c), Finding.Verdict.CONFLICT)).isEmpty();
  }
}
