package org.tadqiq.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * A weekday written right beside a date that falls on another weekday ("on Tuesday (Nov 19)" in a
 * year where 19 November is a Wednesday): the phrase names one day, and one of its two words is
 * wrong. Read as two claims, the source would hold both days, and a source that names two days
 * for an event (a visit over two days) contradicts no one — so the written date, compared with
 * what others say, would never be. The date is the more precise of the two words and is kept; the
 * bare weekday beside it is dropped. Only a bare weekday (no date of its own) and a date written
 * with its day and month, one right after the other (a space, a comma or a bracket between them),
 * and at most a week apart on the calendar (further apart, the calendar reading of one of them is
 * in doubt, not the writer).
 */
final class WeekdayBesideDate {
  private static final Pattern BETWEEN = Pattern.compile("[\\s,،(\\[–-]*");
  private static final int MAX_DAYS_APART = 7;

  private WeekdayBesideDate() {}

  static List<Claim> apply(List<Claim> claims, String text) {
    Set<Claim> dropped = new HashSet<>();
    for (int i = 0; i + 1 < claims.size(); i++) {
      for (int j = i + 1; j < claims.size() && j <= i + 2; j++) {
        Claim a = claims.get(i);
        Claim b = claims.get(j);
        if (a.kind() != ClaimKind.TIME || b.kind() != ClaimKind.TIME) {
          continue;
        }
        Claim first = a.span().start() <= b.span().start() ? a : b;
        Claim second = first == a ? b : a;
        if (first.span().end() > second.span().start()
            || !BETWEEN.matcher(text.substring(first.span().end(), second.span().start())).matches()) {
          continue;
        }
        Claim weekday = bareWeekday(first) ? first : bareWeekday(second) ? second : null;
        Claim date = weekday == first ? second : first;
        if (weekday == null || !writtenDate(date)) {
          continue;
        }
        LocalDate w = ((ClaimValue.When) weekday.value()).date();
        LocalDate d = ((ClaimValue.When) date.value()).date();
        if (!w.equals(d) && Math.abs(ChronoUnit.DAYS.between(w, d)) <= MAX_DAYS_APART
            && !d.getDayOfWeek().name().equalsIgnoreCase(((ClaimValue.When) weekday.value()).weekday())) {
          dropped.add(weekday);
        }
      }
    }
    if (dropped.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      if (!dropped.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean bareWeekday(Claim c) {
    return c.value() instanceof ClaimValue.When w && w.weekday() != null && w.day() == null
        && w.month() == null && w.date() != null && w.period() == null;
  }

  private static boolean writtenDate(Claim c) {
    return c.value() instanceof ClaimValue.When w && w.day() != null && w.month() != null
        && w.date() != null && w.period() == null;
  }
}
