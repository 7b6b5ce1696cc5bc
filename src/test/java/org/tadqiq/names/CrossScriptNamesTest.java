package org.tadqiq.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/**
 * A name no list holds, in Arabic letters in one article and Latin letters in another, is one
 * holder of an office, not two; different names stay two (policy cross_script_names).
 */
class CrossScriptNamesTest {
  private final RuleBook rules = TestRules.load();
  private final CrossScriptNames names = rules.common().crossScriptNames();
  private static final LocalDate DAY = LocalDate.of(2025, 5, 2);

  @Test
  void everyPairThePolicyListsAsOneNameMatchesAndEveryOtherDoesNot() {
    var spec = rules.common().policies().crossScriptNames();
    assertThat(spec.same()).isNotEmpty();
    assertThat(spec.different()).isNotEmpty();
    for (List<String> pair : spec.same()) {
      assertThat(names.oneName(pair.get(0), pair.get(1))).as("%s", pair).isTrue();
      assertThat(names.oneName(pair.get(1), pair.get(0))).as("%s reversed", pair).isTrue();
    }
    for (List<String> pair : spec.different()) {
      assertThat(names.oneName(pair.get(0), pair.get(1))).as("%s", pair).isFalse();
    }
  }

  @Test
  void namesInOneScriptOrOfOneWordAreNeverComparedHere() {
    assertThat(names.oneName("narendra modi", "narendra modi")).isFalse();
    assertThat(names.oneName("ناريندرا مودي", "ناريندرا مودي")).isFalse();
    assertThat(names.oneName("modi", "مودي")).isFalse();
  }

  @Test
  void onlyTwoFullNamesWhoseKeysDifferAreClearlyTwo() {
    assertThat(names.clearlyTwo("narendra modi", "راهول غاندي")).isTrue();
    assertThat(names.clearlyTwo("narendra modi", "ناريندرا مودي")).isFalse();
    // a surname against a full name tells nothing
    assertThat(names.clearlyTwo("ebrahim raisi", "رئيسي")).isFalse();
    assertThat(names.clearlyTwo("narendra modi", "ناريندرا")).isFalse();
    assertThat(names.clearlyTwo("narendra modi", "rahul gandhi")).isFalse(); // one script: not here
  }

  @Test
  void aLatinSpellingsConsonantKeyReadsDigraphsFirst() {
    assertThat(names.key("klitschko")).isEqualTo(names.key("كليتشكو"));
    assertThat(names.key("charles")).isEqualTo(names.key("شارلز"));
    assertThat(names.key("sarkozy")).isEqualTo(names.key("ساركوزي"));
  }

  private CheckResult check(String english, String arabic) {
    CheckPipeline pipeline = new CheckPipeline(rules, 1);
    return TestSources.check(pipeline,
        TestSources.source("en", "en", DAY, english), TestSources.source("ar", "ar", DAY, arabic));
  }

  @Test
  void oneUnlistedHolderSpelledInTwoScriptsIsNoSecondHolder() {
    CheckResult r = check(
        "Indian Prime Minister Narendra Modi said on Thursday that the talks were useful.",
        "وقال رئيس الوزراء الهندي ناريندرا مودي الخميس إن المحادثات كانت مفيدة.");
    assertThat(r.findings()).noneMatch(f -> f.policy().id().equals("office.single-holder"));
  }

  @Test
  void twoUnlistedHoldersOfOneOfficeStayTwo() {
    CheckResult r = check(
        "Indian Prime Minister Narendra Modi said on Thursday that the talks were useful.",
        "وقال رئيس الوزراء الهندي راهول غاندي الخميس إن المحادثات كانت مفيدة.");
    assertThat(r.findings()).anyMatch(f -> f.policy().id().equals("office.single-holder")
        && f.verdict() != Finding.Verdict.AGREEMENT);
  }
}
