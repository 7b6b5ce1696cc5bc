package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * A president's "counterpart" abroad is often a prime minister: "نظيره الهندي ناريندرا مودي"
 * beside Putin gave Modi Putin's office, and set it against "رئيس الوزراء الهندي" as a conflict
 * (review 5b). The counterpart's office is what the office table shows them holding on the
 * article's day; where the table does not know it, a president's or prime minister's counterpart
 * gets no office, and "his Indian counterpart" with no name names no one. Texts written for the test.
 */
class CounterpartOfficeTest {
  private static final LocalDate DAY = LocalDate.of(2024, 7, 9);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private ClaimValue.Office officeOf(Source s, String person) {
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.OFFICE)
        .map(c -> (ClaimValue.Office) c.value()).filter(o -> o.person().equals(person))
        .findFirst().orElseThrow();
  }

  @Test
  void aPresidentsCounterpartHoldsWhatTheTableSays() {
    Source counterpart = TestSources.source("a", "ar", DAY,
        "استقبل الرئيس الروسي فلاديمير بوتين نظيره الهندي ناريندرا مودي في موسكو.");
    Source title = TestSources.source("b", "ar", DAY,
        "وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو في زيارة تستغرق يومين.");
    assertThat(officeOf(counterpart, "narendra-modi").role()).isEqualTo("head-of-government");
    assertThat(TestSources.check(pipeline, counterpart, title).with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aCounterpartTheTableDoesNotKnowGetsNoOffice() {
    Source s = TestSources.source("a", "en", DAY,
        "Russian President Vladimir Putin received his Peruvian counterpart Karl Velmont.");
    assertThat(officeOf(s, "~karl-velmont").role()).isNull();
  }

  @Test
  void anUnnamedCounterpartOfAPresidentNamesNoOne() {
    Source s = TestSources.source("a", "en", DAY,
        "Russian President Vladimir Putin met his Indian counterpart in Moscow for three hours.");
    assertThat(pipeline.extract(s).claims())
        .noneMatch(c -> Claim.REFERENCE.equals(c.attribute()));
  }
}
