package org.tadqiq.extract;

import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;

/**
 * Reads the number a NUMBER slot captured: digits (already folded to ASCII by normalization) or
 * number words from the language's number lexicon ("ثماني عشرة" = 8 + 10, "ثلاثة آلاف" = 3 × 1000;
 * entries with data {@code multiplier: true} multiply what came before; a {@code plural} multiplier
 * with nothing before it is vague and yields no number).
 */
final class NumberReader {
  private final Lexicon words;

  NumberReader(Lexicon words) {
    this.words = words;
  }

  Double read(String text) {
    String t = text.strip();
    String digits = t.replaceAll("^[^0-9]+", "");
    if (!digits.isEmpty() && Character.isDigit(digits.charAt(0))) {
      // "1.2 million", "3 billion": digits, then scale words that multiply them
      String[] parts = digits.split("[\\s\\u00a0]+", 2);
      Double value = parseDigits(parts[0]);
      if (value != null && parts.length > 1 && words != null) {
        double scale = 1;
        for (String token : parts[1].split("[\\s-]+")) {
          LexiconEntry e = words.lookup(token);
          Double v = e == null ? null : e.number("value");
          if (v != null && isMultiplier(e)) {
            value *= v;
            scale *= v;
          } else if (scale > 1 && token.matches("\\p{L}?\\d+")) {
            // "43 ألفا و858": the rest after the scale (its conjunction is the pattern's business),
            // when it is less than one unit of it
            Double rest = parseDigits(token.replaceFirst("^\\p{L}", ""));
            if (rest != null && rest < scale) {
              value += rest;
            }
          }
        }
      }
      return value;
    }
    if (words == null) {
      return null;
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    // "twenty-five" and "خمسة وعشرين" are read word by word
    for (String token : t.split("[\\s\\u00a0-]+")) {
      LexiconEntry e = words.lookup(token);
      if (e == null) {
        continue; // a conjunction or a word the pattern allowed between number words
      }
      Double v = e.number("value");
      if (v == null) {
        continue;
      }
      boolean multiplier = isMultiplier(e);
      if (multiplier && current == 0 && Boolean.parseBoolean(String.valueOf(e.data().get("plural")))) {
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

  private static boolean isMultiplier(LexiconEntry e) {
    return Boolean.parseBoolean(String.valueOf(e.data().get("multiplier")));
  }

  private static Double parseDigits(String digits) {
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
