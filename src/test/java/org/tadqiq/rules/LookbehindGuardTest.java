package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;

/** A rule's leading lookbehinds asked after the rest: the same matches, in another order. */
class LookbehindGuardTest {
  @Test
  void leadingLookbehindsAreSplitFromTheRestAndCapturingOnesAreNot() {
    LookbehindGuard.Split s =
        LookbehindGuard.of(Pattern.compile("(?:(?<!war )(?<!peace ))in (?<place>Kyiv|Paris)"));
    assertThat(s).isNotNull();
    assertThat(s.guard().pattern()).isEqualTo("(?:(?<!war )(?<!peace ))");
    assertThat(s.body().pattern()).isEqualTo("in (?<place>Kyiv|Paris)");
    assertThat(LookbehindGuard.of(Pattern.compile("(?<=\\d (?<unit>km))x"))).isNull();
    assertThat(LookbehindGuard.of(Pattern.compile("in (?<place>Kyiv)"))).isNull();
    assertThat(LookbehindGuard.of(Pattern.compile("(?<!war )"))).isNull();
  }

  // issue 11: the Arabic government-seat exception is a lookbehind inside a lookbehind
  // ("حكومة " not after "مقر "); it is a lookbehind like any other and goes behind the body whole
  @Test
  void aNestedLookbehindAtTheHeadGoesBehindTheBodyWhole() {
    Pattern p = Pattern.compile("(?:(?<!war\\s)(?<!(?<!seat\\sof\\s)government\\s))in (?<place>Kyiv|Paris)");
    LookbehindGuard.Split s = LookbehindGuard.of(p);
    assertThat(s).isNotNull();
    assertThat(s.guard().pattern()).isEqualTo("(?:(?<!war\\s)(?<!(?<!seat\\sof\\s)government\\s))");
    assertThat(s.body().pattern()).isEqualTo("in (?<place>Kyiv|Paris)");
    for (String text : new String[] {"the government in Kyiv", "the seat of government in Paris",
        "talks in Paris", "war in Kyiv"}) {
      assertThat(starts(s, text)).as(text).isEqualTo(starts(p, text));
    }
    assertThat(starts(s, "the government in Kyiv")).isEmpty();
    assertThat(starts(s, "the seat of government in Paris")).hasSize(1);

    // and so it is in the Arabic place rules that carry it (NOT_VENUE)
    LanguagePack ar = TestRules.load().pack("ar").orElseThrow();
    for (CompiledRule r : ar.rules()) {
      if (r.id().equals("ar.place.in-place") || r.id().equals("ar.place.near-or-struck")) {
        LookbehindGuard.Split split = LookbehindGuard.of(r.pattern());
        assertThat(split).as(r.id()).isNotNull();
        assertThat(split.guard().pattern()).as(r.id()).contains("(?<!(?<!مقر");
        assertThat(split.body().pattern()).as(r.id()).doesNotContain("(?<!(?<!");
      }
    }
  }

  @Test
  void everyRuleOfThePacksMatchesTheSameWithItsGuardAskedLast() {
    String[] texts = {
      "وقع الانفجار في العاصمة كييف، بينما لم تتأثر الحرب في أوكرانيا ولا السلام في باريس.",
      "The war in Ukraine went on while talks in Paris resumed; 400 drones and 18 missiles hit Kyiv.",
      "قال وزير الخارجية الروسي سيرغي لافروف إن اللقاء استمر نحو 50 دقيقة في أنقرة يوم الخميس.",
    };
    RuleBook book = TestRules.load();
    int split = 0;
    for (var pack : book.packs().values()) {
      for (CompiledRule r : pack.rules()) {
        LookbehindGuard.Split s = LookbehindGuard.of(r.pattern());
        if (s == null) {
          continue;
        }
        split++;
        for (String text : texts) {
          assertThat(starts(s, text)).as(r.id()).isEqualTo(starts(r.pattern(), text));
        }
      }
    }
    assertThat(split).as("rules that begin with a lookbehind").isGreaterThan(5);
  }

  private static List<Integer> starts(Pattern whole, String text) {
    List<Integer> out = new java.util.ArrayList<>();
    Matcher m = whole.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int p = 0; p < text.length(); p++) {
      if (m.region(p, text.length()).lookingAt()) {
        out.add(p * 10000 + m.end());
      }
    }
    return out;
  }

  private static List<Integer> starts(LookbehindGuard.Split s, String text) {
    List<Integer> out = new java.util.ArrayList<>();
    Matcher body = s.body().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher guard = s.guard().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int p = 0; p < text.length(); p++) {
      if (body.region(p, text.length()).lookingAt()
          && guard.region(p, text.length()).lookingAt()) {
        out.add(p * 10000 + body.end());
      }
    }
    return out;
  }
}
