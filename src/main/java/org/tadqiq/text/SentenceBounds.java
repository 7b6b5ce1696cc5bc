package org.tadqiq.text;

/** Finds the sentence around a range of original text, for quoting a claim in its context. */
public final class SentenceBounds {
  /** How far (chars) a quote reaches before and after its claim when no sentence end is near. */
  private static final int REACH = 400;

  private SentenceBounds() {}

  /**
   * The sentence (or line) around [start, end) of the original text, as [from, to). A window cut
   * at {@link #REACH} falls between graphemes, never inside an emoji or a letter's marks.
   */
  public static int[] sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && !isSentenceEnd(text.charAt(from - 1)) && start - from < REACH) {
      from--;
    }
    from = TextCuts.atOrBefore(text, from);
    int to = end;
    while (to < text.length() && !isSentenceEnd(text.charAt(to)) && to - end < REACH) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++;
    }
    to = TextCuts.atOrAfter(text, to);
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return new int[] {from, to};
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n';
  }
}
