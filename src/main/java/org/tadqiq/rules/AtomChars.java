package org.tadqiq.rules;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chars of the Basic Multilingual Plane, surrogates left out, that a one-char atom of a pattern
 * ({@link RegexSyntax.Atom}: a class, an escape, a literal) matches on its own: every char
 * {@code c} for which {@code pattern.matcher(String.valueOf(c)).matches()}. Found with one {@code
 * find} pass over a text of all those chars, which gives the same set as a {@code matches} per char
 * whenever every match is one char long (an atom reads one char and nothing around it); any other
 * match falls back to the char-by-char test. Computed once per pattern and flags by each instance
 * (one per {@link PatternSafety} and per {@link FirstChars}; not thread-safe, as they are not): the
 * sets returned are shared by its callers and must not be changed.
 */
final class AtomChars {
  /** Every char of the Basic Multilingual Plane but the surrogates, in order (never changed). */
  private static final String ALL = everyChar();
  private final Map<String, BitSet> cache = new HashMap<>();

  BitSet of(Pattern p) {
    return cache.computeIfAbsent(p.flags() + ":" + p.pattern(), k -> compute(p));
  }

  private static String everyChar() {
    StringBuilder b = new StringBuilder(0x10000 - 0x800);
    for (int c = 0; c < 0x10000; c++) {
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private static BitSet compute(Pattern p) {
    String text = ALL;
    BitSet chars = new BitSet(0x10000);
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (m.end() != m.start() + 1) {
        return oneByOne(p);
      }
      chars.set(text.charAt(m.start()));
    }
    return chars;
  }

  /** The plain test: each char alone. */
  static BitSet oneByOne(Pattern p) {
    BitSet chars = new BitSet(0x10000);
    char[] one = new char[1];
    java.nio.CharBuffer text = java.nio.CharBuffer.wrap(one);
    Matcher m = p.matcher(text);
    for (int c = 0; c < 0x10000; c++) {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        continue;
      }
      one[0] = (char) c;
      if (m.reset(text).matches()) {
        chars.set(c);
      }
    }
    return chars;
  }
}
