package org.tadqiq.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Cuts a text into segments at the edges of highlighted ranges, so marks can overlap safely. */
public final class Highlighter {
  private Highlighter() {}

  /** A highlighted range of the original text. */
  public record Mark(int start, int end, String cssClass, String title, String anchor) {}

  /** A run of text and the marks that cover all of it (innermost first). */
  public record Segment(String text, List<Mark> marks) {
    public boolean marked() {
      return !marks.isEmpty();
    }

    public String cssClass() {
      return marks.isEmpty() ? "" : marks.get(0).cssClass();
    }

    public String title() {
      return String.join("\n", marks.stream().map(Mark::title).toList());
    }

    public String anchor() {
      return marks.isEmpty() ? null : marks.get(0).anchor();
    }
  }

  public static List<Segment> segments(String text, int from, int to, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Mark m : marks) {
      if (m.end() > from && m.start() < to) {
        cuts.add(Math.max(from, m.start()));
        cuts.add(Math.min(to, m.end()));
      }
    }
    List<Segment> out = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int a = prev;
        List<Mark> covering = new ArrayList<>(marks.stream()
            .filter(m -> m.start() <= a && m.end() >= cut)
            .toList());
        covering.sort((x, y) -> Integer.compare(x.end() - x.start(), y.end() - y.start()));
        out.add(new Segment(text.substring(a, cut), covering));
      }
      prev = cut;
    }
    return out;
  }

}
