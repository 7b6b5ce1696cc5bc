package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.Claim;

/**
 * A sentence that names no one but "the two sides", "the pair", "الجانبان" speaks of the two
 * people the article last named together (frames' pairs): its meeting's length lines up with the
 * sources that name them. Before, such a sentence took the country of the lead's city as its
 * side, and its figure met nothing. Texts written for the test.
 */
class PairReferenceTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 5, 15);

  private CheckResult check(String lang, String text) {
    return TestSources.check(pipeline, TestSources.source("a", lang, DAY, text));
  }

  private static List<String> durationSides(CheckResult r) {
    return r.claims().stream().filter(c -> c.attribute().equals("duration"))
        .map(Claim::frame).filter(f -> f != null).flatMap(f -> f.participants().stream())
        .sorted().toList();
  }

  @Test
  void theTwoSidesAreTheTwoNamedBefore() {
    // the sentence right before names one of them: "the two sides" still reaches back to both
    CheckResult en = check("en", "Chinese Foreign Minister Wang Yi met his Australian counterpart"
        + " Penny Wong in Riyadh on Wednesday. It was the first meeting since Wong took office."
        + " The two sides met for nearly five hours, an official said.");
    CheckResult ar = check("ar", "التقى وزير الخارجية الصيني وانغ يي نظيرته الأسترالية بيني وونغ في"
        + " الرياض الأربعاء. وهو أول لقاء منذ تولي وونغ منصبها. واستمر اجتماع الجانبين نحو خمس"
        + " ساعات بحسب مسؤول.");
    assertThat(durationSides(en)).containsExactly("penny-wong", "wang-yi");
    assertThat(durationSides(ar)).containsExactly("penny-wong", "wang-yi");
  }

  @Test
  void withoutAPairWordTheSentenceKeepsItsOwnSides() {
    CheckResult en = check("en", "Chinese Foreign Minister Wang Yi met his Australian counterpart"
        + " Penny Wong in Riyadh on Wednesday. It was the first meeting since Wong took office."
        + " The hosts met for nearly five hours, an official said.");
    assertThat(durationSides(en)).doesNotContain("wang-yi");
  }
}
