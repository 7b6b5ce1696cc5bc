package org.tadqiq.eval;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
  public Score plus(Score o) {
    return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  /** Of what was found, the share that is right; 1 when nothing was found. */
  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** Of what is there, the share that was found; 1 when there is nothing to find. */
  public double recall() {
    int there = truePositives + falseNegatives;
    return there == 0 ? 1.0 : (double) truePositives / there;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
