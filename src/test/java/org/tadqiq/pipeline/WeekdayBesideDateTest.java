package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.ClaimKind;

/**
 * "on Tuesday (Nov 19)" in a year where 19 November is a Wednesday: one day named two ways, one of
 * them wrong. Read as two days of one source, it contradicted no one, and an outlet's wrong date
 * against everyone's 18 November went unseen (review 7a). The written date is kept, the bare
 * weekday beside it dropped. Texts written for the test.
 */
class WeekdayBesideDateTest {
  private static final LocalDate DAY = LocalDate.of(2025, 11, 19);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  @Test
  void aDateThatIsNotItsWeekdayIsComparedAsWritten() {
    Source wrong = TestSources.source("a", "en", DAY,
        "French President Emmanuel Macron received British Prime Minister Keir Starmer at the "
            + "Elysee on Tuesday (Nov 19) for talks on defence.");
    Source right = TestSources.source("b", "en", DAY,
        "Emmanuel Macron and Keir Starmer held talks at the Elysee on Tuesday, November 18.");
    assertThat(pipeline.extract(wrong).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME).map(c -> c.quote()).toList())
        .containsExactly("Nov 19");
    assertThat(TestSources.check(pipeline, wrong, right).with(Finding.Verdict.CONFLICT))
        .anyMatch(f -> f.summary().contains("2025-11-19"));
  }

  @Test
  void aWeekdayThatFitsItsDateStays() {
    Source s = TestSources.source("a", "en", DAY,
        "Emmanuel Macron and Keir Starmer held talks at the Elysee on Tuesday (Nov 18).");
    assertThat(pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME).map(c -> c.quote()).toList())
        .containsExactly("Tuesday", "Nov 18");
  }
}
