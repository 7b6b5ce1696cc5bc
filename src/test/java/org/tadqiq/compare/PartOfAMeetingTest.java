package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.pipeline.CheckPipeline;

/**
 * Two things a summit report says that are not what they seem: how long the leaders sat alone
 * ("behind closed doors for about two hours") is a part of the summit's length ("met for about
 * four hours", with delegations, lunch and a walk), and a bare month in a report ("an incident
 * in February", published in November) is the latest February, not the nearest one ahead.
 */
class PartOfAMeetingTest {
  private static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 16);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void aPrivateSittingIsNoConflictWithTheWholeMeetingsLength() {
    Source whole = TestSources.source("a", "en", NOVEMBER,
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. The two presidents met"
            + " for about five hours, including a working lunch.");
    Source part = TestSources.source("b", "en", NOVEMBER,
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. The two presidents talked"
            + " behind closed doors for about two hours.");
    Source wholeAgain = TestSources.source("c", "en", NOVEMBER,
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. Their talks lasted more"
            + " than five hours.");
    var r = pipeline.compare(List.of(pipeline.extract(whole), pipeline.extract(part),
        pipeline.extract(wholeAgain)));
    assertThat(r.findings()).filteredOn(f -> f.verdict() == Finding.Verdict.CONFLICT).isEmpty();
    assertThat(pipeline.extract(part).claims())
        .filteredOn(c -> c.attribute().startsWith("duration"))
        .extracting(c -> c.attribute()).containsExactly("duration:private");
  }

  @Test
  void aBareMonthInAReportIsTheLatestSuchMonth() {
    Source s = TestSources.source("a", "en", NOVEMBER,
        "Relations soured after an incident in February when a balloon crossed the country.");
    List<ClaimValue.When> months = pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME).map(c -> (ClaimValue.When) c.value()).toList();
    assertThat(months).singleElement().satisfies(w -> {
      assertThat(w.from()).isEqualTo(LocalDate.of(2023, 2, 1));
      assertThat(w.through()).isEqualTo(LocalDate.of(2023, 2, 28));
    });
  }

  @Test
  void aBareMonthInAForecastIsTheNextSuchMonth() {
    Source s = TestSources.source("a", "en", NOVEMBER,
        "The two ministers are expected to meet again in February in Geneva.");
    List<ClaimValue.When> months = pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME).map(c -> (ClaimValue.When) c.value()).toList();
    assertThat(months).singleElement().satisfies(w ->
        assertThat(w.from()).isEqualTo(LocalDate.of(2024, 2, 1)));
  }
}
