package org.tadqiq.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/**
 * Accuracy on the seeds' gold (src/test/resources/gold/seeds.gold.json). The floors are the
 * figures reached when the gold was written: raise them as the rules improve, never lower them.
 */
class EvalTest {
  static final Path GOLD = Path.of("src/test/resources/gold/seeds.gold.json");
  private static Gold gold;
  private static CheckResult result;

  @BeforeAll
  static void run() {
    gold = new GoldLoader().load(GOLD);
    result = new CheckPipeline(TestRules.load()).check(List.of(TestRules.SEEDS), p -> {});
  }

  @Test
  void claimAndConflictAccuracyStayAboveTheirFloors() {
    EvalResult r = new Evaluator().evaluate(gold, result);
    assertThat(r.problems()).as("every gold quote is found in its source").isEmpty();
    assertThat(r.claims().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(r.claims().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.claims().f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.claimsByKind().get("office").f1()).isGreaterThanOrEqualTo(1.0);
    assertThat(r.claimsByKind().get("quantity").f1()).isGreaterThanOrEqualTo(0.96);
    assertThat(r.claimsByKind().get("time").f1()).isGreaterThanOrEqualTo(1.0);
    assertThat(r.claimsByKind().get("place").f1()).isGreaterThanOrEqualTo(0.96);
    assertThat(r.claimsByKind().get("ordinal").f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(r.conflicts().precision()).isEqualTo(1.0);
    assertThat(r.conflicts().recall()).isEqualTo(1.0);
    assertThat(r.nonConflictViolations()).isEmpty();
  }

  @Test
  void aGoldClaimTheToolDoesNotFindIsAMissAndAWrongValueIsBoth() {
    Map<String, Gold.GoldSource> sources = new java.util.LinkedHashMap<>(gold.sources());
    String id = "001_cb041ddd7639ad4e";
    List<Gold.GoldClaim> claims = new ArrayList<>(sources.get(id).claims());
    claims.replaceAll(c -> c.quote().equals("نحو 50 دقيقة")
        ? Gold.GoldClaim.withValue(c.kind(), c.quote(), "[80, 100] minute") : c);
    sources.put(id, new Gold.GoldSource(claims));
    Gold altered = new Gold(1, null, "altered", sources, gold.conflicts(), gold.nonConflicts(),
        List.of());
    EvalResult base = new Evaluator().evaluate(gold, result);
    EvalResult r = new Evaluator().evaluate(altered, result);
    assertThat(r.misses()).anySatisfy(m -> {
      assertThat(m.quote()).isEqualTo("نحو 50 دقيقة");
      assertThat(m.found()).isEqualTo("[45, 55] minute");
    });
    assertThat(r.falseHits()).anySatisfy(f -> assertThat(f.quote()).contains("نحو 50 دقيقة"));
    assertThat(r.claimsByKind().get("quantity").f1())
        .isLessThan(base.claimsByKind().get("quantity").f1());
  }
}
