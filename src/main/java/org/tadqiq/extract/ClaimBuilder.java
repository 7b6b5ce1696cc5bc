package org.tadqiq.extract;

import java.util.List;

/**
 * Interprets a rule match's slots as claims of one kind. Rules say where the words are; a builder
 * says what they mean (a qualifier makes an interval, a title makes an office), the same for every
 * rule and every language.
 */
interface ClaimBuilder {
  List<Draft> build(RuleMatch match, BuildContext ctx);

  static String entryId(Slot slot) {
    return slot == null || slot.entry() == null ? null : slot.entry().id();
  }

  /**
   * A slot or, when a pattern says one thing several ways, the first filled of its numbered
   * alternatives ({@code day}, {@code day2}, {@code day3}).
   */
  static Slot slot(RuleMatch m, String name) {
    for (String alt : new String[] {"", "2", "3"}) {
      Slot s = m.slot(name + alt);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The first of several slots, named exactly, whose words a list holds. */
  static Slot firstListed(RuleMatch m, String... names) {
    for (String name : names) {
      Slot s = m.slot(name);
      if (s != null && s.entry() != null) {
        return s;
      }
    }
    return null;
  }
}
