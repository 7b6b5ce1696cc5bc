package org.tadqiq.text;

/**
 * Whether a text has anything to read. White space here is every Unicode space (no-break spaces
 * included, which {@link String#isBlank()} counts as text) and every invisible format character
 * (zero-width spaces and joiners, byte-order marks, bidi controls): a file of only those is empty.
 */
public final class Blank {
  private Blank() {}

  public static boolean isBlank(CharSequence s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isInvisible(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static boolean isInvisible(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
