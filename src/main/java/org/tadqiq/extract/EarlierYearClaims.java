package org.tadqiq.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * The claims that tell of an earlier year's event: a year before the one the article was published
 * in dates them ("In 1999, a 7.6-magnitude quake killed more than 2,400", "ضرب الجزيرة بقوة 7,6
 * درجات في سبتمبر 1999"), not a day of the article's own time (a weekday, "today", a date of the
 * publication's year). News recalls the last great quake or the previous election beside the
 * current one; its figures, read as the current event's, make a 7.6 against the 7.4 of the day.
 * The time mark nearest to the claim in its clause decides ("struck on Sunday, the strongest since
 * the 6.0 quake of September 1999" gives the 6.0 to 1999); a clause with no mark is of an earlier
 * year when its sentence has earlier marks and none of the article's time ("the largest attack
 * since the invasion in February 2022 …, injuring 18" on a Sunday stays Sunday's). Digits are
 * ASCII after normalization in both languages, so a year is found the same way in each; a
 * four-digit number a rule read ("2000 شخص") is a count, not a year.
 */
final class EarlierYearClaims {
  /** a year of four digits standing alone: not part of a longer number, a decimal or a grouping */
  private static final Pattern YEAR =
      Pattern.compile("(?<![0-9.,،٫])(1[6-9][0-9]{2}|20[0-9]{2})(?![0-9]|[.,،٫][0-9])");

  /** Clause marks; a comma or colon between two digits ("7,6", "7:58") is none. */
  private static final String CLAUSE_MARKS = ",،;؛:()";

  /**
   * A time mark of a sentence: where it stands, whether it is of an earlier year, and where the
   * word that opens a comparison before it in its clause stands ("the strongest since the disaster
   * of March 2011": the "since"), or -1.
   */
  private record Mark(int start, int end, boolean earlier, int since) {
    /**
     * Whether this mark says nothing of {@code d}'s time: it closes a comparison opened after the
     * claim ("a magnitude of 8.8, the strongest since March 2011"); the earlier event is the one
     * measured against, not the one the figure is of.
     */
    boolean comparedWith(Draft d) {
      return since >= 0 && d.end() <= since;
    }

    int distanceTo(Draft d) {
      if (d.end() <= start) {
        return start - d.end();
      }
      return d.start() >= end ? d.start() - end : 0;
    }
  }

  private EarlierYearClaims() {}

  /**
   * @param text the normalized text
   * @param sentences its sentences
   * @param drafts the claims read in it, before their events are found
   * @param published the article's day; no claim is of an earlier year when it is unknown
   * @param timeZones a sentence's words of a time zone (frames' {@code time_zones}): four digits
   *     right before one are an hour, not a year ("at 11:47 pm local time (1917 GMT)", "الساعة
   *     1917 بتوقيت غرينتش")
   * @param since a sentence's words that open a comparison's starting time (frames' {@code
   *     since}): a mark after one dates what follows it, not a claim told before it
   * @return the drafts whose nearest time mark is of an earlier year (compared by identity)
   */
  static Set<Draft> of(String text, List<Sentence> sentences, List<Draft> drafts,
      LocalDate published, Function<Sentence, List<Hit>> timeZones,
      Function<Sentence, List<Hit>> since) {
    return of(text, sentences, drafts, published, timeZones, since, 0);
  }

  /**
   * As {@link #of(String, List, List, LocalDate, Function, Function)}; also a month with its year,
   * or a day with its month and year, that ends at least {@code earlierDays} days before
   * publication (policies' {@code earlier_event_days}; 0: none) dates an earlier occasion: "during
   * Trump's visit to Riyadh in May 2025" in a November article is not the week's visit.
   */
  static Set<Draft> of(String text, List<Sentence> sentences, List<Draft> drafts,
      LocalDate published, Function<Sentence, List<Hit>> timeZones,
      Function<Sentence, List<Hit>> since, int earlierDays) {
    Set<Draft> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (published == null) {
      return out;
    }
    int thisYear = published.getYear();
    // the drafts in text order, walked once beside the sentences (also in text order): a
    // filter of every draft per sentence would cost sentences × drafts on a long text
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(java.util.Comparator.comparingInt(Draft::start));
    int next = 0;
    for (Sentence s : sentences) {
      while (next < ordered.size() && ordered.get(next).start() < s.start()) {
        next++;
      }
      int first = next;
      while (next < ordered.size() && ordered.get(next).start() < s.end()) {
        next++;
      }
      if (s.furniture() || first == next) {
        continue;
      }
      List<Draft> inSentence = ordered.subList(first, next);
      List<Mark> marks = marks(text, s, inSentence, thisYear, timeZones, since.apply(s),
          earlierDays > 0 ? published.minusDays(earlierDays) : null);
      if (marks.stream().noneMatch(Mark::earlier)) {
        continue;
      }
      for (Draft d : inSentence) {
        List<Mark> ofD = marks.stream().filter(m -> !m.comparedWith(d)).toList();
        boolean sentenceIsEarlier = !ofD.isEmpty() && ofD.stream().allMatch(Mark::earlier);
        int[] clause = clauseAround(text, s, d);
        int wall = elapsedAfter(d, inSentence);
        Mark nearest = null;
        boolean walledOff = false;
        for (Mark m : ofD) {
          if (m.start() < clause[0] || m.end() > clause[1]) {
            continue;
          }
          if (m.start() >= wall) {
            walledOff = true;
            continue;
          }
          // a tie goes to the day of the article's own time
          if (nearest == null || m.distanceTo(d) < nearest.distanceTo(d)
              || m.distanceTo(d) == nearest.distanceTo(d) && !m.earlier()) {
            nearest = m;
          }
        }
        if (nearest == null ? sentenceIsEarlier && !walledOff : nearest.earlier()) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /**
   * Where the first length of time after a claim in its sentence ends ("met again in Pyongyang,
   * more than 270 days after their meeting at Vostochny in September 2023"): a year beyond it
   * dates the event the time is counted from, an earlier one, not the claim's. Beyond the sentence
   * when there is none. A year before the length ("In 2019, two years after their first summit,
   * they met in Hanoi") still dates what follows it.
   */
  private static int elapsedAfter(Draft d, List<Draft> inSentence) {
    for (Draft other : inSentence) {
      if (other.start() >= d.end() && other.kind() == ClaimKind.QUANTITY
          && other.value() instanceof ClaimValue.Quantity q && "duration".equals(q.dimension())) {
        return other.end();
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The clause of its sentence a claim stands in: [start, end). */
  private static int[] clauseAround(String text, Sentence s, Draft d) {
    int from = d.start();
    while (from > s.start() && !clauseMark(text, from - 1)) {
      from--;
    }
    int to = d.end();
    while (to < s.end() && !clauseMark(text, to)) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean clauseMark(String text, int i) {
    char c = text.charAt(i);
    if (CLAUSE_MARKS.indexOf(c) < 0) {
      return false;
    }
    boolean betweenDigits = (c == ',' || c == ':') && i > 0 && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    return !betweenDigits;
  }

  /**
   * Whether a month written with its year, or a day with its month and year, ended on or before
   * {@code endedBy} (null: not asked). A weekday, a bare month or a day without its year is of the
   * article's own time: only a writer who names the year places a thing on the calendar so.
   */
  private static boolean longAgo(ClaimValue.When w, LocalDate endedBy) {
    if (endedBy == null || w.year() == null || w.month() == null) {
      return false;
    }
    LocalDate last = w.day() != null
        ? LocalDate.of(w.year(), w.month(), Math.min(w.day(), 28))
        : java.time.YearMonth.of(w.year(), w.month()).atEndOfMonth();
    if (w.day() != null && w.date() != null) {
      last = w.date();
    }
    return !last.isAfter(endedBy);
  }

  /** The sentence's time claims and the years no rule read as a count. */
  private static List<Mark> marks(String text, Sentence s, List<Draft> inSentence, int thisYear,
      Function<Sentence, List<Hit>> timeZones, List<Hit> sinceWords, LocalDate endedBy) {
    List<Mark> marks = new ArrayList<>();
    for (Draft d : inSentence) {
      if (d.kind() == ClaimKind.TIME && d.value() instanceof ClaimValue.When w) {
        // a day named without its year ("on Wednesday", "اليوم") is of the article's own time; a
        // month named relative to it that lies wholly in an earlier year ("في سبتمبر الماضي" in
        // June) is that year's, like one written with its year ("في سبتمبر 2023")
        boolean earlierMonth = w.month() != null && w.through() != null
            && w.through().getYear() < thisYear;
        marks.add(new Mark(d.start(), d.end(),
            w.year() != null && w.year() < thisYear || earlierMonth || longAgo(w, endedBy),
            sinceBefore(text, d.start(), sinceWords)));
      }
    }
    Matcher m = YEAR.matcher(text).region(s.start(), s.end());
    List<Hit> zones = null; // read once, and only for a sentence with four digits in it
    while (m.find()) {
      int at = m.start();
      boolean read = inSentence.stream().anyMatch(d -> d.start() <= at && d.end() > at);
      int end = m.end();
      zones = zones == null ? timeZones.apply(s) : zones;
      boolean hour = zones.stream()
          .anyMatch(z -> z.start() >= end && text.substring(end, z.start()).isBlank());
      if (!read && !hour) {
        marks.add(new Mark(m.start(), m.end(), Integer.parseInt(m.group(1)) < thisYear,
            sinceBefore(text, m.start(), sinceWords)));
      }
    }
    return marks;
  }

  /**
   * Where the nearest word opening a comparison stands before {@code at} in the same clause and at
   * most {@link #SINCE_REACH} characters before it ("since the Fukushima disaster in March 2011",
   * "منذ عام 1952"), or -1.
   */
  private static int sinceBefore(String text, int at, List<Hit> sinceWords) {
    int best = -1;
    for (Hit h : sinceWords) {
      if (h.end() <= at && at - h.end() <= SINCE_REACH && h.start() > best) {
        boolean sameClause = true;
        for (int i = h.end(); i < at; i++) {
          if (clauseMark(text, i)) {
            sameClause = false;
            break;
          }
        }
        if (sameClause) {
          best = h.start();
        }
      }
    }
    return best;
  }

  /** How far before a year its "since" may stand: a few words ("since the deadly quake of"). */
  private static final int SINCE_REACH = 60;
}
