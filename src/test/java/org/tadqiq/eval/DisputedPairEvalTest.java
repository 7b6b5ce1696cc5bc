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
    return check(A, B);
  }

  private static CheckResult check(String a, String b) {
    CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
    List<Source> sources = List.of(source("a", a), source("b", b));
    return pipeline.compare(sources.stream().map(pipeline::extract).toList());
  }

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", LocalDate.of(2024, 4, 8), text,
        Source.Status.OK, List.of());
  }

  private static Gold gold(Gold.Verdict verdict) {
    return gold(verdict, "magnitude 6.2", "magnitude 6.0");
  }

  private static Gold gold(Gold.Verdict verdict, String quoteA, String quoteB) {
    Gold.GoldClaim a = Gold.GoldClaim.withValue("quantity", quoteA, "6.2 magnitude");
    Gold.GoldClaim b = Gold.GoldClaim.withValue("quantity", quoteB, "6 magnitude");
    Gold.Pair pair = new Gold.Pair(verdict, "quantity", "two bodies' readings",
        List.of(new Gold.Ref("a", quoteA, null), new Gold.Ref("b", quoteB, null)));
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

  @Test
  void aDisputeFoundIsNoMissedPair() {
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.DISPUTED), check());
    assertThat(r.missedPairs()).isEmpty();
  }

  @Test
  void aMissedDisputeSaysWhatTheCheckDidAndWhoSaysEachFigure() {
    // the second figure is nobody's: no dispute, only a discrepancy between outlets
    String unattributed = "An earthquake of magnitude 6.0 shook Greece on Sunday.";
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.DISPUTED), check(A, unattributed));
    assertThat(r.pairs().get("DISPUTED").asJudged()).isZero();
    assertThat(r.missedPairs()).singleElement().satisfies(m -> {
      assertThat(m.verdict()).isEqualTo("DISPUTED");
      assertThat(m.quotes()).containsExactly("a \"magnitude 6.2\"", "b \"magnitude 6.0\"");
      assertThat(m.instead()).matches("(possible|conflict) f-\\w+ \\(apart\\); who says: .*"
          + "German Research Centre.* \\| none");
    });
  }

  @Test
  void aQuoteNoClaimWasReadFromIsListedAsNotExtracted() {
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.DISPUTED, "magnitude 6.2", "shook"),
        check());
    assertThat(r.missedPairs()).singleElement()
        .satisfies(m -> assertThat(m.instead()).isEqualTo("not extracted: b \"shook\""));
  }

  @Test
  void figuresOfTwoEventsAreListedUnderTheirDifferentKeys() {
    String elsewhere = "An earthquake of magnitude 6.0 shook Peru on Sunday, "
        + "according to the European-Mediterranean Seismological Centre.";
    EvalResult r = new Evaluator().evaluate(gold(Gold.Verdict.AGREE), check(A, elsewhere));
    assertThat(r.missedPairs()).singleElement().satisfies(m -> {
      assertThat(m.verdict()).isEqualTo("AGREE");
      assertThat(m.instead()).startsWith("different keys: ").contains(" vs ");
    });
  }
}
