package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.Modality;

/**
 * What two sides agreed to do is still to come: "agreed to hold talks in Beijing on Friday",
 * "اتفقا على عقد محادثات في بكين يوم الجمعة" is a plan, and its Friday the next one.
 */
class AgreedToMeetTest {
  private static final LocalDate THURSDAY = LocalDate.of(2025, 7, 10);
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<String> times(String lang, String text) {
    return pipeline.extract(TestSources.source("s", lang, THURSDAY, text)).claims().stream()
        .filter(c -> c.kind() == ClaimKind.TIME)
        .map(c -> c.modality().id() + " " + ((ClaimValue.When) c.value()).date()).toList();
  }

  @Test
  void whatTwoSidesAgreedToDoIsAPlan() {
    assertThat(times("en", "The two leaders agreed to hold talks in Beijing on Friday."))
        .containsExactly(Modality.PLANNED.id() + " 2025-07-11");
    assertThat(times("ar", "واتفقا على عقد محادثات في بكين يوم الجمعة."))
        .containsExactly(Modality.PLANNED.id() + " 2025-07-11");
    assertThat(times("en", "The two leaders held talks in Beijing on Friday."))
        .containsExactly(Modality.REPORTED.id() + " 2025-07-04");
  }
}
