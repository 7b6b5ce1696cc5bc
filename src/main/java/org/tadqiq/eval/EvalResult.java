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
 * @param missedConflicts gold conflict pairs not found as conflicts, with what the check did
 *     instead
 * @param missedPairs every gold pair a reader found (conflict, disputed, copy difference, agree)
 *     that the check did not judge so, with what it did instead
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
    List<MissedPair> missedPairs,
    List<String> falseConflicts,
    List<String> unjudgedConflicts,
    List<String> nonConflictViolations,
    List<String> problems) {

  /** One claim in a miss or false-hit list. */
  public record Item(String source, String kind, String quote, int start, String expected, String found) {}

  /**
   * A gold pair the check did not judge as the reader did.
   *
   * @param verdict the reader's verdict (DISPUTED, COPY_DIFFERENCE, AGREE, CONFLICT)
   * @param quotes each claim as {@code source "quote"}
   * @param instead what the check did with the pair: "not extracted: …" (a quote no claim was
   *     read from), "different keys: …" (claims never compared), "not compared …", or the findings
   *     that hold the claims ("possible f-… (apart)", "agree f-… (on one side)"), each followed by
   *     who the claims are attributed to
   */
  public record MissedPair(String verdict, String kind, String note, List<String> quotes,
      String instead) {}

  /** How many gold pairs of one verdict there are and how many the check treated as the reader did. */
  public record PairScore(int gold, int asJudged) {}
}
