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
 * "About 45 minutes" and "50 minutes" for one meeting: "about" is the writer's own rounding, so
 * the two are only possibly at odds; "nearly 45 minutes" is less than 45 and does contradict 50;
 * "about 45" against 60 is too far for any rounding. Texts written for the test: two named
 * ministers meeting on one day, so the identity is strong and only the figures decide.
 */
class ApproximateNearMissTest {
  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", THURSDAY, text, Source.Status.OK,
        List.of());
  }

  /** One outlet's account, with the meeting's length as {@code length}. */
  private static Source meeting(String id, String length) {
    return source(id, "Turkish Foreign Minister Hakan Fidan and Ukrainian Foreign Minister"
        + " Andrii Sybiha met in Vienna on Tuesday. The meeting lasted " + length + ".");
  }

  /** Another outlet's own words (not a copy of the first: a copy's difference is no conflict). */
  private static Source otherOutlet(String length) {
    return source("b", "On Tuesday in Vienna, Hakan Fidan, the Turkish foreign minister, sat down"
        + " with Andrii Sybiha, Ukraine's foreign minister, for talks that lasted " + length
        + ", according to diplomats who attended.");
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  private static List<Finding> durations(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP).toList();
  }

  @Test
  void anApproximateFigureCloseToAnotherIsOnlyAPossibleDiscrepancy() {
    CheckResult r = check(meeting("a", "about 45 minutes"), otherOutlet("50 minutes"));
    assertThat(durations(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(durations(r, Finding.Verdict.POSSIBLE)).singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("a", "b"));
  }

  @Test
  void nearlyIsJustUnderItsFigureAndContradictsALargerOne() {
    CheckResult r = check(meeting("a", "nearly 45 minutes"), otherOutlet("50 minutes"));
    assertThat(durations(r, Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("a", "b"));
  }

  @Test
  void nearlyAgreesWithItsOwnFigure() {
    CheckResult r = check(meeting("a", "nearly 50 minutes"), otherOutlet("50 minutes"));
    assertThat(durations(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(durations(r, Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void anApproximateFigureFarFromAnotherStillConflicts() {
    CheckResult r = check(meeting("a", "about 45 minutes"), otherOutlet("an hour"));
    assertThat(durations(r, Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("a", "b"));
  }
}
