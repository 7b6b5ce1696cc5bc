package org.tadqiq.extract;

import org.tadqiq.rules.LexiconEntry;

/** A lexicon word found in normalized text. */
record Hit(int start, int end, LexiconEntry entry) {
  int distanceTo(int from, int to) {
    if (end <= from) {
      return from - end;
    }
    if (to <= start) {
      return start - to;
    }
    return 0;
  }
}
