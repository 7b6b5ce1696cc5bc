package org.tadqiq.text;

/** Finds the sentence around a range of original text, for quoting a claim in its context. */
public final class SentenceBounds {
  private SentenceBounds() {}

  /** The sentence (or line) around [start, end) of the original text, as [from, to). */
  public static int[] sentenceAround(String text, int start, int end) {
    int from = start;
    while (from > 0 && !isSentenceEnd(text.charAt(from - 1)) && start - from < 400) {
      from--;
    }
    int to = end;
    while (to < text.length() && !isSentenceEnd(text.charAt(to)) && to - end < 400) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++;
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return new int[] {from, to};
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n';
  }
}
