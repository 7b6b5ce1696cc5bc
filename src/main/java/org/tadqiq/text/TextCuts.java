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
    if (i == 0 || i == text.length() || plainBoundary(text, i)) {
      return i;
    }
    return clusterEndAtOrBefore(text, i);
  }

  /** {@link #atOrBefore} by the clusters the regex finds, for {@code 0 < i < text.length()}. */
  static int clusterEndAtOrBefore(CharSequence text, int i) {
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
    if (i == 0 || i == text.length() || plainBoundary(text, i)) {
      return i;
    }
    return clusterEndAtOrAfter(text, i);
  }

  /** {@link #atOrAfter} by the clusters the regex finds, for {@code 0 < i < text.length()}. */
  static int clusterEndAtOrAfter(CharSequence text, int i) {
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

  /**
   * Whether a cluster ends at {@code i} whatever comes before or after, told by the two chars
   * around it: a cut between two chars that join nothing (Unicode's grapheme rules break between
   * them, GB999, and after or before a line feed, GB4 and GB5) needs no regex. Four cuts per claim
   * each ran {@code \\X} over a window of 128 chars (3 % of a {@code check}'s samples); most fall
   * between plain letters, digits, spaces and punctuation.
   */
  private static boolean plainBoundary(CharSequence text, int i) {
    return plain(text.charAt(i - 1)) && plain(text.charAt(i));
  }

  /**
   * A char of grapheme type Other (no mark, joiner, prepended mark, regional indicator, Hangul
   * jamo, pictograph or control) or a line feed: printable ASCII, Latin-1's letters, the Arabic
   * letters, digits, comma, semicolon and question mark, and the general punctuation of dashes,
   * quotes, bullets and ellipsis ({@code TextCutsTest} checks each against the regex).
   */
  static boolean plain(char c) {
    return c >= 0x20 && c < 0x7F || c == '\n' || c >= 0xC0 && c <= 0xFF
        || c >= 0x0621 && c <= 0x064A || c >= 0x0660 && c <= 0x0669
        || c == 0x060C || c == 0x061B || c == 0x061F || c >= 0x2010 && c <= 0x2027;
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
