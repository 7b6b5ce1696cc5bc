package org.tadqiq.eval;

import java.util.List;
import java.util.Map;

/**
 * What an evaluation measured.
 *
 * @param claimsByKind claim scores per kind, in kind order
 * @param misses gold claims not found (or found with another value)
 * @param falseHits found claims the gold does not have (or has with another value)
 * @param nonConflictViolations gold non-conflicts that were flagged anyway
 */
public record EvalResult(
    Map<String, Score> claimsByKind,
    Score claims,
    Score conflicts,
    List<Item> misses,
    List<Item> falseHits,
    List<String> missedConflicts,
    List<String> falseConflicts,
    List<String> nonConflictViolations,
    List<String> problems) {

  /** One claim in a miss or false-hit list. */
  public record Item(String source, String kind, String quote, int start, String expected, String found) {}
}
