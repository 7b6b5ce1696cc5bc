package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/** Slots: {@code ordinal} (data {@code position}), {@code event}, optional {@code anchor}. */
final class OrdinalBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    Slot ordinal = m.slot("ordinal");
    Slot event = m.slot("event");
    if (ordinal == null || ordinal.entry() == null || event == null || event.entry() == null) {
      return List.of();
    }
    Double position = ordinal.entry().number("position");
    if (position == null) {
      return List.of();
    }
    ClaimValue value =
        new ClaimValue.Ordinal(
            position.intValue(), event.entry().id(), ClaimBuilder.entryId(m.slot("anchor")));
    return List.of(new Draft(m, ClaimKind.ORDINAL, "ordinal", value, m.start(), m.end(), event));
  }
}
