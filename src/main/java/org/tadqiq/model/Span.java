package org.tadqiq.model;

/** A range [start, end) in a source's original text, in UTF-16 code units. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
