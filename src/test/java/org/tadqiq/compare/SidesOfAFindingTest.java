package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;

/**
 * Which side of a finding a claim is listed on (review 5a): a claim stands with the claims whose
 * value it shares, not with the first claim it merely does not oppose. "Current" nine months
 * after a "former" is not compared with it (the two are out of each other's time window), which
 * had put eight articles saying "President Trump" on the side of the one saying "former".
 */
class SidesOfAFindingTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void aCurrentHolderMonthsLaterIsListedWithTheCurrentSide() {
    Source early = TestSources.source("b", "en", LocalDate.of(2025, 1, 30),
        "US President Donald Trump asked why the tower had not warned the pilots.");
    Source wrong = TestSources.source("a", "en", LocalDate.of(2025, 2, 1),
        "Divers searched the icy river at dawn. Former US President Donald Trump blamed the"
            + " controllers in a long statement.");
    Source later = TestSources.source("c", "en", LocalDate.of(2025, 10, 30),
        "US President Donald Trump flew home after the talks in the port city.");
    var r = pipeline.compare(List.of(pipeline.extract(early), pipeline.extract(wrong),
        pipeline.extract(later)));
    Finding status = r.findings().stream()
        .filter(f -> f.policy() == Policy.OFFICE_STATUS && f.verdict() == Finding.Verdict.CONFLICT)
        .findFirst().orElseThrow();
    assertThat(status.sides()).filteredOn(s -> s.value().contains("former"))
        .singleElement().satisfies(s -> assertThat(s.sources()).containsExactly("a"));
    assertThat(status.sides()).filteredOn(s -> s.value().contains("current"))
        .singleElement().satisfies(s -> assertThat(s.sources()).containsExactly("b", "c"));
  }
}
