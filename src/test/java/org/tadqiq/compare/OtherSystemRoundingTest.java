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
 * A depth told in kilometres by one outlet and in miles by another: "6 miles" is the agency's
 * "10 km" converted and rounded (9.66 km), one depth, not two; "8 miles" (12.9 km) is another
 * depth; and within one system ("10 km" against "12 km") figures are compared as told. Texts
 * written for the test: one earthquake, one day, one measuring agency, so only the figures decide.
 */
class OtherSystemRoundingTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 2, 10);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", TUESDAY, text, Source.Status.OK,
        List.of());
  }

  private static Source first(String depth) {
    return source("a", "A 6.9-magnitude earthquake struck northern Chile on Tuesday at a depth of "
        + depth + ", according to the United States Geological Survey.");
  }

  private static Source second(String depth) {
    return source("b", "The quake that shook Chile on Tuesday was shallow, at a depth of " + depth
        + ", the U.S. Geological Survey said. Houses in Calama were damaged.");
  }

  private static List<Finding> depths(CheckResult r, Finding.Verdict verdict) {
    return r.with(verdict).stream().filter(f -> f.policy() == Policy.QUANTITY_OVERLAP)
        .filter(f -> f.key().contains("depth")).toList();
  }

  @Test
  void milesRoundedFromKilometresAgree() {
    CheckResult r = TestSources.check(pipeline, first("10 km"), second("6 miles"));
    assertThat(depths(r, Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(depths(r, Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void milesFarFromTheKilometresStillConflict() {
    CheckResult r = TestSources.check(pipeline, first("10 km"), second("8 miles"));
    assertThat(depths(r, Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("a", "b"));
  }

  @Test
  void figuresOfOneSystemAreComparedAsTold() {
    CheckResult r = TestSources.check(pipeline, first("10 km"), second("10.5 kilometres"));
    assertThat(depths(r, Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("a", "b"));
  }
}
