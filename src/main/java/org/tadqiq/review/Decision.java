package org.tadqiq.review;

import java.util.Objects;

/**
 * A reviewer's decision on one finding, as exported from report.html and kept in the store.
 *
 * @param finding the finding's stable id (the same across runs for the same fact)
 * @param signature the finding's positions when it was decided: a dismissal holds only while they
 *     stay the same, so a finding that gains a new position is reviewed again
 * @param decidedAt when, as the browser wrote it (ISO 8601)
 */
public record Decision(
    String finding, String decision, String note, String reviewer, String decidedAt,
    String signature, String summary) {
  public static final String CONFIRMED = "confirmed";
  public static final String DISMISSED = "dismissed";

  public Decision {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(decision, "decision");
    note = note == null ? "" : note;
    reviewer = reviewer == null || reviewer.isBlank() ? "unnamed reviewer" : reviewer;
    decidedAt = decidedAt == null ? "" : decidedAt;
    signature = signature == null ? "" : signature;
    summary = summary == null ? "" : summary;
  }

  public boolean dismissed() {
    return DISMISSED.equals(decision);
  }

  public boolean confirmed() {
    return CONFIRMED.equals(decision);
  }

  /** The day part of {@link #decidedAt}, for display. */
  public String day() {
    return decidedAt.length() >= 10 ? decidedAt.substring(0, 10) : decidedAt;
  }
}
