package org.tadqiq.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/**
 * A figure of a part of a toll reads with its part in the interface's language: "number of
 * killed (on the ground)" / "(على الأرض)", as a nation's count reads with its country.
 */
class PartOfTheTollWordsTest {
  @Test
  void aPartOfTheTollIsNamedInTheFindingsWords() {
    RuleBook rules = TestRules.load();
    CheckPipeline pipeline = new CheckPipeline(rules, 1);
    LocalDate day = LocalDate.of(2025, 3, 4);
    CheckResult r = TestSources.check(pipeline,
        TestSources.source("a", "en", day,
            "A cargo plane crashed into a market in Goma on Monday, killing 12 people on the ground."),
        TestSources.source("b", "ar", day,
            "تحطمت طائرة شحن على سوق في غوما يوم الاثنين فقتل 30 شخصا على الأرض."));
    Finding f = r.findings().stream().filter(x -> x.policy() == Policy.QUANTITY_OVERLAP)
        .filter(x -> x.key().contains("@on-ground")).findFirst().orElseThrow();
    Claim first = r.claims().stream().filter(c -> c.id().equals(f.claims().get(0)))
        .findFirst().orElseThrow();
    String en = new FindingWords(Labels.of("en"), new ValueWords(Labels.of("en"), rules.common(),
        Map.of()), rules.common()).about(f, first);
    String ar = new FindingWords(Labels.of("ar"), new ValueWords(Labels.of("ar"), rules.common(),
        Map.of()), rules.common()).about(f, first);
    assertThat(en).contains("(on the ground)").doesNotContain("@");
    assertThat(ar).contains("(على الأرض)").doesNotContain("@");
  }
}
