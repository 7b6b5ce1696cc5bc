package org.tadqiq.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slots: {@code weekday} (id monday … sunday), {@code relative} (data {@code days}, optional
 * {@code part}), {@code daypart}, {@code day} (digits) with {@code month} (data {@code month}).
 * Relative days and bare dates are resolved against the article's date when it is known.
 */
final class TimeBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    String weekday = ClaimBuilder.entryId(m.slot("weekday"));
    Slot relative = m.slot("relative");
    Integer relativeDays = null;
    String dayPart = ClaimBuilder.entryId(m.slot("daypart"));
    if (relative != null && relative.entry() != null) {
      Double d = relative.entry().number("days");
      relativeDays = d == null ? null : d.intValue();
      if (dayPart == null) {
        dayPart = relative.entry().text("part");
      }
    }
    Integer month = null;
    Integer day = null;
    Slot monthSlot = m.slot("month");
    if (monthSlot != null && monthSlot.entry() != null) {
      Double mo = monthSlot.entry().number("month");
      month = mo == null ? null : mo.intValue();
      Slot daySlot = m.slot("day");
      Double d = daySlot == null ? null : ctx.numbers().read(daySlot.text());
      day = d == null || d < 1 || d > 31 ? null : d.intValue();
    }
    if (weekday == null && relativeDays == null && month == null) {
      return List.of();
    }
    LocalDate date = resolve(ctx.published(), relativeDays, month, day);
    if (date != null && weekday == null) {
      weekday = date.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    }
    if (date != null && !date.getDayOfWeek().name().toLowerCase(Locale.ROOT).equals(weekday)) {
      date = null; // the text names another weekday than the date gives: keep what it says
    }
    ClaimValue value = new ClaimValue.When(weekday, month, day, relativeDays, dayPart, date);
    return List.of(new Draft(m, ClaimKind.TIME, "when", value, m.start(), m.end(), null));
  }

  private static LocalDate resolve(LocalDate published, Integer relativeDays, Integer month, Integer day) {
    if (published == null) {
      return null;
    }
    if (relativeDays != null) {
      return published.plusDays(relativeDays);
    }
    if (month != null && day != null) {
      int year = published.getYear();
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate d = first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
      return d.isAfter(published) ? d.minusYears(1) : d;
    }
    return null;
  }
}
