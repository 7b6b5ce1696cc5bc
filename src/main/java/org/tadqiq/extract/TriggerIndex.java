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

  /** For each sentence, the rules its words wake and where each rule's trigger words start. */
  List<Map<Integer, List<Integer>>> wake(String text, List<Sentence> sentences) {
    return wake(automaton.findAll(text), sentences);
  }

  /** As {@link #wake(String, List)}, from the text's occurrences ({@link #findAll}). */
  List<Map<Integer, List<Integer>>> wake(KeywordAutomaton.Found found, List<Sentence> sentences) {
    List<Map<Integer, List<Integer>>> woken = new java.util.ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      woken.add(new java.util.TreeMap<>());
    }
    int si = 0;
    for (int x : found.byStart()) {
      int start = found.start[x];
      int keyword = found.keyword[x];
      while (si < sentences.size() && sentences.get(si).end() <= start) {
        si++;
      }
      if (si == sentences.size()) {
        break;
      }
      if (sentences.get(si).contains(start)) {
        BitSet rules = rulesOf[keyword];
        for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
          woken.get(si).computeIfAbsent(r, key -> new java.util.ArrayList<>()).add(start);
        }
      }
    }
    return woken;
  }
}
