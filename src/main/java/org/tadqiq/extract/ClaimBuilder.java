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
}
