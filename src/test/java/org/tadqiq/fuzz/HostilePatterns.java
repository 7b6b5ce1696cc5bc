package org.tadqiq.fuzz;

import java.util.Random;

/**
 * A seeded generator of regex patterns as a careless or hostile rule author would write them:
 * nested quantifiers, overlapping alternatives, lookarounds with repetitions inside, bounded and
 * unbounded repeats, classes that overlap their neighbours, and plain syntax errors.
 */
final class HostilePatterns {
  private static final String[] ATOMS = {
    "a", "b", "ا", "ب", "\\s", "\\d", "[ab]", "[اب]", ".", "\\p{L}", "[^b]", "\\w", " ", "x", "\\S"
  };
  private final Random random;

  HostilePatterns(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    String p = node(3);
    if (random.nextInt(20) == 0) { // a syntax error now and then
      String[] broken = {"(", ")", "[", "{2,1}", "*", "\\", "(?<", "(?P<x>)", "\\p{Nope}"};
      int at = random.nextInt(p.length() + 1);
      p = p.substring(0, at) + broken[random.nextInt(broken.length)] + p.substring(at);
    }
    return p;
  }

  private String node(int depth) {
    int k = depth <= 0 ? 0 : random.nextInt(9);
    return switch (k) {
      case 0, 1 -> ATOMS[random.nextInt(ATOMS.length)];
      case 2 -> node(depth - 1) + node(depth - 1);
      case 3 -> "(?:" + node(depth - 1) + "|" + node(depth - 1) + ")";
      case 4, 5 -> "(?:" + node(depth - 1) + ")" + quantifier();
      case 6 -> node(depth - 1) + quantifier();
      case 7 -> "(" + lookaround() + node(depth - 1) + ")";
      default -> "(?>" + node(depth - 1) + ")" + (random.nextBoolean() ? quantifier() : "");
    };
  }

  private String lookaround() {
    return new String[] {"?=", "?!", "?<=", "?<!"}[random.nextInt(4)];
  }

  private String quantifier() {
    String q = new String[] {"*", "+", "?", "{2}", "{1,3}", "{2,}", "{0,12}", "{0,40}"}[random.nextInt(8)];
    int mode = random.nextInt(6);
    return q + (mode == 0 ? "?" : mode == 1 ? "+" : "");
  }
}
