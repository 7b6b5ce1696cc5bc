package org.tadqiq.model;

/** A range [start, end) in a source's original text, in UTF-16 code units. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
