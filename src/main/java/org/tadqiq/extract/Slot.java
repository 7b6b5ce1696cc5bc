package org.tadqiq.extract;

import org.tadqiq.rules.LexiconEntry;

/** What one named slot of a rule captured: normalized text, range, and its lexicon entry. */
public record Slot(String text, int start, int end, LexiconEntry entry) {}
