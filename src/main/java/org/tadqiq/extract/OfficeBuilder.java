package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code person}, {@code title} (an office id, or data {@code role}; data {@code
 * jurisdiction} for titles that carry their country), {@code jurisdiction}, {@code status}. A
 * coordinated phrase ("وزيرا الخارجية الروسي لافروف والأميركي روبيو") fills {@code person2},
 * {@code jurisdiction2}, {@code status2} for its second holder, sharing the title. A rule that sets
 * {@code role: counterpart} leaves the role to be taken from the person referred back to.
 */
final class OfficeBuilder implements ClaimBuilder {
  static final String COUNTERPART = "counterpart";

  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    List<Draft> out = new ArrayList<>();
    for (String suffix : new String[] {"", "2"}) {
      Slot person = m.slot("person" + suffix);
      if (person == null || person.entry() == null) {
        continue;
      }
      Slot title = m.slot("title");
      String role = m.rule().set().get("role");
      String jurisdiction = ClaimBuilder.entryId(m.slot("jurisdiction" + suffix));
      if (title != null && title.entry() != null) {
        if (role == null) {
          role = title.entry().text("role") != null ? title.entry().text("role") : title.entry().id();
        }
        if (jurisdiction == null) {
          jurisdiction = title.entry().text("jurisdiction");
        }
      }
      String status = ClaimBuilder.entryId(m.slot("status" + suffix));
      if (status == null) {
        status = m.rule().set().getOrDefault("status", "current");
      }
      ClaimValue value =
          new ClaimValue.Office(person.entry().id(), role, jurisdiction, status);
      out.add(new Draft(m, ClaimKind.OFFICE, "office", value, m.start(), m.end(), null));
    }
    return out;
  }
}
