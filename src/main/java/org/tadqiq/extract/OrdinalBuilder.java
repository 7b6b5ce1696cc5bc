package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code ordinal} (data {@code position}, or digits: "267th", "الـ267"), {@code event} (or
 * the rule's {@code set: {event: <kind>}} when the words name none: "for the first time"),
 * optional {@code anchor}. The rule's {@code set: {attribute: mention}} reads a position that is
 * shown but compared with nothing (a series the rule cannot tell apart from others).
 */
final class OrdinalBuilder implements ClaimBuilder {
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    Slot ordinal = m.slot("ordinal");
    Slot event = m.slot("event");
    String eventId = event != null && event.entry() != null ? event.entry().id()
        : m.rule().set().get("event");
    if (ordinal == null || eventId == null) {
      return List.of();
    }
    Double position = ordinal.entry() != null ? ordinal.entry().number("position") : null;
    if (position == null && ordinal.entry() == null) {
      java.util.regex.Matcher d = DIGITS.matcher(ordinal.text());
      position = d.find() && d.group().length() <= 6 ? Double.valueOf(d.group()) : null;
    }
    if (position == null || position < 1) {
      return List.of();
    }
    ClaimValue value =
        new ClaimValue.Ordinal(position.intValue(), eventId, ClaimBuilder.entryId(m.slot("anchor")));
    String attribute = m.rule().set().getOrDefault("attribute", "ordinal");
    // a position read only to be shown frames no event of its own: the nearest event word does
    boolean frames = event != null && event.entry() != null && !attribute.startsWith("mention");
    return List.of(new Draft(m, ClaimKind.ORDINAL, attribute, value, m.start(), m.end(),
        frames ? event : null));
  }
}
