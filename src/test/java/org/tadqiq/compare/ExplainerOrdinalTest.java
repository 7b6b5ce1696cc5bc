package org.tadqiq.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place in a series is told with its English suffix: "22nd summit" (review5b read "22th"). */
class ExplainerOrdinalTest {
  @Test
  void digitsTakeTheirSuffix() {
    assertThat(Explainer.ordinal(2)).isEqualTo("second");
    assertThat(Explainer.ordinal(21)).isEqualTo("21st");
    assertThat(Explainer.ordinal(22)).isEqualTo("22nd");
    assertThat(Explainer.ordinal(23)).isEqualTo("23rd");
    assertThat(Explainer.ordinal(12)).isEqualTo("12th");
    assertThat(Explainer.ordinal(113)).isEqualTo("113th");
  }
}
