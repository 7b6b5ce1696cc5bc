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
 * A title that names no one ("met the Russian president", "التقى الرئيس الروسي") names the
 * holder the office table shows on the article's day: that person takes part in the sentence's
 * events, so the meeting lines up with an article that names him. The reading itself is never
 * compared (the table, not the article, said who it is). Short texts written for the test.
 */
class TitleThatNamesNoOneTest {
  private static final LocalDate DAY = LocalDate.of(2025, 4, 14);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static List<Finding> durations(CheckResult r) {
    return r.findings().stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("duration")).toList();
  }

  @Test
  void aMeetingWithTheUnnamedHolderIsTheMeetingWithTheNamedOne() {
    Source unnamed = TestSources.source("a", "en", DAY,
        "US envoy Steve Witkoff met the Russian president in St Petersburg for four and a half hours.");
    Source unnamedAr = TestSources.source("b", "ar", DAY,
        "التقى المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي في سانت بطرسبرغ لمدة أربع ساعات ونصف.");
    Source named = TestSources.source("c", "en", DAY,
        "US envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg for three hours.");
    CheckResult r = TestSources.check(pipeline, unnamed, unnamedAr, named);
    assertThat(durations(r)).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT);
      assertThat(f.key()).contains("meeting[Q7747+steve-witkoff]");
    });
    List<String> references = r.claims().stream()
        .filter(c -> Claim.REFERENCE.equals(c.attribute())).map(Claim::id).toList();
    assertThat(references).hasSize(2);
    assertThat(r.findings()).noneMatch(f -> f.claims().stream().anyMatch(references::contains));
  }

  @Test
  void theTableSpeaksOnlyForDaysItKnows() {
    // the table's newest evidence of this term (2025-12-19) is more than a year before: it does
    // not say who held the office, and the title stays a title
    Source late = TestSources.source("a", "en", LocalDate.of(2027, 6, 1),
        "US envoy Steve Witkoff met the Russian president in St Petersburg for four hours.");
    assertThat(pipeline.extract(late).claims()).noneMatch(c -> Claim.REFERENCE.equals(c.attribute()));
  }

  @Test
  void aSentenceThatNamesBothSidesKeepsThem() {
    Source s = TestSources.source("a", "en", DAY,
        "Vladimir Putin and Xi Jinping met in Moscow for three hours and talked about the US president.");
    assertThat(pipeline.extract(s).claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .allSatisfy(c -> assertThat(c.frame().participants()).containsExactlyInAnyOrder("Q7747", "Q15031"));
  }
}
