package org.tadqiq.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;

/** Normalization folds spelling variants and keeps a map back to the original text. */
class TextNormalizerTest {
  private final TextNormalizer normalizer =
      TestRules.load().pack("ar").orElseThrow().normalizer();

  @Test
  void foldsDiacriticsTatweelAlefsTaMarbutaAndDigits() {
    assertThat(normalizer.normalize("صاروخًا").normalized()).isEqualTo("صاروخا");
    assertThat(normalizer.normalize("الأميركيـــة").normalized()).isEqualTo("الاميركيه");
    assertThat(normalizer.normalize("٥٠ دقيقة").normalized()).isEqualTo("50 دقيقه");
    assertThat(normalizer.normalize("ﻻ").normalized()).isEqualTo("لا");
    assertThat(normalizer.normalize("أوکرانیا").normalized()).isEqualTo("اوكرانيا");
    // ئ keeps its hamza: طائرة must not become طايرة
    assertThat(normalizer.normalize("طائرة").normalized()).isEqualTo("طائره");
  }

  @Test
  void everyNormalizedRangeMapsBackToTheOriginal() {
    String original = "أطلقت أكثرَ من ٤٠٠ طائرةٍ مسيّرة";
    NormalizedText t = normalizer.normalize(original);
    int at = t.normalized().indexOf("400");
    assertThat(original.substring(t.toOriginalStart(at), t.toOriginalEnd(at + 3))).isEqualTo("٤٠٠");
    int drone = t.normalized().indexOf("طائره مسيره");
    int end = drone + "طائره مسيره".length();
    assertThat(original.substring(t.toOriginalStart(drone), t.toOriginalEnd(end)))
        .isEqualTo("طائرةٍ مسيّرة");
  }
}
