package org.tadqiq.model;

/** A numeric interval; bounds may be open and may be infinite. */
public record Interval(double low, boolean lowOpen, double high, boolean highOpen) {
  public static Interval exact(double v) {
    return new Interval(v, false, v, false);
  }

  public Interval scale(double factor) {
    return new Interval(low * factor, lowOpen, high * factor, highOpen);
  }

  /**
   * This interval widened by a relative half-width on both sides (a bound v becomes v·(1−t) or
   * v·(1+t), for non-negative amounts); infinite bounds stay, open bounds stay open.
   */
  public Interval widenedBy(double t) {
    if (t <= 0) {
      return this;
    }
    return new Interval(low * (1 - t), lowOpen, high * (1 + t), highOpen);
  }

  /**
   * Overlap test. With {@code closeOpenBounds} an open bound counts as closed against a closed one,
   * so that "more than 400" agrees with "400" (news round their figures); two open bounds that meet
   * still exclude each other: "less than a day" and "more than 24 hours" cannot both hold.
   */
  public boolean overlaps(Interval o, boolean closeOpenBounds) {
    return below(low, lowOpen, o.high, o.highOpen, closeOpenBounds)
        && below(o.low, o.lowOpen, high, highOpen, closeOpenBounds);
  }

  private static boolean below(
      double lo, boolean loOpen, double hi, boolean hiOpen, boolean closeOpenBounds) {
    if (lo < hi) {
      return true;
    }
    return lo == hi && (closeOpenBounds ? !(loOpen && hiOpen) : !loOpen && !hiOpen);
  }

  public String canonical() {
    if (low == high && !lowOpen && !highOpen) {
      return num(low);
    }
    return (lowOpen ? "(" : "[") + num(low) + ", " + num(high) + (highOpen ? ")" : "]");
  }

  private static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
      return Long.toString(Math.round(v));
    }
    // unit conversion leaves binary noise (55.00000000000001): four decimals are plenty
    return java.math.BigDecimal.valueOf(v)
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
