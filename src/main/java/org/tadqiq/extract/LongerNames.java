package org.tadqiq.extract;

/**
 * Whether a one-word name of the people list stands inside a longer proper name: "Francis" of
 * "Francis Scott Key Bridge" is not the pope, "Harris" of "Harris County" not the vice president.
 * A one-word form followed by another capitalized word is such a part, unless the sentence
 * capitalizes most of its words (a headline: "Trump Meets Putin In Alaska"), where a capital tells
 * nothing. Scripts without capitals (Arabic) are never affected.
 */
final class LongerNames {
  /** share of capitalized words above which a sentence is read as a headline */
  private static final double HEADLINE_SHARE = 0.6;

  private LongerNames() {}

  /** Whether the hit [start, end) of {@code text}, in the sentence [from, to), begins a longer name. */
  static boolean partOfLongerName(String text, int start, int end, int from, int to) {
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false; // a form of several words is a full name already
      }
    }
    if (end + 2 > to || text.charAt(end) != ' ') {
      return false;
    }
    int next = text.codePointAt(end + 1);
    if (!Character.isUpperCase(next)) {
      return false;
    }
    int following = end + 1 + Character.charCount(next);
    if (following >= to || !Character.isLowerCase(text.codePointAt(following))) {
      return false; // "Trump U.S." or an acronym: no word of a name
    }
    return !headline(text, from, to);
  }

  /** Whether most words of the sentence begin with a capital letter. */
  static boolean headline(String text, int from, int to) {
    int words = 0;
    int capitalized = 0;
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i >= to) {
        break;
      }
      int first = text.codePointAt(i);
      int length = 0;
      while (i < to && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        length++;
      }
      if (length >= 4) { // short words (of, in, the) are lower case even in many headlines
        words++;
        if (Character.isUpperCase(first)) {
          capitalized++;
        }
      }
    }
    return words > 0 && capitalized > HEADLINE_SHARE * words;
  }
}
