package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;

/** The first prefixes of a pattern's matches never turn away a place where one begins. */
class FirstPrefixesTest {
  private static FirstPrefixes of(String regex) {
    Pattern p = Pattern.compile(regex);
    return new FirstPrefixes.Reader(new FirstChars()).of(p, RegexSyntax.parseOrNull(p));
  }

  /** At the start of {@code text}, with more text after it (the region's end is left to the regex). */
  private static boolean allows(FirstPrefixes f, String text) {
    String more = text + " ...";
    return f.allows(more, 0, more.length());
  }

  @Test
  void readsUpToFourCharsDeep() {
    FirstPrefixes f = of("(?<!x)(?:قال|قالت) (?:نحو )?\\d+");
    assertThat(allows(f, "قال نحو 5")).isTrue();
    assertThat(allows(f, "قالت 5")).isTrue();
    assertThat(allows(f, "قاله 5")).isFalse();
    assertThat(allows(f, "قبل 5")).isFalse();
    // a lookaround reads nothing of the match; a repeat is read as often as it may be
    FirstPrefixes g = of("(?=ab)(?:a|b){2,3}c");
    assertThat(allows(g, "abac")).isTrue();
    assertThat(allows(g, "bbc")).isTrue();
    assertThat(allows(g, "bcc")).isFalse();
  }

  @Test
  void aWideClassLetsAnythingFollowAndDigitsAreOne() {
    FirstPrefixes f = of("في [\\p{L}]+");
    assertThat(allows(f, "في بيروت")).isTrue();
    assertThat(allows(f, "في 1")).isTrue(); // the class is not spelled out: anything may follow
    assertThat(allows(f, "فيه")).isFalse();
    FirstPrefixes year = of("19\\d\\d");
    assertThat(allows(year, "1999")).isTrue();
    assertThat(allows(year, "2024")).isTrue(); // digits are one char here: more, never fewer
    assertThat(allows(year, "19a9")).isFalse();
  }

  @Test
  void allowsWhatItCannotSpellOut() {
    assertThat(of("[\\p{L}]+")).as("a wide class first").isNull();
    assertThat(of("(a)\\1")).as("a back reference").isNull();
    assertThat(of("a?")).as("a match of nothing but lookarounds").isNull();
    FirstPrefixes f = of("ab");
    assertThat(f.allows("xa", 1, 2)).as("the end of the region within the prefix").isTrue();
    FirstPrefixes g = of("[a\\x{1F600}]b");
    assertThat(allows(g, "cb")).isFalse();
    assertThat(allows(g, "\uD83D\uDE00b")).as("a char outside the BMP").isTrue();
  }

  @Test
  void everyMatchOfEveryRuleBeginsWithOneOfItsPrefixes() {
    int matches = 0;
    int withPrefixes = 0;
    for (String lang : List.of("ar", "en")) {
      LanguagePack pack = TestRules.load().pack(lang).orElseThrow();
      String normalized = RuleTexts.normalized(pack);
      FirstPrefixes.Reader reader = new FirstPrefixes.Reader(new FirstChars());
      for (CompiledRule rule : pack.rules()) {
        FirstPrefixes prefixes = reader.of(rule.pattern(), RegexSyntax.parseOrNull(rule.pattern()));
        if (prefixes == null) {
          continue;
        }
        withPrefixes++;
        Matcher m = rule.pattern().matcher(normalized);
        m.useTransparentBounds(true);
        while (m.find()) {
          if (m.end() > m.start()) {
            matches++;
            assertThat(prefixes.allows(normalized, m.start(), m.end()))
                .as("%s at %d: %s", rule.id(), m.start(), m.group()).isTrue();
          }
        }
      }
    }
    assertThat(withPrefixes).as("rules with prefixes").isGreaterThan(80);
    assertThat(matches).isGreaterThan(100);
  }
}
