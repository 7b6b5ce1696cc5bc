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
 * A town's name shared by towns of several countries ("Valencia" in Spain and in Venezuela) is read
 * as one of them (the gazetteer's most populous): an article that names the country of another
 * namesake ("in Spain") tells of no second place. Towns of two countries with no shared name still
 * conflict. Texts written for the test.
 */
class PlaceNamesakeTest {
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, String text) {
    return TestSources.source(id, lang, THURSDAY, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static Source inSpain() {
    return source("b", "ar", "التقى وزير الخارجية التركي هاكان فيدان نظيره الأوكراني أندريه سيبيها"
        + " يوم الثلاثاء في إسبانيا لبحث وقف إطلاق النار.");
  }

  @Test
  void aTownWithANamesakeInTheCountryNamedIsNoSecondPlace() {
    Source valencia = source("a", "en", "Turkish Foreign Minister Hakan Fidan and Ukrainian"
        + " Foreign Minister Andrii Sybiha met on Tuesday in Valencia to discuss a ceasefire.");
    CheckResult r = check(valencia, inSpain());
    assertThat(r.with(Finding.Verdict.CONFLICT)).isEmpty();
  }

  @Test
  void aTownWithoutANamesakeThereStillConflicts() {
    Source vienna = source("a", "en", "Turkish Foreign Minister Hakan Fidan and Ukrainian"
        + " Foreign Minister Andrii Sybiha met on Tuesday in Vienna to discuss a ceasefire.");
    CheckResult r = check(vienna, inSpain());
    assertThat(r.with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.policy()).isEqualTo(Policy.EVENT_PLACE));
  }
}
