package org.tadqiq.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text as the rules see it, with a map back to the original: every normalized char remembers the
 * original range it came from, so quotes and highlights are always cut from the original text. The
 * map stores only where normalization is not one char for one char (a mark dropped, a ligature
 * unfolded, a surrogate pair): between those places a normalized char is the original char at a
 * fixed shift.
 */
public final class NormalizedText {
  private final String original;
  private final String normalized;
  private final Pieces pieces;

  /**
   * The places where normalization is not one-to-one, in text order: each is a range of the
   * normalized text (possibly empty) made from a range of the original.
   */
  static final class Pieces {
    private int[] at = new int[64]; // normalized start, normalized length, original start, original length
    private int count;

    void add(int start, int length, int originalStart, int originalLength) {
      if (4 * count + 4 > at.length) {
        at = Arrays.copyOf(at, at.length * 2);
      }
      int k = 4 * count++;
      at[k] = start;
      at[k + 1] = length;
      at[k + 2] = originalStart;
      at[k + 3] = originalLength;
    }

    /** The last piece starting at or before normalized {@code index}, or -1. */
    int last(int index) {
      int lo = 0;
      int hi = count - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (at[4 * mid] <= index) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }
  }

  NormalizedText(String original, String normalized, Pieces pieces) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    this.pieces = pieces;
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
    return range(index, false);
  }

  /** Original offset just past the normalized range ending (exclusive) at {@code end}. */
  public int toOriginalEnd(int end) {
    if (end <= 0) {
      return 0;
    }
    return range(end - 1, true);
  }

  // where the normalized char at index came from: its original start, or its original end
  private int range(int index, boolean end) {
    int p = pieces == null ? -1 : pieces.last(index);
    if (p < 0) {
      return end ? index + 1 : index;
    }
    int[] a = pieces.at;
    int k = 4 * p;
    if (index < a[k] + a[k + 1]) {
      return end ? a[k + 2] + a[k + 3] : a[k + 2];
    }
    int shift = a[k + 2] + a[k + 3] - (a[k] + a[k + 1]);
    return end ? index + shift + 1 : index + shift;
  }
}
