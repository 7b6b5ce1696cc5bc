package org.tadqiq.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.rules.RuleBook;

/**
 * Every anchor a series may be counted from ("since the war began", "since the start of the
 * year") has words in both interfaces: an Arabic report once read "اللقاء الثاني (منذ war start)"
 * because its label was kept under an id no rule makes.
 */
class SeriesAnchorWordsTest {
  @Test
  void everySeriesAnchorHasWordsInBothInterfaces() {
    RuleBook rules = TestRules.load();
    for (LanguagePack pack : rules.packs().values()) {
      for (LexiconEntry e : pack.lexicon("SERIES_ANCHOR").entries()) {
        for (String ui : new String[] {"en", "ar"}) {
          assertThat(Labels.of(ui).has("anchor." + e.id()))
              .as("anchor.%s in ui/%s.yaml (from %s)", e.id(), ui, pack.language()).isTrue();
        }
      }
    }
  }
}
