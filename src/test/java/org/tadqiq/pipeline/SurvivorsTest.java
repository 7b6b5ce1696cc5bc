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

/**
 * People rescued and survivors are one count ("three were rescued", "only two survivors", "نجا
 * شخصان", "وناجيين فقط"): a running tally, so two figures of it are a possible discrepancy, never a
 * conflict.
 */
class SurvivorsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, DAY, text);
  }

  private List<String> attributes(Source s) {
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(Claim::attribute).toList();
  }

  @Test
  void rescuedAndSurvivorsAreOneCountInBothLanguages() {
    assertThat(attributes(source("a", "en",
        "A plane crashed at Kerman airport on Sunday. Three rescues were reported.")))
        .containsExactly("count:survivor");
    assertThat(attributes(source("b", "en",
        "A plane crashed at Kerman airport on Sunday. Only two individuals survived.")))
        .containsExactly("count:survivor");
    assertThat(attributes(source("c", "ar",
        "تحطمت طائرة في مطار كرمان يوم الأحد، وتم إنقاذ ثلاثة أشخاص.")))
        .containsExactly("count:survivor");
    assertThat(attributes(source("d", "ar",
        "خلف تحطم الطائرة في مطار كرمان يوم الأحد 40 قتيلا وناجيين فقط.")))
        .containsExactly("count:killed", "count:survivor");
  }

  @Test
  void threeRescuedAgainstTwoSurvivorsIsAtMostPossible() {
    Source a = source("a", "en",
        "A plane crashed at Kerman airport on Sunday. Three rescues were reported.");
    Source b = source("b", "ar", "خلف تحطم الطائرة في مطار كرمان يوم الأحد 40 قتيلا وناجيين فقط.");
    CheckResult r = pipeline.compare(List.of(pipeline.extract(a), pipeline.extract(b)));
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.key()).contains("count:survivor");
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.POSSIBLE);
    });
    assertThat(r.findings()).noneSatisfy(f ->
        assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT));
  }
}
