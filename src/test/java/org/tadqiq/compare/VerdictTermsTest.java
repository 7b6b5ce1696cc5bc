package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * A verdict sets several lengths of time at once (the prison term, its suspended part, a ban from
 * office): "for four years" in one article and "for five years" in another may be two different
 * terms of one sentence, so a bare duration of a sentence is compared with nothing (policy
 * many_terms_events); its day still agrees. Texts written for the test.
 */
class VerdictTermsTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, MONDAY, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  @Test
  void aPrisonTermAndABanOfOneVerdictAreNoConflict() {
    // before the policy, these two made "sentence of Belgium — duration: 3 years vs 6 years"
    Source prison = source("a", "en", "A Belgian court in Brussels on Monday sentenced Anna Dubois"
        + " to prison for three years for fraud.");
    Source ban = source("b", "en", "The former regional chief Anna Dubois was found guilty of"
        + " fraud. Judges of a Belgian court in Brussels sentenced her on Monday and barred her"
        + " from office for six years, her lawyer said.");
    CheckResult r = check(prison, ban);
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(r.with(Finding.Verdict.POSSIBLE)).isEmpty();
    // the verdict itself is still one event: its day is corroborated
    assertThat(r.with(Finding.Verdict.AGREEMENT))
        .anySatisfy(f -> assertThat(f.policy()).isEqualTo(Policy.EVENT_DAY));
  }
}
