package org.tadqiq.rules;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The chars a non-empty match of a pattern can begin with, read from the pattern's tree ({@link
 * RegexSyntax}): the first chars of its first items up to the first that must read something.
 * Lookarounds, anchors and boundaries read nothing here, so the set is never too small; it may be
 * larger than needed, which only costs a try. A positive lookahead that must read a char and stands
 * before anything that reads one narrows the set to the chars it can begin with. Every UTF-16 surrogate is in every set (a class may
 * match a supplementary character). A pattern with a back reference, or one this reader cannot
 * follow, gets no set: any char may begin it. One instance keeps the sets of the classes it met.
 */
public final class FirstChars {
  private static final Pattern BACK_REFERENCE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:k<|[1-9])");
  private final Map<String, BitSet> atoms = new HashMap<>();
  private final AtomChars atomChars = new AtomChars();

  private record First(BitSet chars, boolean nullable) {}

  /** The chars a non-empty match of {@code pattern} can begin with, or null when any may. */
  public BitSet of(Pattern pattern) {
    return of(pattern, RegexSyntax.parseOrNull(pattern));
  }

  /** The same, from the pattern's tree already read ({@link RegexSyntax#parseOrNull}). */
  public BitSet of(Pattern pattern, RegexSyntax.Node root) {
    if (root == null || BACK_REFERENCE.matcher(pattern.pattern()).find()) {
      return null;
    }
    BitSet out = (BitSet) first(root).chars().clone();
    out.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
    return out;
  }

  private First first(RegexSyntax.Node n) {
    if (n instanceof RegexSyntax.Atom a) {
      return new First(atom(a), false);
    }
    if (n instanceof RegexSyntax.Seq s) {
      BitSet chars = new BitSet();
      // a positive lookahead met before anything reads a char stands where the match begins:
      // "(?=ب){PLACE}" begins with ب, whatever else {PLACE} may begin with
      BitSet ahead = null;
      boolean atStart = true;
      for (RegexSyntax.Node item : s.items()) {
        if (atStart && item instanceof RegexSyntax.Group g && g.kind() == RegexSyntax.Kind.AHEAD) {
          First body = first(g.body());
          if (!body.nullable()) {
            if (ahead == null) {
              ahead = (BitSet) body.chars().clone(); // the body's set may be shared: never changed
            } else {
              ahead.and(body.chars());
            }
          }
        }
        atStart &= zeroWidth(item);
        First f = first(item);
        chars.or(f.chars());
        if (!f.nullable()) {
          return new First(within(chars, ahead), false);
        }
      }
      return new First(within(chars, ahead), true);
    }
    if (n instanceof RegexSyntax.Alt alt) {
      BitSet chars = new BitSet();
      boolean nullable = false;
      for (RegexSyntax.Node option : alt.options()) {
        First f = first(option);
        chars.or(f.chars());
        nullable |= f.nullable();
      }
      return new First(chars, nullable);
    }
    if (n instanceof RegexSyntax.Repeat r) {
      First f = first(r.body());
      return new First(f.chars(), f.nullable() || r.min() == 0);
    }
    if (n instanceof RegexSyntax.Group g) {
      return switch (g.kind()) {
        case PLAIN, ATOMIC -> first(g.body());
        default -> new First(new BitSet(), true); // a lookaround reads nothing of the match
      };
    }
    if (n instanceof RegexSyntax.Empty) {
      return new First(new BitSet(), true);
    }
    // a {NAME} reference belongs to rule patterns, never to a compiled one: anything may follow
    BitSet all = new BitSet();
    all.set(0, Character.MAX_VALUE + 1);
    return new First(all, false);
  }

  /** An item that never reads a char: a lookaround, an anchor or a boundary. */
  private static boolean zeroWidth(RegexSyntax.Node n) {
    return n instanceof RegexSyntax.Empty
        || n instanceof RegexSyntax.Group g && g.kind() != RegexSyntax.Kind.PLAIN
            && g.kind() != RegexSyntax.Kind.ATOMIC;
  }

  /** {@code chars} kept to those {@code ahead} allows (all of them when it is null). */
  private static BitSet within(BitSet chars, BitSet ahead) {
    if (ahead != null) {
      chars.and(ahead);
    }
    return chars;
  }

  /** The chars of the BMP (surrogates left out) that one atom matches; shared: never changed. */
  BitSet atomChars(RegexSyntax.Atom a) {
    return atom(a);
  }

  private BitSet atom(RegexSyntax.Atom a) {
    return atoms.computeIfAbsent(a.flags() + ":" + a.source(), k -> compute(a));
  }

  private BitSet compute(RegexSyntax.Atom a) {
    BitSet chars = new BitSet(Character.MAX_VALUE + 1);
    String src = a.source();
    boolean caseless = (a.flags() & Pattern.CASE_INSENSITIVE) != 0;
    if (src.startsWith("\\x{")) {
      int cp = Integer.parseInt(src.substring(3, src.length() - 1), 16);
      if (cp > Character.MAX_VALUE) {
        return chars; // its first char is a surrogate, in every set
      }
      chars.set(cp);
      if (caseless) {
        // every char that folds to the same letter one way or another (more than java.util.regex
        // counts as equal, never fewer)
        int lower = Character.toLowerCase(cp);
        int upper = Character.toUpperCase(cp);
        int both = Character.toLowerCase(upper);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
          if (Character.toLowerCase(c) == lower || Character.toUpperCase(c) == upper
              || Character.toLowerCase(Character.toUpperCase(c)) == both) {
            chars.set(c);
          }
        }
      }
      return chars;
    }
    Pattern p;
    try {
      p = Pattern.compile(src, a.flags() & ~Pattern.COMMENTS);
    } catch (RuntimeException e) {
      chars.set(0, Character.MAX_VALUE + 1); // unknown: it may read anything
      return chars;
    }
    // surrogates are left out here: of() puts every one of them in every set anyway
    return atomChars.of(p); // shared: read, never changed
  }
}
