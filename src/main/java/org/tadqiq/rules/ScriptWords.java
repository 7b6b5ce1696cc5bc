package org.tadqiq.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.text.TextNormalizer;

/**
 * Normalizes the words of a language's script inside a regex written in a rule file, leaving the
 * regex syntax alone: rule authors spell words as people do ("إقرأ أيضاً") and the pattern still
 * matches normalized text.
 */
final class ScriptWords {
  private final Pattern run;
  private final TextNormalizer normalizer;

  ScriptWords(Pattern script, TextNormalizer normalizer) {
    this.run = Pattern.compile("(?:" + script.pattern() + ")+");
    this.normalizer = normalizer;
  }

  String apply(String regex) {
    Matcher m = run.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(normalizer.normalize(m.group()).normalized()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
