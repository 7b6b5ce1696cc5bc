package org.tadqiq.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.tadqiq.model.Span;
import org.tadqiq.rules.FurnitureMarker;
import org.tadqiq.text.BudgetedText;
import org.tadqiq.text.NormalizedText;

/** Finds page furniture ("اقرأ أيضًا" teasers, keyword lists, comment forms) by its markers. */
public final class FurnitureFinder {
  private final List<FurnitureMarker> markers;
  private final double restMinPosition;

  public FurnitureFinder(List<FurnitureMarker> markers, double restMinPosition) {
    this.markers = List.copyOf(markers);
    this.restMinPosition = restMinPosition;
  }

  public List<ExcludedRange> find(NormalizedText text) {
    return find(text, Long.MAX_VALUE, id -> {});
  }

  /**
   * The furniture of a text; a marker that reads more than {@code allowance} characters of it
   * (a pattern gone wrong) stops there, keeps what it found and is named to {@code stopped}.
   */
  public List<ExcludedRange> find(NormalizedText text, long allowance,
      java.util.function.Consumer<String> stopped) {
    String s = text.normalized();
    List<int[]> raw = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    BudgetedText counted = new BudgetedText(s);
    for (FurnitureMarker marker : markers) {
      Matcher m = marker.pattern().matcher(counted);
      counted.allow(allowance);
      while (find(m, marker.id(), stopped)) {
        int lineStart = s.lastIndexOf('\n', m.start() - 1) + 1;
        if (m.start() == 0) {
          lineStart = 0;
        }
        int lineEnd = lineEnd(s, m.end());
        int end =
            switch (marker.scope()) {
              case LINE -> lineEnd;
              case LINE_AND_NEXT -> nextNonEmptyLineEnd(s, lineEnd);
              case REST -> lineStart >= restMinPosition * s.length() ? s.length() : lineEnd;
            };
        raw.add(new int[] {lineStart, end});
        ids.add(marker.id());
        if (end >= s.length()) {
          break;
        }
      }
    }
    return merge(text, raw, ids);
  }

  private static boolean find(Matcher m, String id, java.util.function.Consumer<String> stopped) {
    try {
      return m.find();
    } catch (BudgetedText.Exceeded e) {
      stopped.accept(id);
      return false;
    }
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }

  private static int nextNonEmptyLineEnd(String s, int lineEnd) {
    int i = lineEnd;
    while (i < s.length()) {
      int start = i + 1;
      int end = lineEnd(s, start);
      if (start < s.length() && !s.substring(start, end).isBlank()) {
        return end;
      }
      i = end;
    }
    return s.length();
  }

  private static List<ExcludedRange> merge(NormalizedText text, List<int[]> raw, List<String> ids) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> raw.get(i)[0]).thenComparingInt(i -> -raw.get(i)[1]));
    List<ExcludedRange> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    String curId = null;
    for (int i : order) {
      int[] r = raw.get(i);
      if (curId != null && r[0] <= curEnd) {
        curEnd = Math.max(curEnd, r[1]);
        continue;
      }
      if (curId != null) {
        out.add(range(text, curStart, curEnd, curId));
      }
      curStart = r[0];
      curEnd = r[1];
      curId = ids.get(i);
    }
    if (curId != null) {
      out.add(range(text, curStart, curEnd, curId));
    }
    return out;
  }

  private static ExcludedRange range(NormalizedText text, int start, int end, String id) {
    return new ExcludedRange(
        new Span(text.toOriginalStart(start), text.toOriginalEnd(end)), new Span(start, end), id);
  }
}
