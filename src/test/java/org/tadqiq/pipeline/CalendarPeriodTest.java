package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Weeks and months named in an article ("last week", "الشهر الماضي", "in February 2025", "الخميس
 * الماضي") are put on the calendar from its publication date: a week or month as a window of
 * days that only a day outside it disagrees with, a weekday with its direction as one day.
 */
class CalendarPeriodTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate THURSDAY = LocalDate.of(2025, 7, 10);

  private static Source source(String id, String lang, LocalDate date, String text) {
    return TestSources.source(id, lang, date, text);
  }

  private List<ClaimValue.When> times(Source s) {
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.TIME)
        .map(Claim::value).map(ClaimValue.When.class::cast).toList();
  }

  @Test
  void aWeekdayFollowedByItsDirectionIsTheOneBeforePublicationNotTheDayItself() {
    List<ClaimValue.When> when = times(source("a", "ar", THURSDAY,
        "وكان الوزيران قد التقيا يوم الخميس الماضي في جنيف."));
    assertThat(when).singleElement()
        .satisfies(w -> assertThat(w.date()).isEqualTo(LocalDate.of(2025, 7, 3)));
  }

  @Test
  void lastWeekIsAWindowOfDaysBeforePublicationInBothLanguages() {
    for (Source s : List.of(
        source("en", "en", THURSDAY, "The two presidents spoke by phone last week."),
        source("ar", "ar", THURSDAY, "وتحدث الرئيسان هاتفيا الأسبوع الماضي."))) {
      assertThat(times(s)).singleElement().satisfies(w -> {
        assertThat(w.date()).as("a week is no day").isNull();
        assertThat(w.from()).isEqualTo(LocalDate.of(2025, 6, 27));
        assertThat(w.through()).isEqualTo(LocalDate.of(2025, 7, 9));
      });
    }
  }

  @Test
  void aMonthNameTakesTheYearItsDirectionOrThePublicationDateGivesIt() {
    assertThat(times(source("a", "ar", THURSDAY, "جرى اللقاء الأول في فبراير الماضي في الرياض.")))
        .singleElement().satisfies(w -> {
          assertThat(w.from()).isEqualTo(LocalDate.of(2025, 2, 1));
          assertThat(w.through()).isEqualTo(LocalDate.of(2025, 2, 28));
        });
    assertThat(times(source("b", "en", THURSDAY, "He was elected last September.")))
        .singleElement()
        .satisfies(w -> assertThat(w.from()).isEqualTo(LocalDate.of(2024, 9, 1)));
    assertThat(times(source("c", "en", THURSDAY, "The war began in February 2022.")))
        .singleElement()
        .satisfies(w -> assertThat(w.through()).isEqualTo(LocalDate.of(2022, 2, 28)));
  }

  @Test
  void aDayInsideTheWeekIsNoDisagreementWithIt() {
    Source week = source("a", "en", THURSDAY,
        "Donald Trump and Vladimir Putin spoke by phone last week.");
    Source inside = source("b", "en", THURSDAY,
        "Donald Trump and Vladimir Putin spoke by phone on Monday.");
    CheckResult r = pipeline.compare(List.of(pipeline.extract(week), pipeline.extract(inside)));
    assertThat(r.findings()).noneSatisfy(f -> assertThat(f.verdict())
        .isIn(Finding.Verdict.CONFLICT, Finding.Verdict.POSSIBLE));
  }

  @Test
  void aNameThatOnlyLooksLikeAMonthIsNoTime() {
    assertThat(times(source("a", "ar", THURSDAY, "مارس الوزير ضغوطا كبيرة على الحكومة."))).isEmpty();
    assertThat(times(source("b", "en", THURSDAY, "Talks may resume in Mayfair soon."))).isEmpty();
  }

  @Test
  void reportJsonGivesEachTimeClaimItsDayOrItsWindow(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path in = dir.resolve("a.txt");
    java.nio.file.Files.writeString(in, "published: 2025-07-10\nlang: en\n\n"
        + "The ministers met on Monday. They had spoken by phone last week.\n");
    java.nio.file.Path out = dir.resolve("out");
    org.tadqiq.cli.CliRunner.run("check", in.toString(), "--out", out.toString(), "-q");
    var json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("report.json").toFile());
    List<String> calendars = new java.util.ArrayList<>();
    json.get("claims").forEach(c -> {
      if (c.get("kind").asText().equals("time")) {
        calendars.add(c.get("quote").asText() + " " + c.get("calendar"));
      }
    });
    assertThat(calendars).containsExactly("Monday {\"date\":\"2025-07-07\"}",
        "last week {\"from\":\"2025-06-27\",\"through\":\"2025-07-09\"}");
  }
}
