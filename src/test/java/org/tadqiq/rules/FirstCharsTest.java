package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;

/** The first chars of a pattern's matches are never fewer than its matches begin with. */
class FirstCharsTest {
  private static String chars(BitSet b) {
    StringBuilder s = new StringBuilder();
    for (int c = b.nextSetBit(0); c >= 0 && c < Character.MIN_SURROGATE; c = b.nextSetBit(c + 1)) {
      s.append((char) c);
    }
    return s.toString();
  }

  @Test
  void readsFirstItemsUpToOneThatMustReadAChar() {
    FirstChars f = new FirstChars();
    assertThat(chars(f.of(Pattern.compile("(?<!x)(?:a|b)?c+d")))).isEqualTo("abc");
    assertThat(chars(f.of(Pattern.compile("(?!z)(?:q{0,2}|r)\\Qst\\E")))).isEqualTo("qrs");
    // a positive lookahead before anything is read narrows the set ("(?=ب){PLACE}" begins with ب)
    assertThat(chars(f.of(Pattern.compile("(?<!x)(?=[bx])(?:a|b|x)c")))).isEqualTo("bx");
    assertThat(chars(f.of(Pattern.compile("(?:(?=b)\\w+|in )d")))).isEqualTo("bi");
    // not once a char may have been read before it, nor when it may read nothing
    assertThat(chars(f.of(Pattern.compile("a?(?=b)c")))).isEqualTo("ac");
    assertThat(chars(f.of(Pattern.compile("(?=x?)y")))).isEqualTo("y");
    assertThat(chars(f.of(Pattern.compile("(?<name>[0-2])x")))).isEqualTo("012");
    assertThat(chars(f.of(Pattern.compile("(?i:k)")))).contains("k", "K", "\u212A");
    assertThat(f.of(Pattern.compile("(a)\\1"))).isNull();
    assertThat(f.of(Pattern.compile("\uD83D\uDE00")).get(0xD83D)).isTrue();
  }

  @Test
  void everyMatchOfEveryRuleBeginsWithOneOfItsFirstChars() {
    int matches = 0;
    for (String lang : List.of("ar", "en")) {
      LanguagePack pack = TestRules.load().pack(lang).orElseThrow();
      String normalized = RuleTexts.normalized(pack);
      FirstChars first = new FirstChars();
      for (CompiledRule rule : pack.rules()) {
        BitSet set = first.of(rule.pattern());
        assertThat(set).as(rule.id()).isNotNull();
        Matcher m = rule.pattern().matcher(normalized);
        while (m.find()) {
          if (m.end() > m.start()) {
            matches++;
            assertThat(set.get(normalized.charAt(m.start())))
                .as("%s at %d: %s", rule.id(), m.start(), m.group()).isTrue();
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(100);
  }
}
