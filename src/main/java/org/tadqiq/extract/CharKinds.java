package org.tadqiq.extract;

/**
 * {@link Character}'s tests of a char, read from one table made once: the loops that look for
 * word starts and word edges ask them of nearly every char of a text, and each call walks
 * Character's property tables (a tenth of extraction's samples went to {@code Character.getType}).
 */
final class CharKinds {
  private static final byte LETTER_OR_DIGIT = 1;
  private static final byte WHITESPACE = 2;
  private static final byte WORD = 4;
  private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int t = Character.getType(c);
      byte k = 0;
      if (Character.isLetterOrDigit(c)) {
        k |= LETTER_OR_DIGIT;
      }
      if (Character.isWhitespace(c)) {
        k |= WHITESPACE;
      }
      if (Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
        k |= WORD;
      }
      KIND[i] = k;
    }
  }

  private CharKinds() {}

  /** {@link Character#isLetterOrDigit(char)} */
  static boolean letterOrDigit(char c) {
    return (KIND[c] & LETTER_OR_DIGIT) != 0;
  }

  /** {@link Character#isWhitespace(char)} */
  static boolean whitespace(char c) {
    return (KIND[c] & WHITESPACE) != 0;
  }

  /** a letter, a digit or a mark (non-spacing, combining spacing or enclosing) */
  static boolean wordChar(char c) {
    return (KIND[c] & WORD) != 0;
  }
}
