package org.tadqiq.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code weekday} (id monday … sunday), {@code relative} (data {@code days}: a day counted
 * from publication, "اليوم", "أمس"; or data {@code direction}: past, nearest or future, the
 * weekday it qualifies counted from publication, "last Thursday"; optional {@code part}), {@code
 * daypart}, {@code day} (digits) with {@code month} (data {@code month}) and an optional {@code
 * year}. What can be resolved against the article's publication date is resolved here; a bare
 * weekday is resolved once the claim's modality is known ({@link CalendarResolver}).
 */
final class TimeBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    Slot period = m.slot("period");
    if (period != null && period.entry() != null) {
      return List.of(relativePeriod(m, period, ctx));
    }
    String weekday = ClaimBuilder.entryId(m.slot("weekday"));
    Slot relative = ClaimBuilder.slot(m, "relative");
    Integer relativeDays = null;
    String direction = null;
    String dayPart = ClaimBuilder.entryId(ClaimBuilder.slot(m, "daypart"));
    if (relative != null && relative.entry() != null) {
      Double d = relative.entry().number("days");
      relativeDays = d == null ? null : d.intValue();
      direction = relative.entry().text("direction");
      if (dayPart == null) {
        dayPart = relative.entry().text("part");
      }
    }
    Integer month = null;
    Integer day = null;
    Integer year = null;
    Slot monthSlot = ClaimBuilder.slot(m, "month");
    if (monthSlot != null && monthSlot.entry() != null) {
      Double mo = monthSlot.entry().number("month");
      month = mo == null ? null : mo.intValue();
      Slot daySlot = ClaimBuilder.slot(m, "day");
      // a day in digits, or as an ordinal word whose day is in its entry ("الثامن عشر")
      Double d = daySlot == null ? null
          : daySlot.entry() != null && daySlot.entry().number("day") != null
              ? daySlot.entry().number("day") : ctx.numbers().read(daySlot.text());
      day = d == null || d < 1 || d > 31 ? null : d.intValue();
      Slot yearSlot = m.slot("year");
      Double y = yearSlot == null ? null : ctx.numbers().read(yearSlot.text());
      year = y == null || y < 1900 || y > 2200 ? null : y.intValue();
    }
    if (weekday == null && relativeDays == null && month == null) {
      return List.of();
    }
    if (month != null && weekday == null && relativeDays == null
        && ClaimBuilder.slot(m, "day") == null) {
      return List.of(namedMonth(m, month, year, direction, ctx));
    }
    LocalDate date = null;
    LocalDate published = ctx.published();
    if (relativeDays != null && published != null) {
      date = published.plusDays(relativeDays);
    } else if (month != null && day != null) {
      date = CalendarResolver.dayOfMonth(published, year, month, day);
    } else if (direction != null && weekday != null && published != null) {
      date = CalendarResolver.weekday(published, weekday, direction);
      relativeDays = null;
    }
    if (date != null && weekday == null && day != null || date != null && relativeDays != null
        && weekday == null) {
      weekday = date.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    }
    if (date != null && weekday != null
        && !date.getDayOfWeek().name().toLowerCase(Locale.ROOT).equals(weekday)) {
      date = null; // the text names another weekday than the date gives: keep what it says
    }
    ClaimValue value = new ClaimValue.When(weekday, month, day, year, relativeDays, dayPart, date);
    return List.of(draft(m, value));
  }

  /** "last week", "الشهر الماضي": a window of days around publication, when it is known. */
  private static Draft relativePeriod(RuleMatch m, Slot period, BuildContext ctx) {
    Double offset = period.entry().number("offset");
    String unit = period.entry().text("unit");
    LocalDate[] window = ctx.published() == null || offset == null ? null
        : CalendarResolver.period(ctx.published(), unit, offset.intValue());
    return draft(m, ClaimValue.When.period(period.entry().id(), null, null,
        window == null ? null : window[0], window == null ? null : window[1]));
  }

  /**
   * "in February 2025", "فبراير الماضي": the days of that month, once its year is known. A bare
   * month ("in February") waits for its claim's modality, as a bare weekday does (the Extractor
   * puts it on the calendar): a report means the latest such month, a forecast the next.
   */
  private static Draft namedMonth(RuleMatch m, int month, Integer year, String direction,
      BuildContext ctx) {
    LocalDate[] window = year == null && direction == null ? null
        : CalendarResolver.month(ctx.published(), year, month, direction);
    return draft(m, ClaimValue.When.period("month", month, year,
        window == null ? null : window[0], window == null ? null : window[1]));
  }

  private static Draft draft(RuleMatch m, ClaimValue value) {
    return new Draft(m, ClaimKind.TIME, "when", value, m.start(), m.end(), null);
  }
}
