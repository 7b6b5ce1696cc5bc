package org.tadqiq.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;

/**
 * Reads the number a NUMBER slot captured: digits (already folded to ASCII by normalization) or
 * number words from the language's number lexicon ("ثماني عشرة" = 8 + 10, "ثلاثة آلاف" = 3 × 1000;
 * entries with data {@code multiplier: true} multiply what came before; a {@code plural} multiplier
 * with nothing before it is vague and yields no number).
 */
final class NumberReader {
  private static final Pattern VULGAR_FRACTION =
      Pattern.compile("(\\d*)(\\d)\u2044([1-9]\\d*)");
  // every figure a rule reads passes here: its patterns are compiled once
  private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\u00a0-]+");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\P{N}*\\d.*");
  private static final Pattern LEADING_NON_DIGITS = Pattern.compile("^\\P{N}+");
  private final Lexicon words;

  NumberReader(Lexicon words) {
    this.words = words;
  }

  Double read(String text) {
    String t = text.strip();
    if (t.chars().anyMatch(Character::isDigit)) {
      return readScaledGroups(t);
    }
    if (words == null) {
      return null;
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    // "twenty-five" and "خمسة وعشرين" are read word by word
    for (String token : TOKEN_SEPARATORS.split(t)) {
      LexiconEntry e = words.lookup(token);
      if (e == null) {
        continue; // a conjunction or a word the pattern allowed between number words
      }
      Double v = e.number("value");
      if (v == null) {
        continue;
      }
      boolean multiplier = isMultiplier(e);
      if (multiplier && current == 0 && isPlural(e)) {
        return null; // "آلاف المدنيين" is "thousands of", not a figure
      }
      any = true;
      if (multiplier) {
        total += (current == 0 ? 1 : current) * v;
        current = 0;
      } else {
        current += v;
      }
    }
    return any ? total + current : null;
  }

  /**
   * A figure with digits, as groups that each may carry scale words: "1.2 million", "3 billion",
   * "43 ألفا و858", and the compounds Arabic writes with a conjunction, "3 مليارات و200 مليون" (3.2
   * billion) and "مليون و200 ألف" (1.2 million; the first group may be a scale word alone). A later
   * group counts only when it is smaller than one unit of the group before it (the conjunction
   * itself is the pattern's business); otherwise it is left out, as before.
   */
  private Double readScaledGroups(String t) {
    double total = 0;
    double previousScale = Double.POSITIVE_INFINITY;
    Double group = null;
    double groupScale = 1;
    boolean first = true;
    for (String token : TOKEN_SEPARATORS.split(t)) {
      if (token.isEmpty()) {
        continue;
      }
      LexiconEntry e = words == null ? null : words.lookup(token);
      Double v = e == null ? null : e.number("value");
      if (v != null && group != null && isMultiplier(e)) {
        group *= v;
        groupScale *= v;
      } else if (v != null && group == null && first && v >= 1000 && !isPlural(e)) {
        // "مليون و200 ألف": a scale word (or its dual, "مليونين") opens the figure alone
        group = v;
        groupScale = isMultiplier(e) ? v : scaleOf(v);
      } else if (HAS_DIGIT.matcher(token).matches()) {
        if (group != null) {
          if (group >= previousScale) {
            break; // "5 آلاف و300 ألف" is no one figure: keep what came first
          }
          total += group;
          previousScale = groupScale;
        }
        group = parseDigits(LEADING_NON_DIGITS.matcher(token).replaceFirst(""));
        groupScale = 1;
        if (group == null) {
          return total == 0 ? null : total;
        }
      }
      first = false;
    }
    if (group != null && group < previousScale) {
      total += group;
    }
    return total == 0 && group == null ? null : total;
  }

  private static boolean isPlural(LexiconEntry e) {
    return Boolean.parseBoolean(String.valueOf(e.data().get("plural")));
  }

  /** The power of a thousand a word's value stands at (مليونين, 2 million: a million). */
  private static double scaleOf(double value) {
    double scale = 1;
    while (scale * 1000 <= value) {
      scale *= 1000;
    }
    return scale;
  }

  private static boolean isMultiplier(LexiconEntry e) {
    return Boolean.parseBoolean(String.valueOf(e.data().get("multiplier")));
  }

  private static Double parseDigits(String digits) {
    Matcher fraction = VULGAR_FRACTION.matcher(digits);
    if (fraction.find()) {
      // "3½" is "31⁄2" after normalization: the whole, then a one-digit numerator
      double whole = fraction.group(1).isEmpty() ? 0 : Double.parseDouble(fraction.group(1));
      return whole + Double.parseDouble(fraction.group(2)) / Double.parseDouble(fraction.group(3));
    }
    String d = digits.replaceAll("[^0-9.,]", "");
    // "1,000" groups thousands; "1.5" and "1,5" are decimals
    if (d.matches("\\d{1,3}(,\\d{3})+")) {
      d = d.replace(",", "");
    } else {
      d = d.replace(',', '.');
    }
    try {
      return Double.valueOf(d);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
