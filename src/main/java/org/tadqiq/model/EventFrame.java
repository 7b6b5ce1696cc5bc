package org.tadqiq.model;

import java.util.List;

/**
 * The event a claim speaks of, as its sentence describes it: the event word's kind, the
 * participants named around it, and whether the event is an earlier one ("سبق أن التقيا").
 *
 * @param participantsCarried participants taken from the sentence before (weaker identity)
 * @param participantsArePersons false when only countries act or places anchor it (weaker identity)
 * @param eventCarried the event word is the article's main event, not one of the claim's sentence
 *     ("the death toll rose to 5,000" in an article about an earthquake): weaker identity
 * @param another the sentence names another occurrence of the event beside its word ("an
 *     aftershock", "a second quake", "هزة ارتدادية"): a key of an event nobody takes part in may
 *     then hold two occurrences (not part of the key: the sentence may still tell of the main one)
 */
public record EventFrame(
    String kind,
    List<String> participants,
    boolean participantsCarried,
    boolean participantsArePersons,
    boolean prior,
    Span eventWord,
    boolean eventCarried,
    boolean another) {
  public EventFrame {
    participants = List.copyOf(participants);
  }

  public EventFrame(String kind, List<String> participants, boolean participantsCarried,
      boolean participantsArePersons, boolean prior, Span eventWord, boolean eventCarried) {
    this(kind, participants, participantsCarried, participantsArePersons, prior, eventWord,
        eventCarried, false);
  }

  public EventFrame(String kind, List<String> participants, boolean participantsCarried,
      boolean participantsArePersons, boolean prior, Span eventWord) {
    this(kind, participants, participantsCarried, participantsArePersons, prior, eventWord, false);
  }

  /** The same event with other participants (the same people under other ids). */
  public EventFrame withParticipants(List<String> others) {
    return new EventFrame(kind, others, participantsCarried, participantsArePersons, prior,
        eventWord, eventCarried, another);
  }

  /** Language-neutral identity of the event: kind, participants, earlier-or-not. */
  public String key() {
    return kind + (prior ? ":prior" : "") + "[" + String.join("+", participants) + "]";
  }
}
