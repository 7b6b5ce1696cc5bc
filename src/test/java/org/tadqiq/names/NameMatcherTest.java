package org.tadqiq.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.RuleBook;

/** Spelling variants of one name match; different people do not, however alike their names. */
class NameMatcherTest {
  private final RuleBook rules = TestRules.load();
  private final NameMatcher arabic = rules.pack("ar").orElseThrow().names();
  private final NameMatcher english = rules.pack("en").orElseThrow().names();

  private String norm(String lang, String s) {
    return rules.pack(lang).orElseThrow().normalizer().normalize(s).normalized();
  }

  @Test
  void arabicVariantsOfOneNameMatch() {
    assertThat(arabic.sameName(norm("ar", "سيرجي ريابكوف"), norm("ar", "سيرغي رايابكوف"))).isTrue();
    assertThat(arabic.sameName(norm("ar", "دونالد ترامب"), norm("ar", "دونالد ترمب"))).isTrue();
    assertThat(arabic.sameName(norm("ar", "فولوديمير زيلينسكي"), norm("ar", "فلوديمير زيلنسكي"))).isTrue();
  }

  @Test
  void differentPeopleWithAlikeNamesDoNotMatch() {
    assertThat(arabic.sameName(norm("ar", "محمد حسن"), norm("ar", "محمد حسين"))).isFalse();
    assertThat(arabic.sameName(norm("ar", "سيرجي لافروف"), norm("ar", "سيرجي شويغو"))).isFalse();
    assertThat(english.sameName("Mohamad Hasan", "Mohamad Hussein")).isFalse();
  }

  @Test
  void englishVariantsMatch() {
    assertThat(english.sameName("Sergei Ryabkov", "Sergei Riabkov")).isTrue();
    assertThat(english.sameName("Volodymyr Zelenskiy", "Volodymyr Zelenskyy")).isTrue();
    assertThat(english.sameName("Sergei Lavrov", "Sergei Lavrow")).isTrue();
  }

  @Test
  void anUnknownSpellingOfAKnownPersonResolvesToThemAndAWordTooManyIsDropped() {
    NameMatcher.Resolution r = arabic.resolve(norm("ar", "فلوديمير زيلنسكي قائلا"));
    assertThat(r).isNotNull();
    assertThat(r.personId()).isEqualTo("Q3874799");
    assertThat(r.tokens()).isEqualTo(2);
    // a name no list holds is never guessed into a known one
    assertThat(arabic.resolve(norm("ar", "محمد حسين"))).isNull();
    assertThat(english.resolve("Elmer Schialer")).isNull();
  }
}
