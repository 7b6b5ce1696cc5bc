package org.tadqiq.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;

/**
 * The offset map stores only where normalization is not one char for one char; it must answer
 * exactly as a full map (every normalized char's original range) would, on texts mixing dropped
 * marks, unfolded ligatures, surrogate pairs and lone surrogates.
 */
class NormalizedTextTest {
  private static final String[] PARTS = {
    "ا", "ب", "ة", "أ", "إ", "ى", "ً", "ّ", "ـ", "ﻻ", "٥", "۴", " ", "\n", "A", "b", "Ä", "½",
    "\uD83D\uDE00", "\uD800", "\uDC00", "ﬁ", "\u200B", "ئ", "x", "ﷺ"
  };

  @Test
  void theSparseMapAnswersAsAFullMapWould() {
    for (String lang : new String[] {"ar", "en"}) {
      TextNormalizer normalizer = TestRules.load().pack(lang).orElseThrow().normalizer();
      Random r = new Random(11);
      for (int round = 0; round < 500; round++) {
        StringBuilder b = new StringBuilder();
        int parts = r.nextInt(40);
        for (int k = 0; k < parts; k++) {
          b.append(PARTS[r.nextInt(PARTS.length)]);
        }
        String original = b.toString();
        // the full map, built one code point at a time
        StringBuilder expected = new StringBuilder();
        java.util.List<int[]> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < original.length(); ) {
          int next = i + Character.charCount(original.codePointAt(i));
          String piece = normalizer.normalize(original.substring(i, next)).normalized();
          for (int k = 0; k < piece.length(); k++) {
            ranges.add(new int[] {i, next});
          }
          expected.append(piece);
          i = next;
        }
        NormalizedText t = normalizer.normalize(original);
        assertThat(t.normalized()).as(original).isEqualTo(expected.toString());
        for (int j = 0; j < t.normalized().length(); j++) {
          assertThat(t.toOriginalStart(j)).as("%s start %d", original, j).isEqualTo(ranges.get(j)[0]);
          assertThat(t.toOriginalEnd(j + 1)).as("%s end %d", original, j + 1).isEqualTo(ranges.get(j)[1]);
        }
        assertThat(t.toOriginalStart(t.normalized().length())).isEqualTo(original.length());
        assertThat(t.toOriginalEnd(0)).isZero();
      }
    }
  }
}
