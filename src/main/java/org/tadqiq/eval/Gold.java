package org.tadqiq.eval;

import java.util.List;
import java.util.Map;

/**
 * Gold annotations for a corpus: per source, the claims a careful reader finds; the conflicts that
 * truly exist; and pairs that look alike but are not conflicts. See README, "Measured accuracy".
 */
public record Gold(
    int format,
    String description,
    Map<String, GoldSource> sources,
    List<Group> conflicts,
    List<Group> nonConflicts) {

  /** The claims of one source. */
  public record GoldSource(List<GoldClaim> claims) {}

  /**
   * One claim: its kind, its exact quote (the {@code occurrence}-th one in the text, 1 by default)
   * and its value in report.json's canonical form.
   */
  public record GoldClaim(String kind, String quote, String value, Integer occurrence, String note) {}

  /** Claims (by source and quote) that do, or do not, conflict. */
  public record Group(String kind, String note, List<Ref> claims) {}

  /** A quote in a source. */
  public record Ref(String source, String quote, Integer occurrence) {}
}
