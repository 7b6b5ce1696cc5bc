package org.tadqiq.extract;

/** A sentence as a range [start, end) of normalized text; furniture sentences are skipped. */
public record Sentence(int index, int start, int end, boolean furniture) {
  public boolean contains(int pos) {
    return pos >= start && pos < end;
  }
}
