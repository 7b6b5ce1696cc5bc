package org.tadqiq.align;

import java.util.Map;
import java.util.TreeMap;
import org.tadqiq.model.Interval;

/**
 * What a dated announcement of a tally says, as a facet of {@code update.same-day} carries it: who
 * announced it (an attribution key) and its figures, one per running tally (count:killed,
 * count:wounded …, in the canonical unit). Two announcements are one told twice when one party
 * gives the same figures in both; their days can then be compared. The text form is what the
 * facet stores ({@link #format}, {@link #parse}), so a claim store re-judges it without the
 * article.
 */
public record Announcement(String party, Map<String, Interval> figures) {
  /** Between the day and the announcement in a facet's compared value. */
  public static final String SEPARATOR = " \u2016 ";

  public Announcement {
    figures = java.util.Collections.unmodifiableMap(new TreeMap<>(figures));
  }

  /** "party;attribute=low,lowOpen,high,highOpen;…" (open bounds as o, closed as c). */
  public String format() {
    StringBuilder b = new StringBuilder(party);
    figures.forEach((attribute, i) -> b.append(';').append(attribute).append('=')
        .append(number(i.low())).append(i.lowOpen() ? ",o," : ",c,")
        .append(number(i.high())).append(i.highOpen() ? ",o" : ",c"));
    return b.toString();
  }

  /** The announcement of a facet's compared value, or null when it carries none. */
  public static Announcement of(String compared) {
    int at = compared == null ? -1 : compared.indexOf(SEPARATOR);
    return at < 0 ? null : parse(compared.substring(at + SEPARATOR.length()));
  }

  /**
   * The announcement a finding's key ends with (a group of announcements is keyed apart by the
   * figures of its first facet, after the last '|'), or null.
   */
  public static Announcement ofKey(String key) {
    int bar = key == null ? -1 : key.lastIndexOf('|');
    return bar < 0 ? null : parse(key.substring(bar + 1));
  }

  /** Reads {@link #format}'s text; null when it is not such a text (a damaged store row). */
  static Announcement parse(String text) {
    String[] parts = text.split(";");
    Map<String, Interval> figures = new TreeMap<>();
    for (int k = 1; k < parts.length; k++) {
      int eq = parts[k].lastIndexOf('=');
      String[] bounds = eq < 0 ? new String[0] : parts[k].substring(eq + 1).split(",");
      if (bounds.length != 4) {
        return null;
      }
      try {
        figures.put(parts[k].substring(0, eq), new Interval(Double.parseDouble(bounds[0]),
            "o".equals(bounds[1]), Double.parseDouble(bounds[2]), "o".equals(bounds[3])));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return parts[0].isEmpty() ? null : new Announcement(parts[0], figures);
  }

  /**
   * What two announcements' figures have in common.
   *
   * @param figures how many tallies both give, compatible
   * @param bounded whether one of them is bounded on both sides in both ("3,400", "about 1,700"),
   *     not only open-ended ("more than 300"): open-ended figures agree too easily
   * @param differ whether a tally both give differs (two announcements, at different times)
   */
  public record Shared(int figures, boolean bounded, boolean differ) {}

  /** The figures this announcement shares with {@code other}. */
  public Shared shared(Announcement other, boolean closeOpenBounds) {
    int n = 0;
    boolean bounded = false;
    for (Map.Entry<String, Interval> e : figures.entrySet()) {
      Interval theirs = other.figures.get(e.getKey());
      if (theirs == null) {
        continue;
      }
      if (!e.getValue().overlaps(theirs, closeOpenBounds)) {
        return new Shared(n, bounded, true);
      }
      n++;
      bounded |= Double.isFinite(e.getValue().high()) && Double.isFinite(theirs.high());
    }
    return new Shared(n, bounded, false);
  }

  /** Plain, at most four decimals ("3740", not "3740.0000000000005"); "Infinity" for an open end. */
  private static String number(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d); // read back by parseDouble
    }
    return java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
