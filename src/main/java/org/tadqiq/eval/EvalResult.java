package org.tadqiq.eval;

import java.util.List;
import java.util.Map;

/**
 * What an evaluation measured.
 *
 * @param claimsByKind claim scores per kind, in kind order
 * @param claimsByLanguage claim scores per source language
 * @param conflicts conflict findings against gold conflicts: a found conflict is right when it
 *     covers a gold conflict pair (format 2) or group (format 1), wrong when it covers only pairs a
 *     reader judged otherwise; {@link #unjudgedConflicts} covers no annotated pair at all
 * @param pairs per gold verdict: how many pairs there are and how many the check treats as the
 *     reader did (a conflict found as a conflict, a dispute as disputed, an agreement as
 *     corroborated, a trap not flagged)
 * @param misses gold claims not found (or found with another value)
 * @param falseHits found claims the gold does not have (or has with another value)
 * @param unscored found claims of a sort the gold format does not annotate (weeks and months
 *     named relative to publication), listed but not scored
 * @param nonConflictViolations gold non-conflicts and traps that were flagged as conflicts anyway,
 *     and gold agreements and traps a dispute or copying difference sets apart
 */
public record EvalResult(
    Map<String, Score> claimsByKind,
    Map<String, Score> claimsByLanguage,
    Score claims,
    Score conflicts,
    Map<String, PairScore> pairs,
    List<Item> misses,
    List<Item> falseHits,
    List<Item> unscored,
    List<String> missedConflicts,
    List<String> falseConflicts,
    List<String> unjudgedConflicts,
    List<String> nonConflictViolations,
    List<String> problems) {

  /** One claim in a miss or false-hit list. */
  public record Item(String source, String kind, String quote, int start, String expected, String found) {}

  /** How many gold pairs of one verdict there are and how many the check treated as the reader did. */
  public record PairScore(int gold, int asJudged) {}
}
