package org.tadqiq.text;

/**
 * A text as a regex engine reads it, counting every character read against an allowance: the
 * way to bound a regex's work in java.util.regex, which has no timeout. Counting characters, not
 * time, keeps the bound the same on every machine and for any thread count.
 */
public final class BudgetedText implements CharSequence {
  private final String text;
  private final Exceeded exceeded = new Exceeded();
  private long used;
  private long limit = Long.MAX_VALUE;

  public BudgetedText(String text) {
    this.text = text;
  }

  /** Starts counting again, allowing this many more reads. */
  public void allow(long steps) {
    used = 0;
    limit = steps;
  }

  /** Characters read since the last {@link #allow}. */
  public long used() {
    return used;
  }

  @Override
  public char charAt(int index) {
    if (++used > limit) {
      throw exceeded;
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Thrown when the allowance is used up (one instance per text, no stack trace). */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("allowance used up", null, false, false);
    }
  }
}
