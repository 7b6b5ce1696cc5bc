package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code relation} (id before or after: the main event is before/after the other),
 * {@code event} (the other event; a rule whose other event is a clause names it with {@code set:
 * {event: …}}), optional {@code other} (a participant of the other event),
 * optional {@code main} (the main event's word; else the nearest event word). The rule's {@code
 * set: {attribute: mention}} reads an order whose main event it cannot name: shown, compared with
 * nothing.
 */
final class SequenceBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    String relation = ClaimBuilder.entryId(m.slot("relation"));
    String other = ClaimBuilder.entryId(m.slot("event"));
    if (other == null) {
      // an order with a clause, not an event word ("after Trump decided", "بعد أن تداول"): the
      // rule names what the other event is
      other = m.rule().set().get("event");
    }
    if (relation == null || other == null) {
      return List.of();
    }
    String person = ClaimBuilder.entryId(m.slot("other"));
    ClaimValue value =
        new ClaimValue.Sequence(relation, other, person == null ? List.of() : List.of(person));
    return List.of(
        new Draft(m, ClaimKind.SEQUENCE, m.rule().set().getOrDefault("attribute", "order"), value, m.start(), m.end(), m.slot("main")));
  }
}
