package org.tadqiq.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.tadqiq.model.Span;
import java.util.regex.Pattern;
import org.tadqiq.rules.FurnitureMarker;
import org.tadqiq.rules.RegexSyntax;
import org.tadqiq.text.BudgetedText;
import org.tadqiq.text.NormalizedText;

/** Finds page furniture ("اقرأ أيضًا" teasers, keyword lists, comment forms) by its markers. */
public final class FurnitureFinder {
  private final List<FurnitureMarker> markers;
  /** by marker: whether it can match only where a line begins (see {@link #atLineStarts}) */
  private final boolean[] lineAnchored;
  private final double restMinPosition;

  public FurnitureFinder(List<FurnitureMarker> markers, double restMinPosition) {
    this.markers = List.copyOf(markers);
    this.restMinPosition = restMinPosition;
    this.lineAnchored = new boolean[this.markers.size()];
    for (int i = 0; i < lineAnchored.length; i++) {
      lineAnchored[i] = atLineStarts(this.markers.get(i).pattern());
    }
  }

  /**
   * Whether a pattern begins {@code (?m)^} with no alternation around it (the loader writes every
   * marker so): it can then match only at a line's start, and is tried there alone instead of by
   * {@code find}, which asked the caret at every char of the text (4 % of a {@code check}'s
   * samples). A pattern this cannot tell about is searched as before.
   */
  static boolean atLineStarts(Pattern pattern) {
    if (!pattern.pattern().startsWith("(?m)^")) {
      return false;
    }
    RegexSyntax.Node root = RegexSyntax.parseOrNull(pattern);
    return root != null && !(root instanceof RegexSyntax.Alt);
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
    int[] lineStarts = null;
    for (int k = 0; k < markers.size(); k++) {
      FurnitureMarker marker = markers.get(k);
      Matcher m = marker.pattern().matcher(counted);
      counted.allow(allowance);
      if (lineAnchored[k] && lineStarts == null) {
        lineStarts = lineStarts(s);
      }
      MatchesAtLineStarts atLines = lineAnchored[k] ? new MatchesAtLineStarts(m, lineStarts) : null;
      while (atLines != null ? atLines.next(marker.id(), stopped) : find(m, marker.id(), stopped)) {
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

  /**
   * Where a multiline caret matches in {@code s}: at 0 and after each line terminator ({@code \r\n}
   * being one), never at the end of the text — as {@link Pattern}'s caret decides.
   */
  static int[] lineStarts(String s) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        char c = s.charAt(i - 1);
        if (c != '\n' && c != '\r' && (c | 1) != '\u2029' && c != '\u0085'
            || c == '\r' && s.charAt(i) == '\n') {
          continue;
        }
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = i;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The matches {@code find} would give of a pattern that matches only at line starts, tried at
   * those alone: each line start from where the last match ended, the pattern anchored there
   * ({@code lookingAt}) with the text around it in sight (transparent bounds, no anchoring at the
   * region's edges), so lookarounds, {@code $} and the caret read it as {@code find} did.
   */
  private static final class MatchesAtLineStarts {
    private final Matcher m;
    private final int[] starts;
    private int next;
    private int from;

    MatchesAtLineStarts(Matcher m, int[] starts) {
      this.m = m;
      this.starts = starts;
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
    }

    boolean next(String id, java.util.function.Consumer<String> stopped) {
      int length = m.regionEnd();
      try {
        for (; next < starts.length; next++) {
          int p = starts[next];
          if (p < from) {
            continue;
          }
          m.region(p, length);
          if (m.lookingAt()) {
            next++;
            from = m.end() == m.start() ? m.end() + 1 : m.end();
            return true;
          }
        }
        return false;
      } catch (BudgetedText.Exceeded e) {
        stopped.accept(id);
        next = starts.length;
        return false;
      }
    }
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
