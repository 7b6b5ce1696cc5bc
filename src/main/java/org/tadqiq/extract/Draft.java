package org.tadqiq.extract;

import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * A claim as a builder makes it, before it gets its id, quote and event frame.
 *
 * @param eventSlot the event word the rule itself captured, or null to take the nearest one
 */
record Draft(
    RuleMatch match, ClaimKind kind, String attribute, ClaimValue value, int start, int end, Slot eventSlot) {}
