package org.tadqiq.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Normalizes text once for matching, one original code point at a time so that every output char
 * keeps the original range it came from. The steps and the character map are the language pack's
 * data; the implementations are the JDK's NFKC and Lucene's ArabicNormalizer.
 */
public final class TextNormalizer {
  /** A normalization step a language pack may ask for. */
  public enum Step {
    NFKC,
    ARABIC,
    DIGITS,
    LOWERCASE
  }

  private final List<Step> steps;
  private final Map<String, String> charMap;
  private final ArabicNormalizer arabic = new ArabicNormalizer();
  // Normalization is per code point and context-free, so each BMP char's result is computed once.
  // Racy filling is harmless: every thread computes the same immutable String.
  private final String[] bmp = new String[Character.MAX_VALUE + 1];

  public TextNormalizer(List<Step> steps, Map<String, String> charMap) {
    this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    this.charMap = Map.copyOf(Objects.requireNonNull(charMap, "charMap"));
  }

  public NormalizedText normalize(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length() + 8];
    int[] ends = new int[original.length() + 8];
    int i = 0;
    while (i < original.length()) {
      char ch = original.charAt(i);
      if (!Character.isSurrogate(ch)) {
        String cached = bmp[ch];
        if (cached == null) {
          cached = normalizeCodePoint(ch);
          bmp[ch] = cached;
        }
        if (cached.length() == 1) {
          if (out.length() == starts.length) {
            starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            ends = java.util.Arrays.copyOf(ends, ends.length * 2);
          }
          starts[out.length()] = i;
          ends[out.length()] = i + 1;
          out.append(cached.charAt(0));
          i++;
          continue;
        }
      }
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      String piece = normalizeCodePoint(cp);
      for (int k = 0; k < piece.length(); k++) {
        if (out.length() == starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        }
        starts[out.length()] = i;
        ends[out.length()] = next;
        out.append(piece.charAt(k));
      }
      i = next;
    }
    return new NormalizedText(original, out.toString(), starts, ends);
  }

  private String normalizeCodePoint(int cp) {
    String s = new String(Character.toChars(cp));
    String mapped = charMap.get(s);
    if (mapped != null) {
      s = mapped;
    }
    for (Step step : steps) {
      s = apply(step, s);
      if (s.isEmpty()) {
        return s;
      }
    }
    return s;
  }

  private String apply(Step step, String s) {
    switch (step) {
      case NFKC:
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      case ARABIC:
        char[] buf = s.toCharArray();
        int len = arabic.normalize(buf, buf.length);
        return new String(buf, 0, len);
      case DIGITS:
        return foldDigits(s);
      case LOWERCASE:
        return s.toLowerCase(java.util.Locale.ROOT);
      default:
        throw new IllegalStateException("unknown step " + step);
    }
  }

  // Arabic-Indic and Persian digits become ASCII so that one pattern reads "٥٠" and "50".
  private static String foldDigits(String s) {
    StringBuilder b = null;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c > '9' && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(k, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? s : b.toString();
  }
}
