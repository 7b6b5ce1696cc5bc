package org.tadqiq.model;

import java.util.List;

/**
 * The event a claim speaks of, as its sentence describes it: the event word's kind, the
 * participants named around it, and whether the event is an earlier one ("سبق أن التقيا").
 *
 * @param participantsCarried participants taken from the sentence before (weaker identity)
 * @param participantsArePersons false when only countries act (weaker identity)
 */
public record EventFrame(
    String kind,
    List<String> participants,
    boolean participantsCarried,
    boolean participantsArePersons,
    boolean prior,
    Span eventWord) {
  public EventFrame {
    participants = List.copyOf(participants);
  }

  /** Language-neutral identity of the event: kind, participants, earlier-or-not. */
  public String key() {
    return kind + (prior ? ":prior" : "") + "[" + String.join("+", participants) + "]";
  }
}
