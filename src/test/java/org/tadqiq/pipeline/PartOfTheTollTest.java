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

/**
 * The people a crash killed on the ground are a part of its toll (COUNT_SCOPE): they are
 * compared with other outlets' figures of the same part, never with the whole toll (the report's
 * words for the part: report.PartOfTheTollWordsTest). Short texts written for the test.
 */
class PartOfTheTollTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static List<Finding> killed(CheckResult r) {
    return r.findings().stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("killed")).toList();
  }

  @Test
  void peopleKilledOnTheGroundAreNoFigureOfTheWholeToll() {
    Source ground = TestSources.source("a", "en", DAY,
        "A cargo plane crashed into a market in Goma on Monday, killing 12 people on the ground.");
    Source whole = TestSources.source("b", "ar", DAY,
        "تحطمت طائرة شحن في غوما يوم الاثنين وقتل 17 شخصا.");
    assertThat(pipeline.extract(ground).claims()).map(Claim::attribute)
        .contains("count:killed@on-ground");
    CheckResult r = TestSources.check(pipeline, ground, whole);
    assertThat(killed(r)).noneMatch(f -> f.verdict() != Finding.Verdict.AGREEMENT);
  }

  @Test
  void twoFiguresOfThePartAreCompared() {
    Source a = TestSources.source("a", "en", DAY,
        "A cargo plane crashed into a market in Goma on Monday, killing 12 people on the ground.");
    Source b = TestSources.source("b", "ar", DAY,
        "تحطمت طائرة شحن على سوق في غوما يوم الاثنين فقتل 30 شخصا على الأرض.");
    assertThat(killed(TestSources.check(pipeline, a, b)))
        .filteredOn(f -> f.verdict() != Finding.Verdict.AGREEMENT).singleElement()
        .satisfies(f -> assertThat(f.key()).contains("count:killed@on-ground"));
  }
}
