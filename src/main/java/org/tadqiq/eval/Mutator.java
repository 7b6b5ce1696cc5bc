package org.tadqiq.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies a transformation's action to a quote; null when it does not apply to that quote. */
final class Mutator {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0628-\\u064A]");

  String apply(Transformation t, String quote) {
    if (t.unless() != null && t.unless().stream().anyMatch(quote::contains)) {
      return null;
    }
    return switch (t.action()) {
      case "replace" -> replace(quote, t.replace());
      case "scale-number" -> scale(quote, t.factor() == null ? 2 : t.factor());
      case "indic-digits" -> indic(quote);
      case "decorate" -> decorate(quote);
      default -> throw new IllegalArgumentException(
          "transformation " + t.id() + ": unknown action '" + t.action() + "'");
    };
  }

  // Whole words only (an attached و/ب/ل/ف may precede): "الرئيس" is not replaced inside "الرئيسين".
  private static String replace(String quote, Map<String, String> words) {
    for (Map.Entry<String, String> w : words.entrySet()) {
      Matcher m = Pattern.compile("(?<=^|[\\s,،(\"]|(?<![\\p{L}])[وبلف])" + Pattern.quote(w.getKey())
          + "(?![\\p{L}\\p{M}])").matcher(quote);
      if (m.find()) {
        return quote.substring(0, m.start()) + w.getValue() + quote.substring(m.end());
      }
    }
    return null;
  }

  private static String scale(String quote, double factor) {
    Matcher m = NUMBER.matcher(quote);
    if (!m.find()) {
      return null;
    }
    long v = Math.round(Long.parseLong(m.group()) * factor);
    return quote.substring(0, m.start()) + v + quote.substring(m.end());
  }

  private static String indic(String quote) {
    if (!NUMBER.matcher(quote).find()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (char c : quote.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
    }
    return b.toString();
  }

  // a tatweel after the first joining letter and a fatha after the second: both normalize away
  private static String decorate(String quote) {
    Matcher m = ARABIC_LETTER.matcher(quote);
    if (!m.find()) {
      return null;
    }
    int first = m.end();
    StringBuilder b = new StringBuilder(quote);
    b.insert(first, '\u0640');
    Matcher again = ARABIC_LETTER.matcher(b);
    if (again.find(first + 2)) {
      b.insert(again.end(), '\u064E');
    }
    return b.toString();
  }
}
