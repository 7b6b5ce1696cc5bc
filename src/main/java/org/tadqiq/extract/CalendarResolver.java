package org.tadqiq.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Puts time expressions on the calendar from the publication date of the article that writes
 * them. News speaks of the last few days, or of the next few when it speaks of plans: a bare
 * "Thursday" is the latest Thursday on or before publication in a report, the next one in a
 * forecast; "3 March" is the 3 March nearest to publication.
 */
final class CalendarResolver {
  private CalendarResolver() {}

  /** The day of a month, in the given year or in the year that puts it nearest to publication. */
  static LocalDate dayOfMonth(LocalDate published, Integer year, int month, int day) {
    if (year != null) {
      return safeDate(year, month, day);
    }
    if (published == null) {
      return null;
    }
    LocalDate best = null;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      LocalDate d = safeDate(y, month, day);
      if (d != null && (best == null || distance(d, published) < distance(best, published))) {
        best = d;
      }
    }
    return best;
  }

  /**
   * The weekday in a direction from publication: {@code past} is strictly before it ("last
   * Thursday"), {@code future} strictly after ("next Thursday"), {@code nearest} the nearest,
   * publication day included ("this Thursday"), {@code reported} the latest on or before it and
   * {@code forecast} the first on or after it (a bare weekday).
   */
  static LocalDate weekday(LocalDate published, String weekday, String direction) {
    DayOfWeek target;
    try {
      target = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
    int back = (published.getDayOfWeek().getValue() - target.getValue() + 7) % 7;
    int ahead = (target.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
    return switch (direction) {
      case "past" -> published.minusDays(back == 0 ? 7 : back);
      case "future" -> published.plusDays(ahead == 0 ? 7 : ahead);
      case "nearest" -> back <= ahead ? published.minusDays(back) : published.plusDays(ahead);
      case "forecast" -> published.plusDays(ahead);
      default -> published.minusDays(back);
    };
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
