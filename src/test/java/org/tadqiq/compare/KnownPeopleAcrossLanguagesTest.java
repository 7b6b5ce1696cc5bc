package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.EventFrame;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * People the dated office table lists (rules/common/people.tsv) have one id in both languages, so a
 * meeting told in English and in Arabic with their names alone, no title introducing them, is one
 * event; and the table's rows judge their titles at each article's date. Narendra Modi stands for
 * the people added with the second pass over the table: an open name ("~narendra-modi",
 * "~ناريندرا-مودي") would have made two events of one meeting. Texts written for the test.
 */
class KnownPeopleAcrossLanguagesTest {
  private static final LocalDate DECEMBER_2025 = LocalDate.of(2025, 12, 2);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private Set<String> eventKeys(Source s) {
    return pipeline.extract(s).claims().stream().map(Claim::frame).filter(Objects::nonNull)
        .map(EventFrame::key).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void twoLeadersNamedWithoutTitlesGiveOneEventKeyInEnglishAndArabic() {
    Source en = TestSources.source("en1", "en", DECEMBER_2025,
        "Macron and Modi held talks in New Delhi on Tuesday.");
    Source ar = TestSources.source("ar1", "ar", DECEMBER_2025,
        "التقى ماكرون ومودي في نيودلهي يوم الثلاثاء.");
    Set<String> english = eventKeys(en);
    Set<String> arabic = eventKeys(ar);
    assertThat(english).isNotEmpty().allSatisfy(key -> {
      assertThat(key).contains("narendra-modi").contains("Q3052772").doesNotContain("~");
    });
    assertThat(arabic).isEqualTo(english);
    // full names: open names here were two keys ("~narendra-modi" against "~ناريندرا-مودي")
    assertThat(eventKeys(TestSources.source("ar1b", "ar", DECEMBER_2025,
        "التقى الرئيس إيمانويل ماكرون ورئيس الوزراء ناريندرا مودي في نيودلهي يوم الثلاثاء.")))
        .isEqualTo(eventKeys(TestSources.source("en1b", "en", DECEMBER_2025,
            "Emmanuel Macron and Narendra Modi held talks in New Delhi on Tuesday.")))
        .isEqualTo(english);
  }

  @Test
  void aFormerTitleForSomeoneTheTableShowsInOfficeConflictsWithTheTablesRow() {
    List<Finding> english = judged(TestSources.source("en2", "en", DECEMBER_2025,
        "Former Indian Prime Minister Narendra Modi spoke at the forum."));
    assertThat(english).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT);
      assertThat(f.sides()).anySatisfy(side -> {
        assertThat(side.knowledge()).isNotNull();
        assertThat(side.knowledge().file()).isEqualTo("rules/common/office-holders.yaml");
        // the row's own page, as the generator wrote it
        assertThat(side.knowledge().source()).contains("thehindu.com");
      });
    });
    assertThat(judged(TestSources.source("ar2", "ar", DECEMBER_2025,
        "تحدث رئيس الوزراء الهندي السابق ناريندرا مودي في المنتدى."))).hasSize(1);
    // the row starts at the re-appointment of June 2024: before it the table says nothing
    assertThat(judged(TestSources.source("en3", "en", LocalDate.of(2023, 5, 10),
        "Former Indian Prime Minister Narendra Modi spoke at the forum."))).isEmpty();
  }

  @Test
  void aStatedCurrentTitleAfterTheTermOfANewRowEndedIsWrong() {
    // Kishida's term ended on 2024-10-01 (a row of the second pass)
    assertThat(judged(TestSources.source("en4", "en", LocalDate.of(2025, 6, 1),
        "The current Japanese Prime Minister Fumio Kishida visited Seoul."))).hasSize(1);
    assertThat(judged(TestSources.source("en5", "en", LocalDate.of(2023, 6, 1),
        "The current Japanese Prime Minister Fumio Kishida visited Seoul."))).isEmpty();
  }

  private List<Finding> judged(Source s) {
    CheckResult r = TestSources.check(pipeline, s);
    return r.findings().stream().filter(f -> f.policy() == Policy.OFFICE_AGAINST_KNOWLEDGE)
        .toList();
  }
}
