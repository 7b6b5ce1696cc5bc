package org.tadqiq.extract;

/**
 * How much work one rule (or furniture marker) may do on one text, the last guard behind the
 * loader's pattern checks: counted in characters the regex engine reads ({@link
 * org.tadqiq.text.BudgetedText}), so the limit is the same on every machine and for any thread
 * count, and grows with the text. A rule that reaches it stops on that text; the matches it found
 * are kept and the text says so.
 *
 * @param stepsPerChar characters read per character of text
 * @param minimumSteps the allowance of short texts
 */
public record MatchBudget(long stepsPerChar, long minimumSteps) {
  /** The Arabic pack's rules read at most about 12 characters per character of text. */
  public static final MatchBudget DEFAULT = new MatchBudget(200, 1_000_000);

  public MatchBudget {
    if (stepsPerChar < 1 || minimumSteps < 1) {
      throw new IllegalArgumentException("a match budget must be positive");
    }
  }

  /** The steps one rule may take on a text of this length. */
  public long allowance(int textLength) {
    long steps = stepsPerChar * (long) textLength;
    return steps / stepsPerChar != textLength ? Long.MAX_VALUE : Math.max(minimumSteps, steps);
  }

  /** What a text's problem says when a rule or marker stopped at its budget. */
  public static String stopped(String path, String kind, String id, long allowance) {
    return path + ": " + kind + " " + id + " reached its match budget on this text (" + allowance
        + " characters read): its later matches in this text were not looked for";
  }
}
