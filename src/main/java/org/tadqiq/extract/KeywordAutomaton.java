package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed list of keywords, built of primitive arrays: chars are
 * mapped to dense classes by one table, the root has a dense row of transitions, other states a
 * short sorted run of (class, target) pairs, and each state the keywords that end there. Case is
 * folded one char at a time ({@link Character#toLowerCase(char)}) on keywords and text alike.
 * Every occurrence of every keyword is reported, overlaps included, in order of their end, and
 * among those ending together in the keywords' {@link String#compareTo} order — as
 * org.ahocorasick's case-insensitive trie reported them, without its boxed {@code
 * Map<Character, State>} per step (the hottest methods of a profile of {@code check}).
 */
final class KeywordAutomaton {
  /** Receives one occurrence: {@code text[start, end)} is keyword number {@code keyword}. */
  interface Hits {
    void hit(int start, int end, int keyword);
  }

  private final String[] keywords;
  private final char[] classOf = new char[Character.MAX_VALUE + 1]; // 0: in no keyword
  private final int[] rootNext;
  private final int[] edgeStart;
  private final char[] edgeClass;
  private final int[] edgeTarget;
  private final int[] fail;
  private final int[] outStart;
  private final int[] outputs;
  /**
   * By state: where its dense row of moves begins in {@link #dense}, or -1. The root's children
   * (the states a scan is in most) have one: their move on every class, the failure to the root
   * already taken, so a step from them is one array read instead of a search of their edges.
   */
  private final int[] denseRow;
  private final int[] dense;

  /** The automaton of {@code keywords} (distinct, none empty); hits name them by index. */
  KeywordAutomaton(List<String> keywords) {
    this.keywords = keywords.toArray(new String[0]);
    // classes: every folded char of a keyword, numbered from 1 in order of first use
    Map<Character, Character> classes = new HashMap<>();
    for (String k : this.keywords) {
      if (k.isEmpty()) {
        throw new IllegalArgumentException("an empty keyword");
      }
      for (int i = 0; i < k.length(); i++) {
        classes.computeIfAbsent(Character.toLowerCase(k.charAt(i)), c -> (char) (classes.size() + 1));
      }
    }
    if (classes.size() >= Character.MAX_VALUE) {
      throw new IllegalArgumentException("too many distinct chars in keywords");
    }
    char[] ofFolded = new char[Character.MAX_VALUE + 1];
    classes.forEach((c, cls) -> ofFolded[c] = cls);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      classOf[c] = ofFolded[Character.toLowerCase((char) c)];
    }
    // the trie, with sorted children while it is built
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> own = new ArrayList<>();
    children.add(new TreeMap<>());
    own.add(new ArrayList<>());
    for (int w = 0; w < this.keywords.length; w++) {
      String k = this.keywords[w];
      int s = 0;
      for (int i = 0; i < k.length(); i++) {
        char cls = classOf[k.charAt(i)];
        Integer t = children.get(s).get(cls);
        if (t == null) {
          t = children.size();
          children.add(new TreeMap<>());
          own.add(new ArrayList<>());
          children.get(s).put(cls, t);
        }
        s = t;
      }
      own.get(s).add(w);
    }
    int states = children.size();
    rootNext = new int[classes.size() + 1];
    edgeStart = new int[states + 1];
    int edges = 0;
    for (int s = 0; s < states; s++) {
      edgeStart[s] = edges;
      edges += s == 0 ? 0 : children.get(s).size();
    }
    edgeStart[states] = edges;
    edgeClass = new char[edges];
    edgeTarget = new int[edges];
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      rootNext[e.getKey()] = e.getValue();
    }
    for (int s = 1; s < states; s++) {
      int at = edgeStart[s];
      for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
        edgeClass[at] = e.getKey();
        edgeTarget[at++] = e.getValue();
      }
    }
    // failure links breadth first; a state's keywords are its own and its failure state's
    fail = new int[states];
    List<int[]> out = new ArrayList<>(states);
    for (int s = 0; s < states; s++) {
      out.add(null);
    }
    out.set(0, new int[0]);
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int t : children.get(0).values()) {
      fail[t] = 0;
      queue[tail++] = t;
    }
    while (head < tail) {
      int s = queue[head++];
      out.set(s, merge(own.get(s), out.get(fail[s])));
      for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
        int t = e.getValue();
        int f = fail[s];
        int next;
        while ((next = step(f, e.getKey())) < 0) {
          f = fail[f];
        }
        fail[t] = next == t ? 0 : next;
        queue[tail++] = t;
      }
    }
    int width = classes.size() + 1;
    denseRow = new int[states];
    Arrays.fill(denseRow, -1);
    dense = new int[children.get(0).size() * width];
    int row = 0;
    for (int t : children.get(0).values()) {
      denseRow[t] = row;
      for (int c = 1; c < width; c++) {
        int next = step(t, (char) c);
        dense[row + c] = next >= 0 ? next : rootNext[c]; // the failure of a child of the root is the root
      }
      row += width;
    }
    outStart = new int[states + 1];
    int total = 0;
    for (int s = 0; s < states; s++) {
      outStart[s] = total;
      total += out.get(s).length;
    }
    outStart[states] = total;
    outputs = new int[total];
    for (int s = 0; s < states; s++) {
      System.arraycopy(out.get(s), 0, outputs, outStart[s], out.get(s).length);
    }
  }

  // a state's keywords: its own and those of its failure state (already in order), in keyword order
  private int[] merge(List<Integer> own, int[] inherited) {
    if (own.isEmpty()) {
      return inherited;
    }
    int[] mine = own.stream().sorted((a, b) -> keywords[a].compareTo(keywords[b]))
        .mapToInt(Integer::intValue).toArray();
    if (inherited.length == 0) {
      return mine;
    }
    int[] all = new int[mine.length + inherited.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < mine.length || j < inherited.length) {
      all[n++] = j == inherited.length
          || i < mine.length && keywords[mine[i]].compareTo(keywords[inherited[j]]) <= 0
          ? mine[i++] : inherited[j++];
    }
    return all;
  }

  /** The keyword with this index. */
  String keyword(int index) {
    return keywords[index];
  }

  int size() {
    return keywords.length;
  }

  // the goto of state s on class c, or -1 (the root never fails: it stays)
  private int step(int s, char c) {
    if (s == 0) {
      return rootNext[c];
    }
    int lo = edgeStart[s];
    int hi = edgeStart[s + 1] - 1;
    if (hi - lo < 8) {
      for (int e = lo; e <= hi; e++) {
        if (edgeClass[e] == c) {
          return edgeTarget[e];
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeClass[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
  }

  /** Every keyword occurrence in a text, in the order {@link #scan} reports them. */
  static final class Found implements Hits {
    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    int[] keyword = new int[16];

    @Override
    public void hit(int s, int e, int k) {
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
        keyword = Arrays.copyOf(keyword, count * 2);
      }
      start[count] = s;
      end[count] = e;
      keyword[count++] = k;
    }

    /**
     * The occurrences lying wholly in {@code [from, to)} whose keyword {@code map} numbers (not
     * -1), renumbered by it and shifted to start at {@code from}: what a scan of that part alone
     * with the mapped keywords' automaton reports, in the same order (by end, then keyword order).
     */
    Found within(int from, int to, int[] map) {
      Found out = new Found();
      // ends never decrease: skip to the first occurrence ending after from
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (end[mid] <= from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int x = lo; x < count && end[x] <= to; x++) {
        int k = map[keyword[x]];
        if (k >= 0 && start[x] >= from) {
          out.hit(start[x] - from, end[x] - from, k);
        }
      }
      return out;
    }

    /** Indexes of the occurrences ordered by start, ties in order of report (a stable sort). */
    int[] byStart() {
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        keys[i] = ((long) start[i] << 32) | i;
      }
      Arrays.sort(keys);
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = (int) keys[i];
      }
      return order;
    }
  }

  /** Every keyword occurrence in {@code text}. */
  Found findAll(CharSequence text) {
    Found f = new Found();
    scan(text, 0, text.length(), f);
    return f;
  }

  /** Reports every keyword occurrence in {@code text[from, to)}. */
  void scan(CharSequence text, int from, int to, Hits hits) {
    int s = 0;
    for (int i = from; i < to; i++) {
      char c = classOf[text.charAt(i)];
      if (c == 0) {
        s = 0; // no keyword holds this char
        continue;
      }
      int next;
      while (true) {
        int row = denseRow[s];
        if (row >= 0) {
          next = dense[row + c];
          break;
        }
        if ((next = step(s, c)) >= 0) {
          break;
        }
        s = fail[s];
      }
      s = next;
      for (int o = outStart[s], end = outStart[s + 1]; o < end; o++) {
        int w = outputs[o];
        hits.hit(i + 1 - keywords[w].length(), i + 1, w);
      }
    }
  }
}
