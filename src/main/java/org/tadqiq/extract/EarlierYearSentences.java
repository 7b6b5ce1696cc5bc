package org.tadqiq.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * The sentences that tell of an earlier year's event: they name a year before the one the article
 * was published in ("In 1999, a 7.6-magnitude quake killed more than 2,400", "ضرب الجزيرة بقوة
 * 7,6 درجات في سبتمبر 1999") and no day of the article's own time (a weekday, "today", a date of
 * the publication's year). News recalls the last great quake or the previous election beside the
 * current one; its figures, read as the current event's, make a 7.6 against the 7.4 of the day.
 * Digits are ASCII after normalization in both languages, so the year is found the same way in
 * each; a four-digit number a quantity rule read ("2000 شخص") is a count, not a year.
 */
final class EarlierYearSentences {
  /** a year of four digits standing alone: not part of a longer number, a decimal or a grouping */
  private static final Pattern YEAR = Pattern.compile("(?<![0-9.,،٫])(1[6-9][0-9]{2}|20[0-9]{2})(?![0-9]|[.,،٫][0-9])");

  private EarlierYearSentences() {}

  /**
   * @param text the normalized text
   * @param sentences its sentences
   * @param drafts the claims read in it, before their events are found
   * @param published the article's day; no sentence is earlier when it is unknown
   * @return the indexes of the sentences that tell of an earlier year
   */
  static Set<Integer> of(String text, List<Sentence> sentences, List<Draft> drafts,
      LocalDate published) {
    Set<Integer> out = new HashSet<>();
    if (published == null) {
      return out;
    }
    int thisYear = published.getYear();
    for (Sentence s : sentences) {
      if (s.furniture()) {
        continue;
      }
      boolean earlier = false;
      boolean current = false;
      for (Draft d : drafts) {
        if (d.start() < s.start() || d.start() >= s.end() || d.kind() != ClaimKind.TIME
            || !(d.value() instanceof ClaimValue.When w)) {
          continue;
        }
        // a day named without its year ("on Wednesday", "اليوم") is the article's own time
        if (w.year() == null || w.year() >= thisYear) {
          current = true;
        } else {
          earlier = true;
        }
      }
      if (current) {
        continue;
      }
      Matcher m = YEAR.matcher(text).region(s.start(), s.end());
      while (!earlier && m.find()) {
        int at = m.start();
        boolean readAsQuantity = drafts.stream().anyMatch(d -> d.kind() == ClaimKind.QUANTITY
            && d.start() <= at && d.end() > at);
        earlier = !readAsQuantity && Integer.parseInt(m.group(1)) < thisYear;
      }
      if (earlier) {
        out.add(s.index());
      }
    }
    return out;
  }
}
