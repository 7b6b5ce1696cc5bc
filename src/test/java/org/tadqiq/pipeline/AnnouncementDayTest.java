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
 * The day of one announcement of a tally (policy update.same-day), on short texts written for the
 * test: one announcer giving the same figures is one announcement, whose day is one; a day that
 * dates a saying is never held against the day of the quake.
 */
class AnnouncementDayTest {
  /** A Tuesday: "Monday" is 8 April, "Sunday" 7 April, the quake's "Friday" 5 April. */
  private static final LocalDate TUESDAY = LocalDate.of(2024, 4, 9);
  private static final String QUAKE_EN = "An earthquake struck southern Peru on Friday.\n";
  private static final String QUAKE_AR = "ضرب زلزال جنوب بيرو يوم الجمعة.\n";
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, TUESDAY, text);
  }

  private List<Finding> announcementFindings(Source... sources) {
    CheckResult r = pipeline.compare(List.of(sources).stream().map(pipeline::extract).toList());
    return r.findings().stream().filter(f -> f.policy() == Policy.UPDATE_DAY).toList();
  }

  @Test
  void oneAnnouncementOfTheSameFiguresDatedOnTwoDaysIsAConflict() {
    Source monday = source("a", "en", QUAKE_EN + "On Monday, the Peruvian government said the "
        + "earthquake had killed 212 people and injured 540 others.");
    Source sunday = source("b", "en", QUAKE_EN + "The death toll reached 212 on Sunday, with 540 "
        + "people injured, according to the Peruvian government.");
    Source arabic = source("c", "ar", QUAKE_AR
        + "وأعلنت الحكومة البيروفية، أمس الإثنين، مقتل 212 شخصا وإصابة 540 آخرين بجروح.");
    assertThat(announcementFindings(monday, sunday, arabic)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT);
      assertThat(f.sides()).hasSize(2);
      assertThat(f.summary()).contains("2024-04-08", "2024-04-07", "killed 212", "wounded 540");
    });
  }

  @Test
  void theFiguresMayGoOnInTheNextSentence() {
    // the day's sentence gives one figure; the spokesman's sentence right after gives the rest
    Source monday = source("a", "en", QUAKE_EN + "On Monday, the Peruvian government said the "
        + "earthquake had killed 212 people. A spokesman said 540 people were injured.");
    Source sunday = source("b", "en", QUAKE_EN + "The death toll reached 212 on Sunday, with 540 "
        + "people injured, according to the Peruvian government.");
    assertThat(announcementFindings(monday, sunday)).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT));
  }

  @Test
  void oneSharedFigureIsNoEvidenceOfOneAnnouncement() {
    // a toll may stand unchanged for days: 212 said on Sunday and again on Monday
    Source monday = source("a", "en", QUAKE_EN
        + "On Monday, the Peruvian government said the earthquake had killed 212 people.");
    Source sunday = source("b", "en", QUAKE_EN
        + "The death toll reached 212 on Sunday, according to the Peruvian government.");
    assertThat(announcementFindings(monday, sunday)).isEmpty();
  }

  @Test
  void openEndedFiguresAloneAreNoEvidenceOfOneAnnouncement() {
    Source monday = source("a", "en", QUAKE_EN + "On Monday, the Peruvian government said the "
        + "earthquake had killed more than 200 people and injured more than 500 others.");
    Source sunday = source("b", "en", QUAKE_EN + "The death toll reached more than 200 on Sunday, "
        + "with more than 500 people injured, according to the Peruvian government.");
    assertThat(announcementFindings(monday, sunday)).isEmpty();
  }

  @Test
  void aTallyThatGrewIsALaterAnnouncement() {
    Source monday = source("a", "en", QUAKE_EN + "On Monday, the Peruvian government said the "
        + "earthquake had killed 250 people and injured 540 others.");
    Source sunday = source("b", "en", QUAKE_EN + "The death toll reached 212 on Sunday, with 540 "
        + "people injured, according to the Peruvian government.");
    assertThat(announcementFindings(monday, sunday)).isEmpty();
  }

  @Test
  void theSameFiguresFromAnotherBodyAreAnotherAnnouncement() {
    Source redCross = source("a", "en", QUAKE_EN + "On Monday, the Red Cross said the earthquake "
        + "had killed 212 people and injured 540 others.");
    Source sunday = source("b", "en", QUAKE_EN + "The death toll reached 212 on Sunday, with 540 "
        + "people injured, according to the Peruvian government.");
    assertThat(announcementFindings(redCross, sunday)).isEmpty();
  }

  @Test
  void theDayOfTheQuakeIsNotTheDayOfAnAnnouncement() {
    // both date the announcement on Monday; one also dates the quake (Friday) in the same words
    Source a = source("a", "en", "On Friday, an earthquake struck southern Peru. On Monday, the "
        + "Peruvian government said it had killed 212 people and injured 540 others.");
    Source b = source("b", "ar", QUAKE_AR
        + "وأعلنت الحكومة البيروفية، أمس الإثنين، مقتل 212 شخصا وإصابة 540 آخرين بجروح.");
    CheckResult r = pipeline.compare(List.of(a, b).stream().map(pipeline::extract).toList());
    assertThat(r.findings()).noneMatch(f -> f.verdict() == Finding.Verdict.CONFLICT);
  }
}
