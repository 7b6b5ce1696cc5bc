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
 * Arabic puts a verb's subject before its object: "ورافق الرئيس الأمريكي الأمير محمد بن سلمان"
 * is the US president taking the crown prince along, and the title rule read the prince as US
 * president — a single-holder conflict against Trump (0.85) and a second post beside his own
 * (0.75), both false (review 7a). The office table at the article's day tells the holder from the
 * object. Texts written for the test.
 */
class TitleBeforeAnotherNameTest {
  private static final LocalDate DAY = LocalDate.of(2025, 11, 18);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<ClaimValue.Office> offices(Source s) {
    return pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.OFFICE && !Claim.REFERENCE.equals(c.attribute()))
        .map(c -> (ClaimValue.Office) c.value()).toList();
  }

  @Test
  void aForeignHolderAfterATitleIsItsObjectNotItsName() {
    Source s = TestSources.source("a", "ar", DAY,
        "وفي الصباح رافق الرئيس الأمريكي الأمير محمد بن سلمان في جولة قصيرة داخل الحديقة.");
    assertThat(offices(s)).noneMatch(o -> o.person().equals("mohammed-bin-salman")
        && "head-of-state".equals(o.role()));
    // the title still names someone: the holder the table shows that day
    assertThat(pipeline.extract(s).claims()).anyMatch(c -> Claim.REFERENCE.equals(c.attribute())
        && ((ClaimValue.Office) c.value()).person().equals("Q22686"));
    Source other = TestSources.source("b", "en", DAY,
        "US President Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman at noon.");
    CheckResult r = TestSources.check(pipeline, s, other);
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.with(Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void aHolderCalledTheWrongOfficeOfTheirOwnCountryIsKept() {
    Source s = TestSources.source("a", "ar", LocalDate.of(2024, 7, 9),
        "وصل الرئيس الهندي ناريندرا مودي إلى موسكو في زيارة تستغرق يومين.");
    assertThat(offices(s)).anyMatch(o -> o.person().equals("narendra-modi")
        && "head-of-state".equals(o.role()));
  }
}
