package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 9, point 8: patterns that can backtrack catastrophically are refused before they run. */
class PatternSafetyTest {
  private final PatternSafety plain = new PatternSafety(Map.of(), Map.of());

  private List<String> regex(String r) {
    return plain.checkRegex(r, 0);
  }

  @Test
  void nestedQuantifiersAndOverlappingAlternativesAreRefused() {
    assertThat(regex("(?:(?:ا|ا)+)+ب")).singleElement().asString()
        .contains("backtrack catastrophically").contains("'(?:ا|ا)+'");
    assertThat(regex("(a+)+b")).isNotEmpty();
    assertThat(regex("(a|aa)+b")).isNotEmpty();
    assertThat(regex("(\\s+\\S*)*x")).isNotEmpty();
    assertThat(regex("(?:\\p{L}+\\s?)+$")).isNotEmpty();
    assertThat(regex("(x+x+)+y")).isNotEmpty();
    assertThat(regex("(.*,){3,}")).isNotEmpty();
    assertThat(regex("(?i)(a|A)+b")).isNotEmpty();
    // matched on their own, a lookahead's or an atomic group's body backtracks too
    assertThat(regex("x(?=(a+)+b)")).isNotEmpty();
    assertThat(regex("(?>(a|aa)+b)")).isNotEmpty();
    assertThat(regex("(?:(a+)+b)++")).isNotEmpty();
  }

  @Test
  void patternsThatMatchEachTextOneWayAreAccepted() {
    assertThat(regex("(?:\\d+,)+\\d+")).isEmpty();
    assertThat(regex("(?:\\s+\\p{L}+){0,3}?x")).isEmpty();
    assertThat(regex("(a|b)+c")).isEmpty();
    assertThat(regex("a*b*c*")).isEmpty(); // polynomial at worst, bounded by the match budget
    assertThat(regex("(?>a+)+b")).isEmpty(); // atomic: no way back into it
    assertThat(regex("x(?=a+b)(?!c*d)")).isEmpty();
    assertThat(regex("(?:a++)+b")).isEmpty();
    assertThat(regex("(?<!\\p{L})[وب]?\\d+(?:[.,]\\d+)*(?!\\p{N})")).isEmpty();
    assertThat(regex("(?m)^\\s*(?:اقرأ|إقرأ) (?:أيضا|أيضاً)\\s*:?\\s*$")).isEmpty();
  }

  @Test
  void lookbehindsWithoutAMaximumLengthAreRefused() {
    assertThat(regex("(?<!صلاة\\s+)x")).singleElement().asString()
        .contains("lookbehind without a maximum length").contains("'\\s+'");
    assertThat(regex("(?<!a{2,})x")).isNotEmpty();
    assertThat(regex("(?<!صلاة\\s{1,8})x")).isEmpty();
    assertThat(regex("(?<=(?<![\\p{L}])[وب])x")).isEmpty();
  }

  @Test
  void inARulePatternPartsAreJudgedInPlaceAndWordListsAsWords() {
    PatternSafety rules = new PatternSafety(
        Map.of("DIGITS", "\\d+", "SPACED", "(?:{TITLE} )+"),
        Map.of("TITLE", List.of("وزير", "رئيس"), "ROLE", List.of("رئيس", "نائب"),
            "UNIT", List.of("دقيقة")));
    // a space in a rule pattern is one or more spaces; in a lookbehind the compiler bounds it
    assertThat(rules.checkRulePattern("(?<!صلاة ){UNIT}")).isEmpty();
    assertThat(rules.checkRulePattern("(?:{DIGITS})+ {UNIT}")).singleElement().asString()
        .contains("in part DIGITS: '\\d+'");
    assertThat(rules.checkRulePattern("(?:(?:{TITLE}|{ROLE}) )+{UNIT}")).isNotEmpty(); // share رئيس
    assertThat(rules.checkRulePattern("(?:(?:{TITLE}|{UNIT}) )+x")).isEmpty();
    assertThat(rules.checkRulePattern("(?: ~)+{UNIT}")).isNotEmpty();
    assertThat(rules.checkRulePattern("{SPACED}{UNIT}")).isEmpty();
    assertThat(rules.checkRulePattern("(?<!{DIGITS} )x")).singleElement().asString()
        .contains("in part DIGITS");
  }

  @Test
  void theCompilerBoundsTheSpacesItPutsInLookbehinds() {
    assertThat(RegexSyntax.boundLookbehinds("(?<!صلاة\\s+)(?:x\\s+)?y", 8))
        .isEqualTo("(?<!صلاة\\s{1,8})(?:x\\s+)?y");
    assertThat(RegexSyntax.boundLookbehinds("(?<=a*?b)c+", 4)).isEqualTo("(?<=a{0,4}?b)c+");
    assertThat(RegexSyntax.boundLookbehinds("[(?<!]\\Q(?<!a+)\\E(?<!b+)", 4))
        .isEqualTo("[(?<!]\\Q(?<!a+)\\E(?<!b{1,4})");
  }
}
