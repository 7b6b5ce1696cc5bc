package org.tadqiq.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.LanguagePack;

/**
 * The automaton reports every occurrence of every keyword (overlaps included, case folded per char)
 * by end, then keyword order: checked against a plain search on random texts over the keywords'
 * own letters, and on the packs' real lexicons.
 */
class KeywordAutomatonTest {
  /** What the automaton must report, found the slow way. */
  private static List<String> expected(List<String> keywords, String text) {
    List<String> out = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      List<String> here = new ArrayList<>();
      for (String k : keywords) {
        int start = end - k.length();
        if (start >= 0 && folded(text, start, k)) {
          here.add(k);
        }
      }
      here.sort(Comparator.naturalOrder());
      for (String k : here) {
        out.add((end - k.length()) + "-" + end + ":" + k);
      }
    }
    return out;
  }

  private static boolean folded(String text, int start, String k) {
    for (int i = 0; i < k.length(); i++) {
      if (Character.toLowerCase(text.charAt(start + i)) != Character.toLowerCase(k.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> actual(KeywordAutomaton a, String text) {
    List<String> out = new ArrayList<>();
    a.scan(text, 0, text.length(), (s, e, k) -> out.add(s + "-" + e + ":" + a.keyword(k)));
    return out;
  }

  @Test
  void findsWhatAPlainSearchFinds() {
    Random r = new Random(9);
    String letters = "abcAB الو";
    for (int round = 0; round < 2000; round++) {
      LinkedHashSet<String> set = new LinkedHashSet<>();
      int n = 1 + r.nextInt(12);
      while (set.size() < n) {
        StringBuilder b = new StringBuilder();
        int len = 1 + r.nextInt(5);
        for (int i = 0; i < len; i++) {
          b.append(letters.charAt(r.nextInt(letters.length())));
        }
        set.add(b.toString().toLowerCase(java.util.Locale.ROOT));
      }
      List<String> keywords = new ArrayList<>(set);
      StringBuilder t = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        t.append(r.nextInt(10) == 0 ? 'x' : letters.charAt(r.nextInt(letters.length())));
      }
      String text = t.toString();
      assertThat(actual(new KeywordAutomaton(keywords), text)).as("%s in %s", keywords, text)
          .isEqualTo(expected(keywords, text));
    }
  }

  @Test
  void findsThePacksLexiconWordsInTheirExamples() {
    for (String lang : List.of("ar", "en")) {
      LanguagePack pack = TestRules.load().pack(lang).orElseThrow();
      for (String lexicon : pack.frameLexicons()) {
      List<String> keywords = new ArrayList<>(new LinkedHashSet<>(
          pack.lexicon(lexicon).formsLongestFirst().stream()
              .map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList()));
      StringBuilder text = new StringBuilder();
      for (var rule : pack.rules()) {
        rule.examples().forEach(e -> text.append(pack.normalizer().normalize(e.text()).normalized()).append('\n'));
      }
      KeywordAutomaton a = new KeywordAutomaton(keywords);
      assertThat(actual(a, text.toString())).as(lexicon).isEqualTo(expected(keywords, text.toString()));
      }
    }
  }
}
