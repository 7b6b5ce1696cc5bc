package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One find pass over all chars gives the same set as testing each char alone. */
class AtomCharsTest {
  @Test
  void sameAsOneCharAtATime() {
    for (String atom : new String[] {
        "[a-z]", "[^\\p{L}\\p{N}]", "\\p{L}", "\\P{IsArabic}", "\\s", "\\S", "\\w", "\\d", ".",
        "[\\n\\r\\u0085\\u2028\\u2029\\u000B\\u000C]", "\\x{643}", "[ًٌٍَُِّْـ]", "[،,؛;]"}) {
      for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.DOTALL,
          Pattern.UNICODE_CHARACTER_CLASS}) {
        Pattern p = Pattern.compile(atom, flags);
        assertThat(new AtomChars().of(p)).as(atom + " " + flags).isEqualTo(AtomChars.oneByOne(p));
      }
    }
  }

  @Test
  void aMatchOfOtherThanOneCharFallsBackToTheCharByCharTest() {
    for (String regex : new String[] {"\\b", "(?=a)", "ab|c", "x?"}) {
      Pattern p = Pattern.compile(regex);
      assertThat(new AtomChars().of(p)).as(regex).isEqualTo(AtomChars.oneByOne(p));
    }
  }
}
