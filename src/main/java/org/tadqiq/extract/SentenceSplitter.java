package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadqiq.clean.ExcludedRange;

/** Splits normalized text at the language's sentence ends; never across a line break. */
final class SentenceSplitter {
  private final Pattern sentenceEnd;

  SentenceSplitter(Pattern sentenceEnd) {
    this.sentenceEnd = sentenceEnd;
  }

  List<Sentence> split(String text, List<ExcludedRange> excluded) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = sentenceEnd.matcher(text);
    int start = 0;
    while (m.find()) {
      add(out, text, start, m.end(), excluded);
      start = m.end();
    }
    add(out, text, start, text.length(), excluded);
    return out;
  }

  private static void add(
      List<Sentence> out, String text, int start, int end, List<ExcludedRange> excluded) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    boolean furniture = false;
    for (ExcludedRange r : excluded) {
      if (r.normalized().start() <= start && end <= r.normalized().end()) {
        furniture = true;
        break;
      }
    }
    out.add(new Sentence(out.size(), start, end, furniture));
  }
}
