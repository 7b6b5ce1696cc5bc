package org.tadqiq.pipeline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.rules.RuleBook;

/** Picks the rule pack whose script most of a text's letters are written in. */
final class LanguageDetector {
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** by language: the letters of its script (no pack is built to tell a text's language) */
  private final Map<String, Pattern> scripts = new java.util.LinkedHashMap<>();

  LanguageDetector(RuleBook rules) {
    rules.languages().forEach(l -> scripts.put(l, rules.script(l)));
  }

  /** The declared language if a pack exists for it, else the dominant script's, else null. */
  String detect(String text, String declared) {
    if (declared != null && scripts.containsKey(declared)) {
      return declared;
    }
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    long letters = count(LETTER, sample);
    if (letters == 0) {
      return null;
    }
    String best = null;
    double bestShare = 0.5;
    for (Map.Entry<String, Pattern> script : scripts.entrySet()) {
      double share = (double) count(script.getValue(), sample) / letters;
      if (share > bestShare) {
        bestShare = share;
        best = script.getKey();
      }
    }
    return best;
  }

  private static long count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    long n = 0;
    while (m.find()) {
      n += m.end() - m.start();
    }
    return n;
  }
}
