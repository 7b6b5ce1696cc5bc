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

  /**
   * The days a week or month named relative to publication may mean, taken wide: "last week" is
   * any of the 13 days before publication (the calendar week before, or the last seven days, as
   * writers use it), "this week" six days either side, "next week" the 13 days after; "last
   * month" runs from the first of the month before up to the day before publication ("earlier
   * this month" is in it), "this month" is the calendar month, "next month" runs from the day
   * after publication to the end of the month after. Null when the unit is unknown.
   */
  static LocalDate[] period(LocalDate published, String unit, int offset) {
    if ("week".equals(unit)) {
      return switch (Integer.signum(offset)) {
        case -1 -> new LocalDate[] {published.minusDays(13), published.minusDays(1)};
        case 1 -> new LocalDate[] {published.plusDays(1), published.plusDays(13)};
        default -> new LocalDate[] {published.minusDays(6), published.plusDays(6)};
      };
    }
    if ("month".equals(unit)) {
      LocalDate first = published.withDayOfMonth(1);
      return switch (Integer.signum(offset)) {
        case -1 -> new LocalDate[] {first.minusMonths(1), published.minusDays(1)};
        case 1 -> new LocalDate[] {published.plusDays(1), lastDay(first.plusMonths(1))};
        default -> new LocalDate[] {first, lastDay(first)};
      };
    }
    return null;
  }

  /**
   * The days of a named month: of the given year; else, with a direction, the latest such month
   * before the month of publication ({@code past}: "فبراير الماضي", "last February") or the first
   * after it ({@code future}); the latest at or before it ({@code reported}: a bare month in a
   * report, "an incident in February" published in November is this year's February, not next
   * year's) or the first at or after it ({@code forecast}: "talks are due in February"); else
   * the one nearest to publication. Null when nothing fixes the year.
   */
  static LocalDate[] month(LocalDate published, Integer year, int month, String direction) {
    LocalDate first;
    if (year != null) {
      first = LocalDate.of(year, month, 1);
    } else if (published == null) {
      return null;
    } else {
      LocalDate thisYear = LocalDate.of(published.getYear(), month, 1);
      LocalDate current = published.withDayOfMonth(1);
      if ("past".equals(direction)) {
        first = thisYear.isBefore(current) ? thisYear : thisYear.minusYears(1);
      } else if ("future".equals(direction)) {
        first = thisYear.isAfter(current) ? thisYear : thisYear.plusYears(1);
      } else if ("reported".equals(direction)) {
        first = thisYear.isAfter(current) ? thisYear.minusYears(1) : thisYear;
      } else if ("forecast".equals(direction)) {
        first = thisYear.isBefore(current) ? thisYear.plusYears(1) : thisYear;
      } else {
        first = dayOfMonth(published, null, month, 15).withDayOfMonth(1);
      }
    }
    return new LocalDate[] {first, lastDay(first)};
  }

  private static LocalDate lastDay(LocalDate inMonth) {
    return inMonth.withDayOfMonth(inMonth.lengthOfMonth());
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
