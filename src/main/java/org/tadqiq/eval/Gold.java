package org.tadqiq.eval;

import java.util.List;
import java.util.Map;

/**
 * Gold annotations for a corpus: per source, the claims a careful reader finds; and verdicts on
 * pairs of claims from two sources. Format 1 (the seeds) gives each claim's value in report.json's
 * canonical form and lists conflicts and non-conflicts; format 2 (the development corpus, see
 * src/test/resources/corpus/GOLD-FORMAT.md) gives typed fields a reader can write without knowing
 * the tool's ids, and verdicts on pairs. See README, "Measured accuracy".
 */
public record Gold(
    int format,
    String event,
    String description,
    Map<String, GoldSource> sources,
    List<Group> conflicts,
    List<Group> nonConflicts,
    List<Pair> pairs) {

  public Gold {
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    nonConflicts = nonConflicts == null ? List.of() : List.copyOf(nonConflicts);
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
  }

  /** The claims of one source. */
  public record GoldSource(List<GoldClaim> claims) {}

  /**
   * One claim: its kind, its exact quote (the {@code occurrence}-th one in the text, 1 by default)
   * and either its {@code value} in report.json's canonical form (format 1) or the typed fields of
   * its kind (format 2): quantity {@code amount}, {@code unit}; office {@code person}, {@code
   * office}, {@code country}, {@code status}; time {@code date}, {@code weekday} or {@code month};
   * place {@code place}, {@code country}; ordinal {@code position}; sequence {@code relation}.
   */
  public record GoldClaim(
      String kind,
      String quote,
      Integer occurrence,
      String value,
      String note,
      String what,
      String modality,
      String attribution,
      String amount,
      String unit,
      String person,
      String office,
      String country,
      String status,
      String date,
      String weekday,
      String month,
      String place,
      Integer position,
      String event,
      String series,
      String relation,
      String other) {

    /** A format-1 claim: kind, quote and canonical value. */
    public static GoldClaim withValue(String kind, String quote, String value) {
      return new GoldClaim(kind, quote, null, value, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null);
    }
  }

  /** Claims (by source and quote) that do, or do not, conflict (format 1). */
  public record Group(String kind, String note, List<Ref> claims) {}

  /** A verdict on two claims of two sources (format 2). */
  public record Pair(Verdict verdict, String kind, String note, List<Ref> claims) {}

  /** What a careful reader says of a pair of claims. */
  public enum Verdict {
    /** the same fact, at the same time, values that cannot both be true */
    CONFLICT,
    /** the same fact, compatible values */
    AGREE,
    /** named parties assert incompatible things */
    DISPUTED,
    /** two copies of one dispatch differ */
    COPY_DIFFERENCE,
    /** true at different times */
    NO_CONFLICT_TIME,
    /** a forecast or plan against what happened */
    NO_CONFLICT_MODALITY,
    /** a total against one of its parts */
    NO_CONFLICT_AGGREGATION,
    /** the same ordinal word for different series */
    NO_CONFLICT_SCOPE,
    /** two different events */
    NOT_SAME_EVENT;

    /** The traps: pairs that must never be flagged as a conflict. */
    public boolean isTrap() {
      return name().startsWith("NO_CONFLICT") || this == NOT_SAME_EVENT;
    }
  }

  /** A quote in a source. */
  public record Ref(String source, String quote, Integer occurrence) {}
}
