package org.tadqiq.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text may be cut: only between user-perceived characters (extended grapheme clusters),
 * so a cut never splits a surrogate pair (an emoji), a letter from its diacritics, or a flag.
 * Every place that cuts a string to a length (quote windows, titles, article limits) asks here.
 */
public final class TextCuts {
  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  // Clusters are looked for in a window around the cut; a cluster longer than this (dozens of
  // stacked marks) may be cut inside, but never inside a code point.
  private static final int WINDOW = 64;

  private TextCuts() {}

  /** The nearest cut at or before {@code index}. */
  public static int atOrBefore(CharSequence text, int index) {
    int i = Math.max(0, Math.min(index, text.length()));
    if (i == 0 || i == text.length()) {
      return i;
    }
    int from = codePointStart(text, Math.max(0, i - WINDOW));
    int to = Math.min(text.length(), i + WINDOW);
    Matcher m = GRAPHEME.matcher(text).region(from, to);
    int best = from;
    while (m.find() && m.end() <= i) {
      best = m.end();
    }
    return best == from && from > 0 ? codePointStart(text, i) : best;
  }

  /** The nearest cut at or after {@code index}. */
  public static int atOrAfter(CharSequence text, int index) {
    int i = Math.max(0, Math.min(index, text.length()));
    if (i == 0 || i == text.length()) {
      return i;
    }
    int from = codePointStart(text, Math.max(0, i - WINDOW));
    int to = Math.min(text.length(), i + WINDOW);
    Matcher m = GRAPHEME.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() >= i) {
        return m.start() == i ? i : m.end();
      }
    }
    return codePointEnd(text, i);
  }

  /** At most {@code max} chars of {@code text}, cut between graphemes. */
  public static String prefix(String text, int max) {
    return text.length() <= max ? text : text.substring(0, atOrBefore(text, max));
  }

  private static int codePointStart(CharSequence s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
        && Character.isHighSurrogate(s.charAt(i - 1)) ? i - 1 : i;
  }

  private static int codePointEnd(CharSequence s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
        && Character.isHighSurrogate(s.charAt(i - 1)) ? i + 1 : i;
  }
}
