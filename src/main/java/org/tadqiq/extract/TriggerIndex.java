package org.tadqiq.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadqiq.rules.CompiledRule;
import org.tadqiq.rules.LanguagePack;

/**
 * Finds the cheap literal words (unit words, titles, weekdays ...) that wake rules, in one pass
 * over a text, so a rule's regex runs only on sentences where it can match: cost follows trigger
 * hits, not rules × text. Substring hits are fine here: a false wake costs a regex run, not a claim.
 */
final class TriggerIndex {
  private final KeywordAutomaton automaton;
  private final BitSet[] rulesOf; // by keyword index
  private final int ruleCount;

  TriggerIndex(LanguagePack pack) {
    this(pack, List.of());
  }

  /**
   * With {@code extra} keywords (lower-case) in the same automaton, woken by no rule: one pass
   * over a text then also gives their occurrences (the frame lexicons', see {@link #map}).
   */
  TriggerIndex(LanguagePack pack, List<String> extra) {
    Map<String, BitSet> rulesByWord = new HashMap<>();
    List<CompiledRule> rules = pack.rules();
    ruleCount = rules.size();
    // "للرئيس" holds no "الرئيس": after ل the article loses its head, so such a form also wakes
    // its rules without it (as LexiconScanner and the patterns read it)
    var cl = pack.clitics();
    String article = cl == null || cl.articleContracted() == null || cl.article() == null
        ? "" : cl.article();
    for (int i = 0; i < rules.size(); i++) {
      for (String lexicon : rules.get(i).triggers()) {
        var lex = pack.lexicon(lexicon);
        for (String form : lex.formsLongestFirst()) {
          rulesByWord.computeIfAbsent(form.toLowerCase(java.util.Locale.ROOT), f -> new BitSet()).set(i);
          if (lex.clitics() && !article.isEmpty() && form.startsWith(article)
              && form.length() > article.length()) {
            rulesByWord.computeIfAbsent(form.substring(1).toLowerCase(java.util.Locale.ROOT),
                f -> new BitSet()).set(i);
          }
        }
      }
    }
    for (String word : extra) {
      rulesByWord.computeIfAbsent(word, f -> new BitSet());
    }
    // case is folded here (a false wake costs a regex run, not a claim); rules check it
    List<String> words = rulesByWord.keySet().stream().sorted().toList();
    automaton = new KeywordAutomaton(words);
    rulesOf = words.stream().map(rulesByWord::get).toArray(BitSet[]::new);
  }

  /** Every occurrence of every keyword (trigger words and extras) in {@code text}. */
  KeywordAutomaton.Found findAll(String text) {
    return automaton.findAll(text);
  }

  /** By keyword of this index: its number in {@code keywords}, or -1. */
  int[] map(List<String> keywords) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < keywords.size(); i++) {
      number.put(keywords.get(i), i);
    }
    int[] out = new int[automaton.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = number.getOrDefault(automaton.keyword(k), -1);
    }
    return out;
  }

  /**
   * Where each rule's trigger words start in a text, by rule number (its place in the pack): one
   * sorted run of offsets per rule, all in one array. The extractor walks a rule's run sentence by
   * sentence with a cursor; before, each sentence held a map of rule to a list of boxed offsets,
   * and looking them up per (sentence, rule) was a tenth of the matching's samples.
   */
  static final class Woken {
    /** by rule: where its run begins in {@link #starts}; by rule + 1: where it ends */
    private final int[] runStart;
    private final int[] starts;

    private Woken(int[] runStart, int[] starts) {
      this.runStart = runStart;
      this.starts = starts;
    }

    /** A cursor for each rule, at the start of its run (for {@link #from}). */
    int[] cursors() {
      return java.util.Arrays.copyOf(runStart, runStart.length - 1);
    }

    /**
     * Moves rule {@code rule}'s cursor past the trigger words that start before {@code at} and
     * returns it: where the rule's trigger words from {@code at} on begin in {@link #start}.
     */
    int from(int rule, int at, int[] cursors) {
      int c = cursors[rule];
      int end = runStart[rule + 1];
      while (c < end && starts[c] < at) {
        c++;
      }
      cursors[rule] = c;
      return c;
    }

    /** Where rule {@code rule}'s run ends in {@link #start}. */
    int end(int rule) {
      return runStart[rule + 1];
    }

    /** The start of the trigger word at place {@code i} of the runs. */
    int start(int i) {
      return starts[i];
    }

    /** How many rules the runs are kept for. */
    int rules() {
      return runStart.length - 1;
    }
  }

  /** Where each rule's trigger words start in the text whose occurrences are {@code found}. */
  Woken wake(KeywordAutomaton.Found found) {
    int rules = ruleCount;
    int[] order = found.byStart();
    int[] count = new int[rules + 1];
    for (int x : order) {
      BitSet woken = rulesOf[found.keyword[x]];
      for (int r = woken.nextSetBit(0); r >= 0; r = woken.nextSetBit(r + 1)) {
        count[r + 1]++;
      }
    }
    for (int r = 0; r < rules; r++) {
      count[r + 1] += count[r];
    }
    int[] starts = new int[count[rules]];
    int[] fill = java.util.Arrays.copyOf(count, rules);
    // by start: each rule's run comes out sorted
    for (int x : order) {
      BitSet woken = rulesOf[found.keyword[x]];
      for (int r = woken.nextSetBit(0); r >= 0; r = woken.nextSetBit(r + 1)) {
        starts[fill[r]++] = found.start[x];
      }
    }
    return new Woken(count, starts);
  }
}
