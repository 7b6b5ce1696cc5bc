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
 * Lengths told in whole days are read as the calendar days an event touched ("two days": more
 * than one, at most two), so that "two days" agrees with "barely 24 hours". Two whole-day lengths
 * are compared as told: a "two-day visit" and a "three-day visit" meet only at the bound between
 * them and were taken for one length (a finding "2 day, 3 sources agree" quoted the three-day
 * sources). Texts written for the test.
 */
class WholeDayLengthsTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "ar", MONDAY, text, Source.Status.OK,
        List.of());
  }

  private static Source visit(String id, String length) {
    return source(id, "وصل الرئيس الكيني وليام روتو إلى برازيليا اليوم الاثنين في زيارة تستمر "
        + length + ".");
  }

  private static List<Finding> lengths(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP).toList();
  }

  @Test
  void twoDaysAndThreeDaysAreTwoLengths() {
    CheckResult r = TestSources.check(pipeline, visit("a", "يومين"), visit("b", "ثلاثة أيام"));
    assertThat(lengths(r, Finding.Verdict.AGREEMENT)).isEmpty();
    assertThat(r.findings().stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP))
        .singleElement()
        .satisfies(f -> assertThat(f.sides()).hasSize(2));
  }

  @Test
  void oneLengthInDaysAgrees() {
    CheckResult r = TestSources.check(pipeline, visit("a", "ثلاثة أيام"),
        source("b", "بدأ الرئيس الكيني وليام روتو اليوم الاثنين زيارة إلى البرازيل تستغرق ثلاثة أيام."));
    assertThat(lengths(r, Finding.Verdict.AGREEMENT)).singleElement();
  }
}
