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
