package org.tadqiq.extract;

import java.util.Map;
import org.tadqiq.rules.CompiledRule;

/** One match of one rule in normalized text. */
public record RuleMatch(CompiledRule rule, int start, int end, Sentence sentence, Map<String, Slot> slots) {
  public Slot slot(String name) {
    return slots.get(name);
  }

  public boolean overlaps(RuleMatch o) {
    return start < o.end && o.start < end;
  }
}
