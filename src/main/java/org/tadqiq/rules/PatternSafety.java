package org.tadqiq.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a pattern before it ever runs, on its source:
 * <ul>
 *   <li>a pattern that can backtrack catastrophically is refused: one whose repetitions can match
 *       the same text in more than one way — nested quantifiers ({@code (a+)+}), overlapping
 *       alternatives under a quantifier ({@code (a|ab)+}, {@code (?:(?:ا|ا)+)+ب}) — so that a
 *       failing match tries exponentially many ways. Found exactly on the pattern's position
 *       automaton: some state has two different paths back to itself reading the same text (the
 *       strongly connected components of the automaton's square; Weber & Seidl).
 *   <li>a lookbehind without a maximum length is refused ({@code (?<!x\s+)}): java.util.regex then
 *       scans back to the start of the text at every try, quadratic in the text's length.
 * </ul>
 * In a rule pattern a {@code {NAME}} is a part (its own pattern, judged in place) or a word list
 * (one word, overlapping another list that shares a form, and a character class that holds one of
 * its first letters); lookarounds and anchors match no text; an atomic group or possessive
 * repetition is one step. Works on the pattern's text alone, so any engine can ask it.
 */
public final class PatternSafety {
  /** Bounded repetitions up to this many copies are judged as written; larger ones as unbounded. */
  private static final int MAX_COPIES = 4;
  /** A pattern with more positions than this is not judged (the run-time budget still guards it). */
  private static final int MAX_POSITIONS = 3000;

  private final Map<String, String> parts;
  private final List<String> wordListNames = new ArrayList<>();
  private final Map<String, Integer> wordListIndex = new HashMap<>();
  private final List<BitSet> wordFirstChars = new ArrayList<>();
  private final List<BitSet> wordOverlaps = new ArrayList<>();
  private final Map<String, CharSet> atoms = new HashMap<>();
  private final Map<String, RegexSyntax.Node> parsedParts = new HashMap<>();

  /**
   * @param parts named parts: name → rule-pattern source
   * @param wordLists word lists: name → their (normalized) forms
   */
  private final AtomChars atomChars = new AtomChars();

  public PatternSafety(Map<String, String> parts, Map<String, ? extends Collection<String>> wordLists) {
    this.parts = parts == null ? Map.of() : parts;
    List<Set<String>> forms = new ArrayList<>();
    wordLists.keySet().stream().sorted().forEach(name -> {
      wordListIndex.put(name, wordListNames.size());
      wordListNames.add(name);
      Set<String> f = new HashSet<>(wordLists.get(name));
      forms.add(f);
      BitSet first = new BitSet(0x10000);
      f.forEach(w -> {
        if (!w.isEmpty()) {
          first.set(w.charAt(0));
        }
      });
      wordFirstChars.add(first);
    });
    Map<String, BitSet> listsOfForm = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      int list = i;
      forms.get(i).forEach(f -> listsOfForm.computeIfAbsent(f, k -> new BitSet()).set(list));
      BitSet self = new BitSet();
      self.set(i);
      wordOverlaps.add(self);
    }
    for (BitSet lists : listsOfForm.values()) {
      if (lists.cardinality() > 1) {
        for (int i = lists.nextSetBit(0); i >= 0; i = lists.nextSetBit(i + 1)) {
          wordOverlaps.get(i).or(lists);
        }
      }
    }
  }

  /** The problems of a rule pattern; empty when it is safe. */
  public List<String> checkRulePattern(String pattern) {
    RegexSyntax.Node root;
    try {
      root = RegexSyntax.parseRulePattern(pattern);
    } catch (RegexSyntax.SyntaxError e) {
      return List.of(); // what java.util.regex rejects is reported when the pattern is compiled
    }
    return judge(root, new Where("", pattern));
  }

  /** The problems of a plain java.util.regex pattern; empty when it is safe. */
  public List<String> checkRegex(String regex, int flags) {
    RegexSyntax.Node root;
    try {
      root = RegexSyntax.parse(regex, flags);
    } catch (RegexSyntax.SyntaxError e) {
      return List.of();
    }
    return judge(root, new Where("", regex));
  }

  /** The text a part of the tree comes from: the pattern itself or one of its parts. */
  private record Where(String label, String source) {
    String show(int start, int end) {
      String s = source.substring(start, Math.min(end, source.length()));
      if (s.length() > 60) {
        s = s.substring(0, 57) + "…";
      }
      return (label.isEmpty() ? "" : "in part " + label + ": ") + "'" + s + "'";
    }
  }

  private List<String> judge(RegexSyntax.Node root, Where where) {
    Set<String> problems = new LinkedHashSet<>();
    lookbehinds(root, where, false, new ArrayDeque<>(), problems);
    Automaton a = new Automaton();
    try {
      List<String> loops = new ArrayList<>();
      a.judge(root, where, new ArrayDeque<>(), loops);
      for (String loop : loops) {
        problems.add("the pattern can backtrack catastrophically: " + loop + " can match the same"
            + " text in more than one way (nested quantifiers or overlapping alternatives), so a"
            + " match that fails tries exponentially many; let each piece of text be matched one"
            + " way only");
      }
    } catch (TooLarge e) {
      // judged at run time by the match budget only
    }
    return List.copyOf(problems);
  }

  private void lookbehinds(RegexSyntax.Node n, Where where, boolean inside, Deque<String> stack,
      Set<String> problems) {
    if (n instanceof RegexSyntax.Repeat r) {
      if (inside && r.max() == RegexSyntax.MANY && !r.implicit()) {
        problems.add("a lookbehind without a maximum length: " + where.show(r.start(), r.end())
            + " repeats without bound inside it; give it a bound such as {1,8}");
      }
      lookbehinds(r.body(), where, inside, stack, problems);
    } else if (n instanceof RegexSyntax.Group g) {
      lookbehinds(g.body(), where, inside || g.lookbehind(), stack, problems);
    } else if (n instanceof RegexSyntax.Seq s) {
      s.items().forEach(i -> lookbehinds(i, where, inside, stack, problems));
    } else if (n instanceof RegexSyntax.Alt a) {
      a.options().forEach(o -> lookbehinds(o, where, inside, stack, problems));
    } else if (n instanceof RegexSyntax.Ref ref && parts.containsKey(ref.name())
        && !stack.contains(ref.name())) {
      stack.push(ref.name());
      RegexSyntax.Node part = part(ref.name());
      if (part != null) {
        lookbehinds(part, new Where(ref.name(), parts.get(ref.name())), inside, stack, problems);
      }
      stack.pop();
    }
  }

  private RegexSyntax.Node part(String name) {
    if (!parsedParts.containsKey(name)) {
      RegexSyntax.Node n;
      try {
        n = RegexSyntax.parseRulePattern(parts.get(name));
      } catch (RegexSyntax.SyntaxError e) {
        n = null;
      }
      parsedParts.put(name, n);
    }
    return parsedParts.get(name);
  }

  /**
   * What one position of the automaton reads: characters (of the BMP, and whether any beyond
   * it), or a word of a word list ({@code words}: it and the lists sharing a form with it);
   * {@code heads} are the word lists whose words a set of characters can begin, so a class and a
   * word overlap when the class holds a word's first letter.
   */
  private record CharSet(BitSet chars, boolean astral, BitSet words, BitSet heads) {
    boolean overlaps(CharSet o) {
      return chars.intersects(o.chars) || astral && o.astral || words.intersects(o.words)
          || words.intersects(o.heads) || heads.intersects(o.words);
    }

    CharSet union(CharSet o) {
      return new CharSet(or(chars, o.chars), astral || o.astral, or(words, o.words), or(heads, o.heads));
    }

    private static BitSet or(BitSet a, BitSet b) {
      BitSet c = (BitSet) a.clone();
      c.or(b);
      return c;
    }
  }

  private static final CharSet NOTHING = new CharSet(new BitSet(), false, new BitSet(), new BitSet());

  private CharSet atom(RegexSyntax.Atom atom) {
    String key = atom.flags() + ":" + atom.source();
    CharSet cs = atoms.get(key);
    if (cs == null) {
      cs = compute(atom);
      atoms.put(key, cs);
    }
    return cs;
  }

  private CharSet compute(RegexSyntax.Atom atom) {
    BitSet chars = new BitSet(0x10000);
    boolean astral = false;
    String src = atom.source();
    boolean caseless = (atom.flags() & Pattern.CASE_INSENSITIVE) != 0;
    if (src.startsWith("\\x{") && !caseless) {
      int cp = Integer.parseInt(src.substring(3, src.length() - 1), 16);
      if (cp < 0x10000) {
        chars.set(cp);
      } else {
        astral = true;
      }
    } else {
      Pattern p;
      try {
        p = Pattern.compile(src, atom.flags() & ~Pattern.COMMENTS);
      } catch (RuntimeException e) {
        p = Pattern.compile("(?s:.)"); // unknown: assume it may read anything
      }
      chars = atomChars.of(p); // shared: read, never changed
      for (int cp : new int[] {0x10000, 0x1F600, 0x20000, 0xE0041}) {
        if (p.matcher(new String(Character.toChars(cp))).matches()) {
          astral = true;
        }
      }
    }
    BitSet heads = new BitSet();
    for (int i = 0; i < wordFirstChars.size(); i++) {
      if (chars.intersects(wordFirstChars.get(i))) {
        heads.set(i);
      }
    }
    return new CharSet(chars, astral, new BitSet(), heads);
  }

  private CharSet word(String name) {
    Integer i = wordListIndex.get(name);
    BitSet w = new BitSet();
    if (i != null) {
      w.or(wordOverlaps.get(i));
    } else {
      w.set(wordListNames.size() + Math.abs(name.hashCode() % 100_000)); // unknown: its own word
    }
    return new CharSet(new BitSet(), false, w, new BitSet());
  }

  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** first and last positions of a piece, and whether it can match nothing. */
  private record Frag(BitSet first, BitSet last, boolean nullable) {
    static Frag empty() {
      return new Frag(new BitSet(), new BitSet(), true);
    }
  }

  /** The position (Glushkov) automaton of a pattern: state 0 starts, state p reads set p. */
  private final class Automaton {
    final List<CharSet> sets = new ArrayList<>(List.of(NOTHING));
    final List<BitSet> follow = new ArrayList<>(List.of(new BitSet()));
    /** Follow edges made twice (a loop inside a loop over the same text): two ways to step. */
    final List<BitSet> followTwice = new ArrayList<>(List.of(new BitSet()));
    /** For each position, the innermost unbounded repetition around it, as shown in messages. */
    final List<String> loops = new ArrayList<>(java.util.Collections.singletonList(null));

    /**
     * Builds the automaton of {@code n} and adds the ambiguous loops of it and of every piece
     * matched on its own (a lookaround's body, an atomic group's: each backtracks inside itself
     * when it is tried) to {@code found}.
     */
    void judge(RegexSyntax.Node n, Where where, Deque<String> parts, List<String> found) {
      Frag f = build(n, where, parts, new ArrayDeque<>());
      follow.get(0).or(f.first());
      found.addAll(ambiguousLoops());
      found.addAll(nested);
    }

    /** Ambiguous loops of the pieces matched on their own. */
    final List<String> nested = new ArrayList<>();

    private void separately(RegexSyntax.Node body, Where where, Deque<String> parts) {
      Automaton inner = new Automaton();
      inner.judge(body, where, parts, nested);
    }

    private int position(CharSet cs, Deque<String> enclosingLoops) {
      if (sets.size() > MAX_POSITIONS) {
        throw new TooLarge();
      }
      sets.add(cs);
      follow.add(new BitSet());
      followTwice.add(new BitSet());
      loops.add(enclosingLoops.peek());
      return sets.size() - 1;
    }

    Frag build(RegexSyntax.Node n, Where where, Deque<String> parts, Deque<String> enclosingLoops) {
      if (n instanceof RegexSyntax.Atom atom) {
        return single(position(atom(atom), enclosingLoops), false);
      }
      if (n instanceof RegexSyntax.Ref ref) {
        if (PatternSafety.this.parts.containsKey(ref.name())) {
          RegexSyntax.Node part = part(ref.name());
          if (part == null || parts.contains(ref.name())) {
            return Frag.empty(); // a broken or circular part is reported by the compiler
          }
          parts.push(ref.name());
          Frag f = build(part, new Where(ref.name(), PatternSafety.this.parts.get(ref.name())),
              parts, enclosingLoops);
          parts.pop();
          return f;
        }
        return single(position(word(ref.name()), enclosingLoops), false);
      }
      if (n instanceof RegexSyntax.Seq s) {
        Frag acc = Frag.empty();
        for (RegexSyntax.Node item : s.items()) {
          acc = sequence(acc, build(item, where, parts, enclosingLoops));
        }
        return acc;
      }
      if (n instanceof RegexSyntax.Alt a) {
        BitSet first = new BitSet();
        BitSet last = new BitSet();
        boolean nullable = false;
        for (RegexSyntax.Node o : a.options()) {
          Frag f = build(o, where, parts, enclosingLoops);
          first.or(f.first());
          last.or(f.last());
          nullable |= f.nullable();
        }
        return new Frag(first, last, nullable);
      }
      if (n instanceof RegexSyntax.Group g) {
        if (g.kind() == RegexSyntax.Kind.PLAIN) {
          return build(g.body(), where, parts, enclosingLoops);
        }
        if (g.kind() == RegexSyntax.Kind.ATOMIC) {
          return opaque(g.body(), where, parts, enclosingLoops, false);
        }
        separately(g.body(), where, parts); // a lookaround reads no text, but is itself matched
        return Frag.empty();
      }
      if (n instanceof RegexSyntax.Repeat r) {
        return repeat(r, where, parts, enclosingLoops);
      }
      return Frag.empty();
    }

    private Frag repeat(RegexSyntax.Repeat r, Where where, Deque<String> parts,
        Deque<String> enclosingLoops) {
      if (r.mode() == 'p') {
        return opaque(r.body(), where, parts, enclosingLoops, r.min() == 0);
      }
      if (r.max() == 0) {
        return Frag.empty();
      }
      boolean unbounded = r.max() == RegexSyntax.MANY || r.max() > MAX_COPIES;
      if (unbounded) {
        enclosingLoops.push(where.show(r.start(), r.end()));
        Frag f = build(r.body(), where, parts, enclosingLoops);
        enclosingLoops.pop();
        for (int p = f.last().nextSetBit(0); p >= 0; p = f.last().nextSetBit(p + 1)) {
          link(p, f.first());
        }
        return new Frag(f.first(), f.last(), f.nullable() || r.min() == 0);
      }
      Frag acc = Frag.empty();
      int min = Math.min(r.min(), r.max());
      for (int i = 0; i < min; i++) {
        acc = sequence(acc, build(r.body(), where, parts, enclosingLoops));
      }
      // the optional copies: each may follow only the one before it
      List<Frag> optional = new ArrayList<>();
      for (int i = min; i < r.max(); i++) {
        optional.add(build(r.body(), where, parts, enclosingLoops));
      }
      Frag tail = Frag.empty();
      for (int i = optional.size() - 1; i >= 0; i--) {
        Frag f = sequence(optional.get(i), tail);
        tail = new Frag(f.first(), f.last(), true);
      }
      return sequence(acc, tail);
    }

    /** An atomic group or possessive repetition: one step over all the text it can read. */
    private Frag opaque(RegexSyntax.Node body, Where where, Deque<String> parts,
        Deque<String> enclosingLoops, boolean mayBeEmpty) {
      Automaton inner = new Automaton();
      Frag f = inner.build(body, where, parts, new ArrayDeque<>());
      inner.follow.get(0).or(f.first());
      nested.addAll(inner.ambiguousLoops()); // it backtracks inside itself until it first matches
      nested.addAll(inner.nested);
      CharSet all = NOTHING;
      for (CharSet cs : inner.sets) {
        all = all.union(cs);
      }
      if (f.first().isEmpty()) {
        return Frag.empty();
      }
      return single(position(all, enclosingLoops), mayBeEmpty || f.nullable());
    }

    private Frag single(int p, boolean nullable) {
      BitSet b = new BitSet();
      b.set(p);
      return new Frag(b, (BitSet) b.clone(), nullable);
    }

    private void link(int p, BitSet next) {
      BitSet again = (BitSet) follow.get(p).clone();
      again.and(next);
      followTwice.get(p).or(again);
      follow.get(p).or(next);
    }

    private Frag sequence(Frag a, Frag b) {
      for (int p = a.last().nextSetBit(0); p >= 0; p = a.last().nextSetBit(p + 1)) {
        link(p, b.first());
      }
      BitSet first = (BitSet) a.first().clone();
      if (a.nullable()) {
        first.or(b.first());
      }
      BitSet last = (BitSet) b.last().clone();
      if (b.nullable()) {
        last.or(a.last());
      }
      return new Frag(first, last, a.nullable() && b.nullable());
    }

    /**
     * The loops around states with two different paths back to themselves reading the same text:
     * in the automaton's square, a strongly connected component holding a pair (p, p) and either a
     * pair (q, r) with q ≠ r or a step (q, q) → (r, r) that the automaton can take two ways.
     */
    List<String> ambiguousLoops() {
      int n = sets.size();
      Map<Long, Integer> index = new HashMap<>();
      List<long[]> states = new ArrayList<>();
      Deque<Integer> todo = new ArrayDeque<>();
      index.put(0L, 0);
      states.add(new long[] {0, 0});
      todo.add(0);
      List<List<Integer>> adjacency = new ArrayList<>();
      adjacency.add(new ArrayList<>());
      List<int[]> twoWays = new ArrayList<>();
      while (!todo.isEmpty()) {
        int s = todo.poll();
        int p = (int) states.get(s)[0];
        int q = (int) states.get(s)[1];
        BitSet fp = follow.get(p);
        BitSet fq = follow.get(q);
        for (int a = fp.nextSetBit(0); a >= 0; a = fp.nextSetBit(a + 1)) {
          // the square is symmetric: (a, b) and (b, a) stand for each other, so only a <= b is kept
          for (int b = fq.nextSetBit(p == q ? a : 0); b >= 0; b = fq.nextSetBit(b + 1)) {
            if (!sets.get(a).overlaps(sets.get(b))) {
              continue;
            }
            long key = a <= b ? (long) a * n + b : (long) b * n + a;
            Integer t = index.get(key);
            if (t == null) {
              if (states.size() > 2_000_000) {
                throw new TooLarge();
              }
              t = states.size();
              index.put(key, t);
              states.add(new long[] {Math.min(a, b), Math.max(a, b)});
              adjacency.add(new ArrayList<>());
              todo.add(t);
            }
            adjacency.get(s).add(t);
            if (p == q && a == b && followTwice.get(p).get(a)) {
              twoWays.add(new int[] {s, t});
            }
          }
        }
      }
      int[] component = components(adjacency);
      Map<Integer, Integer> diagonal = new HashMap<>();
      Set<Integer> mixed = new HashSet<>();
      for (int s = 1; s < states.size(); s++) {
        long[] pq = states.get(s);
        if (pq[0] == pq[1]) {
          diagonal.putIfAbsent(component[s], (int) pq[0]);
        } else {
          mixed.add(component[s]);
        }
      }
      for (int[] e : twoWays) {
        if (component[e[0]] == component[e[1]]) {
          mixed.add(component[e[0]]);
        }
      }
      Set<String> out = new LinkedHashSet<>();
      diagonal.forEach((c, p) -> {
        if (mixed.contains(c)) {
          out.add(loops.get(p) == null ? "a repetition" : loops.get(p));
        }
      });
      return new ArrayList<>(out);
    }
  }

  /** Strongly connected components (Tarjan, without recursion): the component of each state. */
  private static int[] components(List<List<Integer>> adjacency) {
    int n = adjacency.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    java.util.Arrays.fill(index, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      Deque<int[]> work = new ArrayDeque<>(); // {state, next edge}
      work.push(new int[] {root, 0});
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (!work.isEmpty()) {
        int[] top = work.peek();
        int v = top[0];
        List<Integer> out = adjacency.get(v);
        if (top[1] < out.size()) {
          int w = out.get(top[1]++);
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            work.push(new int[] {w, 0});
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          work.pop();
          if (!work.isEmpty()) {
            int u = work.peek()[0];
            low[u] = Math.min(low[u], low[v]);
          }
          if (low[v] == index[v]) {
            int w;
            do {
              w = stack.pop();
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
        }
      }
    }
    return component;
  }
}
