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
 * When different figures are a dispute between named parties rather than an outlet's error, on
 * short texts written for the test.
 */
class DisputedFiguresTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 8);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, DAY, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static List<Finding> magnitudeFindings(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("magnitude")).toList();
  }

  @Test
  void aFigureRepeatedWithoutItsSourceStillBelongsToTheBodyThatGaveIt() {
    // the headline of "a" says 6.2 without a source; its body gives 6.2 to the survey
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.\n"
        + "The quake had a magnitude of 6.2, according to the US Geological Survey.");
    Source b = source("b", "en", "An earthquake of magnitude 6.0 shook Greece on Sunday, "
        + "according to the European-Mediterranean Seismological Centre.");
    assertThat(magnitudeFindings(check(a, b), Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> assertThat(f.sides()).allSatisfy(s -> assertThat(s.whoSays()).isNotEmpty()));
  }

  @Test
  void aFigureNobodyIsSaidToGiveIsNoPartyOfADispute() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday.");
    Source b = source("b", "en", "An earthquake of magnitude 6.0 shook Greece on Sunday, "
        + "according to the European-Mediterranean Seismological Centre.");
    CheckResult r = check(a, b);
    assertThat(magnitudeFindings(r, Finding.Verdict.DISPUTED)).isEmpty();
    assertThat(magnitudeFindings(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void oneBodyWithItsCountrySaidOnlyOnceIsOneParty() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday, "
        + "according to the US Geological Survey.");
    Source b = source("b", "en", "An earthquake of magnitude 6.0 shook Greece on Sunday, "
        + "according to the Geological Survey.");
    assertThat(magnitudeFindings(check(a, b), Finding.Verdict.DISPUTED)).isEmpty();
  }

  @Test
  void twoOrgansOfAStateNobodyNamesMayBeOneStateAndAreNoDispute() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday, "
        + "according to the army.");
    Source b = source("b", "en", "An earthquake of magnitude 6.0 shook Greece on Sunday, "
        + "according to the military government.");
    CheckResult r = check(a, b);
    assertThat(magnitudeFindings(r, Finding.Verdict.DISPUTED)).isEmpty();
    assertThat(magnitudeFindings(r, Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void theOrgansOfTwoNamedStatesAreTwoParties() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday, "
        + "according to the Greek army.");
    Source b = source("b", "en", "An earthquake of magnitude 6.0 shook Greece on Sunday, "
        + "according to the Turkish government.");
    assertThat(magnitudeFindings(check(a, b), Finding.Verdict.DISPUTED)).hasSize(1);
  }

  @Test
  void twoSeismologicalBodiesReadingOneQuakeDifferentlyAreADispute() {
    Source a = source("a", "en", "An earthquake of magnitude 6.2 shook Greece on Sunday, "
        + "according to the German Research Centre for Geosciences.");
    Source b = source("b", "ar", "ضرب زلزال بقوة 6 درجات اليونان يوم الأحد، "
        + "وفق المركز الأوروبي المتوسطي لرصد الزلازل.");
    assertThat(magnitudeFindings(check(a, b), Finding.Verdict.DISPUTED)).hasSize(1);
  }

  @Test
  void aSecondReadingInBracketsIsAnotherBodysFigureOfTheSameQuake() {
    // one article gives both readings, each with its body
    Source ar = source("a", "ar", "ضرب زلزال بقوة 6.4 درجات اليونان يوم الأحد، بحسب المعهد الوطني "
        + "للجيوفيزياء (6,1 وفق هيئة المسح الجيولوجي الأمريكية).");
    assertThat(magnitudeFindings(check(ar), Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> assertThat(f.sides()).hasSize(2));
  }

  private static final String RAID = "The Sudanese army attacked the town of Kadugli on Monday. ";

  @Test
  void aPartyDenyingWhatAnotherAssertsIsADisputeWithWhoHoldsEachSide() {
    Source said = source("a", "en", RAID
        + "The Rapid Support Forces said 40 soldiers were killed in the attack.");
    Source denied = source("b", "en", RAID
        + "The defence ministry denied that 40 soldiers were killed in the attack.");
    Source deniedAr = source("c", "ar", "هاجم الجيش السوداني بلدة كادقلي يوم الاثنين. "
        + "ونفت وزارة الدفاع مقتل 40 جنديا في الهجوم.");
    assertThat(check(said, denied, deniedAr).with(Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> {
          assertThat(f.sides()).hasSize(2);
          assertThat(f.sides().get(1).value()).startsWith("denied: ");
          assertThat(f.sides().get(1).whoSays())
              .containsExactlyInAnyOrder("The defence ministry", "وزارة الدفاع");
          assertThat(f.sources()).containsExactly("a", "b", "c");
        });
  }

  @Test
  void aDenialOfAnotherFigureOrByNobodyNamedOrOfItsOwnWordsIsNoDispute() {
    Source denied = source("b", "en", RAID
        + "The defence ministry denied that 40 soldiers were killed in the attack.");
    Source otherFigure = source("a", "en", RAID
        + "The Rapid Support Forces said 25 soldiers were killed in the attack.");
    assertThat(check(otherFigure, denied).with(Finding.Verdict.DISPUTED)).isEmpty();
    Source said = source("a", "en", RAID
        + "The Rapid Support Forces said 40 soldiers were killed in the attack.");
    Source deniedByNobody = source("b", "en", RAID
        + "It was denied that 40 soldiers were killed in the attack.");
    assertThat(check(said, deniedByNobody).with(Finding.Verdict.DISPUTED)).isEmpty();
    Source sameParty = source("a", "en", RAID
        + "The defence ministry said 40 soldiers were killed in the attack.");
    assertThat(check(sameParty, denied).with(Finding.Verdict.DISPUTED)).isEmpty();
  }

  @Test
  void aDenialOfAnOutletsOwnReportIsADispute() {
    Source reported = source("a", "en", RAID + "Some 40 soldiers were killed in the attack.");
    Source denied = source("b", "en", RAID
        + "The defence ministry denied that 40 soldiers were killed in the attack.");
    assertThat(check(reported, denied).with(Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> assertThat(f.sides().get(0).whoSays()).isEmpty());
  }
}
