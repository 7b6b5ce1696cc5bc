package org.tadqiq.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.PriorityQueue;
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

  /**
   * The text of [from, to) cut at every mark's edges, each piece with the marks covering it,
   * shortest first (ties in the order given). One sweep over the edges: time grows with the text
   * and the marks, not with their product.
   */
  public static List<Segment> segments(String text, int from, int to, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.end() > from && m.start() < to) {
        cuts.add(Math.max(from, m.start()));
        cuts.add(Math.min(to, m.end()));
        inside.add(i);
      }
    }
    inside.sort(Comparator.comparingInt(i -> marks.get(i).start()));
    // the marks over the current piece, shortest first, then in the order given
    TreeSet<Integer> covering = new TreeSet<>(Comparator
        .<Integer>comparingInt(i -> marks.get(i).end() - marks.get(i).start())
        .thenComparingInt(i -> i));
    PriorityQueue<Integer> byEnd = new PriorityQueue<>(Comparator.comparingInt(i -> marks.get(i).end()));
    List<Segment> out = new ArrayList<>();
    int next = 0;
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int a = prev;
        while (next < inside.size() && marks.get(inside.get(next)).start() <= a) {
          int i = inside.get(next++);
          covering.add(i);
          byEnd.add(i);
        }
        while (!byEnd.isEmpty() && marks.get(byEnd.peek()).end() < cut) {
          covering.remove(byEnd.poll());
        }
        List<Mark> over = new ArrayList<>(covering.size());
        covering.forEach(i -> over.add(marks.get(i)));
        out.add(new Segment(text.substring(a, cut), over));
      }
      prev = cut;
    }
    return out;
  }
}
