package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;

/**
 * A frequent word written like a town of the gazetteer is no place: "مالية" (financial) normalizes
 * to "ماليه", the Maldives' capital, and made "a fine of 100,000 euros" a fact of an event of the
 * Maldives. Text written for the test.
 */
class CommonWordPlaceTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void financialIsNoTownOfTheMaldives() {
    Source s = new Source("a", "a.txt", null, null, null, "ar", LocalDate.of(2026, 2, 4),
        "وطالب الادعاء بفرض غرامة مالية قدرها 100 ألف يورو على المرشحة في الانتخابات.",
        Source.Status.OK, List.of());
    List<Claim> claims = pipeline.extract(s).claims();
    assertThat(claims).isNotEmpty();
    assertThat(claims).allSatisfy(c -> assertThat(
        c.frame() == null ? List.of() : c.frame().participants()).doesNotContain("Q826"));
  }
}
