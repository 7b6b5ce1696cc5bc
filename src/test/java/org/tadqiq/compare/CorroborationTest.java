package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/** How many independent sources make a claim: copies of one dispatch count once. */
class CorroborationTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);
  private static final LocalDate DAY = LocalDate.of(2025, 8, 16);
  private static final String DISPATCH = "Donald Trump and Vladimir Putin met in Anchorage on"
      + " Friday for talks on the war in Ukraine that officials on both sides described as"
      + " long and difficult. The meeting lasted about three hours, according to aides who"
      + " briefed reporters afterwards at the air base. No agreement was announced, and both"
      + " leaders left without taking questions from the press waiting outside the hall.";

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", null, null, null, "en", DAY, text, Source.Status.OK,
        List.of());
  }

  private Integer support(CheckResult r, String source, String quotePart) {
    Claim c = r.claims().stream()
        .filter(x -> x.source().equals(source) && x.quote().contains(quotePart))
        .findFirst().orElseThrow();
    return r.support().of(c);
  }

  @Test
  void aCopyOfOneDispatchAddsNoIndependentSourceAnotherOutletDoes() {
    Source wire = source("wire", DISPATCH);
    Source copy = source("copy", DISPATCH.replace("press waiting", "reporters waiting"));
    Source other = source("other", "Putin and Trump held talks in Anchorage on Friday."
        + " The two presidents talked for three hours and then flew home.");
    CheckResult r = pipeline.compare(List.of(pipeline.extract(wire), pipeline.extract(copy),
        pipeline.extract(other)));
    assertThat(r.copyGroups().get("copy")).isNotNull().isEqualTo(r.copyGroups().get("wire"));
    // "about three hours" in the wire and its copy, "three hours" in another outlet: two
    assertThat(support(r, "wire", "three hours")).isEqualTo(2);
    assertThat(support(r, "other", "three hours")).isEqualTo(2);

    CheckResult copiesOnly = pipeline.compare(List.of(pipeline.extract(wire),
        pipeline.extract(copy)));
    assertThat(support(copiesOnly, "wire", "three hours"))
        .as("a claim only one dispatch makes is single-source however often it is republished")
        .isEqualTo(1);
  }

  @Test
  void anOutletThatSaysTheSameWeeksLaterNeitherCorroboratesNorAgrees() {
    Source now = source("now", "A strong earthquake struck eastern Turkey on Monday. At least 1,498"
        + " people were killed in the quake, officials said.");
    Source soon = new Source("soon", "soon.txt", null, null, null, "en", DAY.plusDays(2),
        "The earthquake in eastern Turkey on Monday killed at least 1,498 people, officials"
            + " said.", Source.Status.OK, List.of());
    Source later = new Source("later", "later.txt", null, null, null, "en", DAY.plusDays(30),
        "A month after it struck, the earthquake in eastern Turkey has killed at least 1,498"
            + " people, officials said.", Source.Status.OK, List.of());

    CheckResult close = pipeline.compare(List.of(pipeline.extract(now), pipeline.extract(soon)));
    assertThat(support(close, "now", "1,498")).isEqualTo(2);
    assertThat(close.with(Finding.Verdict.AGREEMENT)).isNotEmpty();

    CheckResult apart = pipeline.compare(List.of(pipeline.extract(now), pipeline.extract(later)));
    assertThat(support(apart, "now", "1,498"))
        .as("a month apart, the same words speak of another time").isEqualTo(1);
    assertThat(apart.with(Finding.Verdict.AGREEMENT)).isEmpty();
  }
}
