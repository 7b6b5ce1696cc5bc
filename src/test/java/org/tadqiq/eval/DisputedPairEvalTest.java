package org.tadqiq.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * How a dispute is scored against gold pairs: it judges a DISPUTED pair as the reader did, and a
 * dispute that sets apart two claims the gold says agree is listed as a violation.
 */
class DisputedPairEvalTest {
  private static final String A = "An earthquake of magnitude 6.2 shook Greece on Sunday, "
      + "according to the German Research Centre for Geosciences.";
  private static final String B = "An earthquake of magnitude 6.0 shook Greece on Sunday, "
      + "according to the European-Mediterranean Seismological Centre.";

  private static CheckResult check() {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    List<Source> sources = List.of(source("a", A), source("b", B));
    return pipeline.compare(sources.stream().map(pipeline::extract).toList());
  }

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", LocalDate.of(2024, 4, 8), text,
        Source.Status.OK, List.of());
  }

  private static Gold gold(Gold.Verdict verdict) {
    Gold.GoldClaim a = Gold.GoldClaim.withValue("quantity", "magnitude 6.2", "6.2 magnitude");
    Gold.GoldClaim b = Gold.GoldClaim.withValue("quantity", "magnitude 6.0", "6 magnitude");
    Gold.Pair pair = new Gold.Pair(verdict, "quantity", "two bodies' readings",
        List.of(new Gold.Ref("a", "magnitude 6.2", null), new Gold.Ref("b", "magnitude 6.0", null)));
    return new Gold(2, "test", null,
        Map.of("a", new Gold.GoldSource(List.of(a)), "b", new Gold.GoldSource(List.of(b))),
        List.of(), List.of(), List.of(pair));
  }

  @Test
  void aDisputeJudgesADisputedPairAsTheReaderDid() {
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.DISPUTED), check());
    assertThat(r.pairs().get("DISPUTED").asJudged()).isEqualTo(1);
    assertThat(r.nonConflictViolations()).isEmpty();
  }

  @Test
  void aDisputeSettingApartAnAgreeingPairIsAViolation() {
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.AGREE), check());
    assertThat(r.nonConflictViolations()).singleElement()
        .satisfies(v -> assertThat(v).contains("DISPUTED").contains("AGREE"));
  }
}
