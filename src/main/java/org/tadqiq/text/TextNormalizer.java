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
  // Normalization is per code point and context-free, so each BMP char's result is computed once
  // into a table: ONE | c when the char becomes the one char c (most chars), OTHER when it becomes
  // nothing or several chars (kept in {@link #other}), 0 when not yet computed. Racy filling is
  // harmless: every thread computes the same value, and an int is written whole.
  private static final int ONE = 1 << 16;
  private static final int OTHER = 2 << 16;
  private final int[] table = new int[Character.MAX_VALUE + 1];
  private final String[] other = new String[Character.MAX_VALUE + 1];

  public TextNormalizer(List<Step> steps, Map<String, String> charMap) {
    this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    this.charMap = Map.copyOf(Objects.requireNonNull(charMap, "charMap"));
  }

  public NormalizedText normalize(String original) {
    int length = original.length();
    char[] out = new char[length + 8];
    int n = 0;
    NormalizedText.Pieces pieces = null;
    int i = 0;
    while (i < length) {
      char ch = original.charAt(i);
      int t = table[ch];
      if (t == 0 && !Character.isSurrogate(ch)) {
        t = fill(ch);
      }
      if ((t & ONE) != 0) { // one char for one char: the offset map needs no entry
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = (char) t;
        i++;
        continue;
      }
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      String piece = t == OTHER ? other[ch] : normalizeCodePoint(cp);
      if (n + piece.length() > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + piece.length()));
      }
      if (pieces == null) {
        pieces = new NormalizedText.Pieces();
      }
      pieces.add(n, piece.length(), i, next - i);
      piece.getChars(0, piece.length(), out, n);
      n += piece.length();
      i = next;
    }
    return new NormalizedText(original, new String(out, 0, n), pieces);
  }

  private int fill(char ch) {
    String piece = normalizeCodePoint(ch);
    int t;
    if (piece.length() == 1) {
      t = ONE | piece.charAt(0);
    } else {
      other[ch] = piece;
      t = OTHER;
    }
    table[ch] = t;
    return t;
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
