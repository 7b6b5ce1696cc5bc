package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several lexicons' words found in one pass: one automaton holds every keyword of every lexicon,
 * and each occurrence is handed to the lexicons that hold its keyword, which then choose their
 * words as each would alone (a lexicon's occurrences keep the order its own automaton would report
 * them in: by end, then keyword order). Before, each sentence was scanned once per lexicon.
 */
final class LexiconScanners {
  private final List<String> names;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<LexiconScanner> scanners;
  private final KeywordAutomaton automaton;
  /** by keyword of the shared automaton: pairs of (scanner, its keyword number) */
  private final int[][] owners;

  LexiconScanners(Map<String, LexiconScanner> byName) {
    names = List.copyOf(byName.keySet());
    scanners = List.copyOf(byName.values());
    for (int s = 0; s < names.size(); s++) {
      numbers.put(names.get(s), s);
    }
    Map<String, List<int[]>> owned = new LinkedHashMap<>();
    for (int s = 0; s < scanners.size(); s++) {
      List<String> keywords = scanners.get(s).keywords();
      for (int k = 0; k < keywords.size(); k++) {
        owned.computeIfAbsent(keywords.get(k), x -> new ArrayList<>()).add(new int[] {s, k});
      }
    }
    List<String> all = new ArrayList<>(owned.keySet());
    automaton = new KeywordAutomaton(all);
    owners = new int[all.size()][];
    for (int i = 0; i < all.size(); i++) {
      List<int[]> o = owned.get(all.get(i));
      owners[i] = new int[2 * o.size()];
      for (int j = 0; j < o.size(); j++) {
        owners[i][2 * j] = o.get(j)[0];
        owners[i][2 * j + 1] = o.get(j)[1];
      }
    }
  }

  /** The keywords of all the lexicons, numbered as {@link #find(String, KeywordAutomaton.Found)} expects. */
  List<String> keywords() {
    List<String> out = new ArrayList<>(automaton.size());
    for (int i = 0; i < automaton.size(); i++) {
      out.add(automaton.keyword(i));
    }
    return out;
  }

  /** Each lexicon's words in {@code text}, by lexicon name. */
  Map<String, List<Hit>> find(String text) {
    return find(text, occurrences(text));
  }

  /**
   * Each lexicon's words in {@code text}, by lexicon name, from every occurrence of {@link
   * #keywords()} there in the order the automaton reports them.
   */
  Map<String, List<Hit>> find(String text, KeywordAutomaton.Found all) {
    Map<String, List<Hit>> out = new HashMap<>();
    for (int s = 0; s < scanners.size(); s++) {
      out.put(names.get(s), find(s, text, all));
    }
    return out;
  }

  /** Every occurrence of {@link #keywords()} in {@code text}. */
  KeywordAutomaton.Found occurrences(String text) {
    return automaton.findAll(text);
  }

  /** The number of lexicon {@code name} among these (for {@link #find(int, String, KeywordAutomaton.Found)}), or -1. */
  int number(String name) {
    return numbers.getOrDefault(name, -1);
  }

  /**
   * Lexicon number {@code lexicon}'s words in {@code text}, from every occurrence of {@link
   * #keywords()} there: the same as {@link #find(String, KeywordAutomaton.Found)} gives for it, so
   * a caller that needs a few lexicons of a sentence reads only those.
   */
  List<Hit> find(int lexicon, String text, KeywordAutomaton.Found all) {
    KeywordAutomaton.Found mine = new KeywordAutomaton.Found();
    for (int x = 0; x < all.count; x++) {
      int[] o = owners[all.keyword[x]];
      for (int j = 0; j < o.length; j += 2) {
        if (o[j] == lexicon) {
          mine.hit(all.start[x], all.end[x], o[j + 1]);
        }
      }
    }
    return scanners.get(lexicon).find(text, mine);
  }
}
