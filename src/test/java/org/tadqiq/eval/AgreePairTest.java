package org.tadqiq.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * A gold AGREE pair is judged so when Tadqiq puts both claims on one side of a finding, even a
 * finding where other sources disagree; two claims on different sides are not judged to agree.
 */
class AgreePairTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, LocalDate date, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", date, text, Source.Status.OK,
        List.of());
  }

  @Test
  void twoOutletsGivingTheSameTollAgreeBesideALaterTollOfAnother() {
    LocalDate day = LocalDate.of(2023, 9, 9);
    List<Source> sources = List.of(
        source("a", day, "An earthquake hit Morocco overnight. Officials said 632 people were killed."),
        source("b", day, "A strong earthquake struck Morocco. At least 632 people were killed, officials said."),
        source("c", day, "The earthquake in Morocco has killed 820 people, officials said."));
    CheckResult result = pipeline.compare(sources.stream().map(pipeline::extract).toList());
    assertThat(result.with(Finding.Verdict.AGREEMENT)).isEmpty();
    assertThat(result.with(Finding.Verdict.CONFLICT)).isEmpty();
    Gold.Pair same = pair("a", "632 people were killed", "b", "632 people were killed");
    Gold.Pair apart = pair("a", "632 people were killed", "c", "killed 820 people");
    Map<String, Gold.GoldSource> none = new LinkedHashMap<>();
    Gold gold = new Gold(2, "test", "test", none, List.of(), List.of(), List.of(same));
    assertThat(new Evaluator().evaluate(gold, result).pairs().get("AGREE").asJudged()).isEqualTo(1);
    Gold wrong = new Gold(2, "test", "test", none, List.of(), List.of(), List.of(apart));
    assertThat(new Evaluator().evaluate(wrong, result).pairs().get("AGREE").asJudged()).isZero();
  }

  private static Gold.Pair pair(String s1, String q1, String s2, String q2) {
    return new Gold.Pair(Gold.Verdict.AGREE, "quantity", "test",
        List.of(new Gold.Ref(s1, q1, null), new Gold.Ref(s2, q2, null)));
  }
}
