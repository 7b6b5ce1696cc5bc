package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.rules.Specs;

/**
 * Finds a lexicon's words in a text in one Aho-Corasick pass, with the same word edges and attached
 * prefixes as the lexicon's regex (leftmost, then longest) — far cheaper than running a large
 * alternation at every position of a long text.
 */
final class LexiconScanner {
  private final KeywordAutomaton automaton;
  // by keyword index: its entry, whether it is a form without the article's head, and the form as
  // the lexicon writes it when its case must match (a capitalized form), else null
  private final LexiconEntry[] entryOf;
  private final boolean[] contractedOf;
  private final String[] exactCaseOf;
  private final boolean clitics;
  private final Pattern prefix;
  private final Pattern contractedPrefix;

  LexiconScanner(Lexicon lexicon, Specs.Clitics cl) {
    this.clitics = lexicon.clitics() && cl != null;
    this.prefix = clitics ? Pattern.compile(cl.prefix()) : null;
    this.contractedPrefix = clitics && cl.articleContracted() != null
        ? Pattern.compile(cl.articleContracted()) : null;
    String article = cl == null || cl.article() == null ? "" : cl.article();
    Map<String, LexiconEntry> entries = new HashMap<>();
    Map<String, Boolean> contracted = new HashMap<>();
    Map<String, String> exactCase = new HashMap<>();
    List<String> keywords = new ArrayList<>();
    for (String form : lexicon.formsLongestFirst()) {
      LexiconEntry e = lexicon.lookup(form);
      add(keywords, entries, contracted, exactCase, form, e, false, lexicon.anyCase(form));
      if (contractedPrefix != null && !article.isEmpty() && form.startsWith(article)) {
        // "للبيت": the article's head is dropped after ل; the keyword is the form without it
        add(keywords, entries, contracted, exactCase, form.substring(1), e, true, lexicon.anyCase(form));
      }
    }
    automaton = new KeywordAutomaton(keywords);
    entryOf = keywords.stream().map(entries::get).toArray(LexiconEntry[]::new);
    contractedOf = new boolean[keywords.size()];
    exactCaseOf = new String[keywords.size()];
    for (int i = 0; i < keywords.size(); i++) {
      contractedOf[i] = contracted.get(keywords.get(i));
      exactCaseOf[i] = exactCase.get(keywords.get(i));
    }
  }

  private static void add(List<String> keywords, Map<String, LexiconEntry> entries,
      Map<String, Boolean> contracted, Map<String, String> exactCase, String form, LexiconEntry e,
      boolean isContracted, boolean anyCase) {
    String keyword = form.toLowerCase(java.util.Locale.ROOT);
    if (!entries.containsKey(keyword)) {
      entries.put(keyword, e);
      contracted.put(keyword, isContracted);
      if (!anyCase) {
        exactCase.put(keyword, form);
      }
      keywords.add(keyword);
    }
  }

  /** This lexicon's keywords (lower-case forms), numbered as {@link #find(String, KeywordAutomaton.Found)} expects. */
  List<String> keywords() {
    List<String> out = new ArrayList<>(automaton.size());
    for (int i = 0; i < automaton.size(); i++) {
      out.add(automaton.keyword(i));
    }
    return out;
  }

  List<Hit> find(String text) {
    return find(text, automaton.findAll(text));
  }

  /**
   * The lexicon's words in {@code text}, from every occurrence of its keywords there (numbered as
   * in {@link #keywords()}, in the order an automaton reports them): those with a word edge after
   * them and only attached prefixes before, leftmost first, then longest, then with the fewest attached letters.
   */
  List<Hit> find(String text, KeywordAutomaton.Found emits) {
    List<int[]> found = new ArrayList<>();
    List<Integer> words = new ArrayList<>();
    for (int x = 0; x < emits.count; x++) {
      int start = emits.start[x];
      int end = emits.end[x];
      int word = emits.keyword[x];
      String kw = automaton.keyword(word);
      if (!edgeAfter(text, end, kw)) {
        continue;
      }
      String exact = exactCaseOf[word];
      if (exact != null && !text.startsWith(exact, start)) {
        continue;
      }
      int from = start;
      if (letterEdge(kw.charAt(0))) {
        int w = start;
        while (w > 0 && isWordChar(text.charAt(w - 1))) {
          w--;
        }
        String pre = text.substring(w, start);
        boolean ok;
        if (contractedOf[word]) {
          ok = !pre.isEmpty() && contractedPrefix.matcher(pre + kw.charAt(0)).matches();
        } else {
          ok = pre.isEmpty() || clitics && prefix.matcher(pre).matches();
        }
        if (!ok) {
          continue;
        }
        from = w;
      }
      found.add(new int[] {from, start, end});
      words.add(word);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> found.get(i)[0])
        .thenComparingInt(i -> -(found.get(i)[2] - found.get(i)[0]))
        // the same word read whole beats it read as a prefix and a shorter form: "كسلا" is Kassala,
        // not ك + "سلا" (Salé)
        .thenComparingInt(i -> found.get(i)[1]));
    List<Hit> out = new ArrayList<>();
    int next = 0;
    for (int i : order) {
      int[] f = found.get(i);
      if (f[0] >= next) {
        out.add(new Hit(f[1], f[2], entryOf[words.get(i)]));
        next = f[2];
      }
    }
    return out;
  }

  private static boolean edgeAfter(String text, int end, String kw) {
    return !letterEdge(kw.charAt(kw.length() - 1)) || end >= text.length() || !isWordChar(text.charAt(end));
  }

  private static boolean letterEdge(char c) {
    return CharKinds.letterOrDigit(c);
  }

  // a letter, a digit or a mark
  private static boolean isWordChar(char c) {
    return CharKinds.wordChar(c);
  }
}
