package org.tadqiq.text;

import java.util.Objects;

/**
 * Text as the rules see it, with a map back to the original: every normalized char remembers the
 * original range it came from, so quotes and highlights are always cut from the original text.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final int[] originalStart;
  private final int[] originalEnd;

  NormalizedText(String original, String normalized, int[] originalStart, int[] originalEnd) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** Original offset where the normalized char at {@code index} begins. */
  public int toOriginalStart(int index) {
    if (index >= normalized.length()) {
      return original.length();
    }
    return originalStart[index];
  }

  /** Original offset just past the normalized range ending (exclusive) at {@code end}. */
  public int toOriginalEnd(int end) {
    if (end <= 0) {
      return 0;
    }
    return originalEnd[end - 1];
  }
}
