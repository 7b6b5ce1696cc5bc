package org.tadqiq.rules;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strings of up to {@link #LENGTH} chars that a non-empty match of a pattern can begin with,
 * read from the pattern's tree ({@link RegexSyntax}) like {@link FirstChars} but a few chars deep:
 * a number rule tried at a word start looks at "الحك…" and sees that no qualifier, number word or
 * digit begins so, without a regex try (each try clears a slot per group of the rule's word lists
 * and walks its lookbehinds). The set is never too small: lookarounds read nothing here, a class of
 * more than {@link #WIDEST_CLASS} chars or a {@code {NAME}} reference lets anything follow the
 * chars before it, a repeat may be read more often than it allows, and a match that reads a char
 * outside the Basic Multilingual Plane (a surrogate within the first chars) is always allowed. A
 * pattern with a back reference, one that may begin with such a wide class, or one whose prefixes
 * would be too many gets none.
 */
public final class FirstPrefixes {
  /** How many chars deep a prefix goes (4 UTF-16 chars fit one long). */
  static final int LENGTH = 4;
  /** A class with more chars than this is not spelled out: anything may follow the chars before it. */
  static final int WIDEST_CLASS = 64;
  /** More prefixes than this are not kept: the pattern gets none. */
  static final int MOST = 40_000;
  /** The most prefixes kept of a pattern: more are cut shorter (fewer, and allowing more). */
  static final int KEPT = 2_000;
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:k<|[1-9])");

  /** By length - 1: the prefixes of that many chars, as {@link #key}s, sorted. */
  private final long[][] byLength;
  /**
   * By length - 1: the same keys in an open-addressing table (linear probing, at most half full,
   * {@link #EMPTY} where none is), asked once per char of every word start a rule may begin at: a
   * probe or two where a binary search of up to 2,000 keys took eleven steps (3 % of a {@code
   * check}'s samples).
   */
  private final long[][] tables;
  /** By length - 1: whether the key {@link #EMPTY} stands for (a prefix of NUL chars) is one. */
  private final boolean[] holdsEmpty;
  private static final long EMPTY = 0L;

  FirstPrefixes(long[][] byLength) {
    this.byLength = byLength;
    this.tables = new long[byLength.length][];
    this.holdsEmpty = new boolean[byLength.length];
    for (int n = 0; n < byLength.length; n++) {
      int size = Integer.highestOneBit(Math.max(1, byLength[n].length) * 2) * 2;
      long[] table = new long[size];
      for (long key : byLength[n]) {
        if (key == EMPTY) {
          holdsEmpty[n] = true;
          continue;
        }
        int i = slot(key, size);
        while (table[i] != EMPTY) {
          i = (i + 1) & (size - 1);
        }
        table[i] = key;
      }
      tables[n] = table;
    }
  }

  private static int slot(long key, int size) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & (size - 1);
  }

  /** Whether {@code key} is one of the prefixes of {@code length} chars. */
  private boolean holds(int length, long key) {
    if (key == EMPTY) {
      return holdsEmpty[length - 1];
    }
    long[] table = tables[length - 1];
    int mask = table.length - 1;
    for (int i = slot(key, table.length); ; i = (i + 1) & mask) {
      long at = table[i];
      if (at == key) {
        return true;
      }
      if (at == EMPTY) {
        return false;
      }
    }
  }

  /**
   * Whether a match may begin at {@code at} of {@code text} and end by {@code end}: false only
   * when none of the prefixes is there.
   */
  public boolean allows(CharSequence text, int at, int end) {
    long key = 0;
    for (int n = 1; n <= LENGTH; n++) {
      int i = at + n - 1;
      if (i >= end) {
        return true; // near the end of the region: left to the regex
      }
      char c = fold(text.charAt(i));
      if (Character.isSurrogate(c)) {
        return true; // a char outside the BMP is not in the sets
      }
      key = key << 16 | c;
      if (holds(n, key)) {
        return true;
      }
    }
    return false;
  }

  /** The prefixes of each length, as kept in a file ({@link RuleShapes}). */
  long[][] keys() {
    return byLength;
  }

  /**
   * The char a prefix holds for {@code c}: the ASCII digits are one ("2024" and "1999" are one
   * prefix), so that a number does not spell out ten thousand prefixes of four digits.
   */
  static char fold(char c) {
    return c >= '0' && c <= '9' ? '0' : c;
  }

  private static long key(String prefix) {
    long key = 0;
    for (int i = 0; i < prefix.length(); i++) {
      key = key << 16 | prefix.charAt(i);
    }
    return key;
  }

  /** Reads prefixes from patterns; keeps the char sets of the atoms it met (not thread-safe). */
  public static final class Reader {
    private final FirstChars chars;
    // by identity of the shared atom sets of {@link FirstChars}
    private final java.util.Map<BitSet, BitSet> foldedSets = new java.util.IdentityHashMap<>();

    public Reader(FirstChars chars) {
      this.chars = chars;
    }

    /** The prefixes of {@code pattern}'s non-empty matches, or null when it gets none. */
    public FirstPrefixes of(Pattern pattern, RegexSyntax.Node root) {
      if (root == null || BACK_REFERENCE.matcher(pattern.pattern()).find()) {
        return null;
      }
      Set<String> done = new HashSet<>();
      try {
        done.addAll(walk(root, Set.of(""), done));
      } catch (TooMany e) {
        return null;
      }
      // kept small (they are read back from a file by every run): the longest are cut one char
      // shorter, which allows more, never less
      for (int length = LENGTH; done.size() > KEPT && length > 1; length--) {
        Set<String> shorter = new HashSet<>();
        for (String p : done) {
          shorter.add(p.length() == length ? p.substring(0, length - 1) : p);
        }
        done = shorter;
      }
      if (done.contains("")) {
        return null; // anything may begin a match
      }
      long[][] byLength = new long[LENGTH][];
      for (int n = 1; n <= LENGTH; n++) {
        final int length = n;
        byLength[n - 1] = done.stream().filter(p -> p.length() == length)
            .mapToLong(FirstPrefixes::key).sorted().toArray();
      }
      return new FirstPrefixes(byLength);
    }

    /**
     * The prefixes still growing after {@code n}, given those growing before it; prefixes that
     * grow no more (they reached {@link #LENGTH} chars, or anything may follow them) go to {@code
     * done}.
     */
    private Set<String> walk(RegexSyntax.Node n, Set<String> growing, Set<String> done) {
      if (growing.isEmpty()) {
        return growing;
      }
      if (n instanceof RegexSyntax.Atom a) {
        BitSet set = folded(chars.atomChars(a));
        if (set.cardinality() > WIDEST_CLASS) {
          return stop(growing, done);
        }
        Set<String> out = new HashSet<>();
        for (String g : growing) {
          for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
            String longer = g + (char) c;
            if (longer.length() == LENGTH) {
              done.add(longer);
            } else {
              out.add(longer);
            }
          }
        }
        return counted(out, done);
      }
      if (n instanceof RegexSyntax.Seq s) {
        Set<String> at = growing;
        for (RegexSyntax.Node item : s.items()) {
          at = walk(item, at, done);
        }
        return at;
      }
      if (n instanceof RegexSyntax.Alt alt) {
        Set<String> out = new HashSet<>();
        for (RegexSyntax.Node option : alt.options()) {
          out.addAll(walk(option, growing, done));
        }
        return counted(out, done);
      }
      if (n instanceof RegexSyntax.Repeat r) {
        Set<String> at = growing;
        int reads = 0;
        while (reads < r.min() && reads <= LENGTH) {
          at = walk(r.body(), at, done);
          reads++;
        }
        if (reads == r.max()) {
          return at;
        }
        if (r.max() != RegexSyntax.MANY && reads == r.min() && r.max() - reads <= LENGTH) {
          // "(?:و)?", "\\d{1,4}": each count the repeat allows, exactly
          Set<String> all = new HashSet<>(at);
          for (; reads < r.max(); reads++) {
            at = walk(r.body(), at, done);
            all.addAll(at);
            counted(all, done);
          }
          return all;
        }
        // more reads (or the rest of a minimum too long to spell out): every count from here on,
        // a superset of the counts the repeat allows
        Set<String> all = new HashSet<>(at);
        Set<String> fresh = at;
        while (!fresh.isEmpty()) {
          Set<String> next = new HashSet<>(walk(r.body(), fresh, done));
          next.removeAll(all);
          all.addAll(next);
          counted(all, done);
          fresh = next;
        }
        return all;
      }
      if (n instanceof RegexSyntax.Group g) {
        return switch (g.kind()) {
          case PLAIN, ATOMIC -> walk(g.body(), growing, done);
          default -> growing; // a lookaround reads nothing of the match
        };
      }
      if (n instanceof RegexSyntax.Empty) {
        return growing;
      }
      // a {NAME} reference (rule patterns only): anything may follow
      return stop(growing, done);
    }

    /** The chars of {@code set} as {@link #fold} writes them. */
    private BitSet folded(BitSet set) {
      return foldedSets.computeIfAbsent(set, k -> {
        BitSet out = new BitSet();
        for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
          out.set(fold((char) c));
        }
        return out;
      });
    }

    private static Set<String> stop(Set<String> growing, Set<String> done) {
      done.addAll(growing);
      counted(done, done);
      return Set.of();
    }

    private static Set<String> counted(Set<String> set, Set<String> done) {
      if (set.size() > MOST || done.size() > MOST) {
        throw new TooMany();
      }
      return set;
    }
  }

  private static final class TooMany extends RuntimeException {
    TooMany() {
      super(null, null, false, false);
    }
  }

  /** Prefixes read back from their keys ({@link #keys}). */
  static FirstPrefixes fromKeys(List<long[]> byLength) {
    return new FirstPrefixes(byLength.toArray(long[][]::new));
  }
}
