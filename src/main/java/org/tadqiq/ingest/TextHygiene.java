package org.tadqiq.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters no text can carry through to a report or a store: an unpaired UTF-16 surrogate (half
 * an emoji, or an escape such as {@code \ud800} in JSON or {@code &#xD800;} in HTML) cannot be
 * written as UTF-8, and a NUL is no text. Each is replaced by U+FFFD and reported as a problem of
 * the input that brought it, so nothing is changed silently.
 */
final class TextHygiene {
  static final char REPLACEMENT = '\uFFFD';

  private TextHygiene() {}

  /** A string after cleaning: how many chars were replaced and where the first was. */
  record Cleaned(String text, int replaced, int firstAt) {}

  static Cleaned clean(String s) {
    if (s == null) {
      return new Cleaned(null, 0, -1);
    }
    StringBuilder b = null;
    int replaced = 0;
    int first = -1;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
        bad = true;
      } else {
        bad = Character.isLowSurrogate(c) || c == '\u0000';
      }
      if (bad) {
        if (b == null) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        b.append(REPLACEMENT);
        replaced++;
        if (first < 0) {
          first = i;
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return new Cleaned(b == null ? s : b.toString(), replaced, first);
  }

  /** The source with every field cleaned, and a problem naming each field that needed it. */
  static Source apply(Source s) {
    List<String> problems = new ArrayList<>();
    String id = field(s, "id", s.id(), problems);
    String url = field(s, "url", s.url(), problems);
    String outlet = field(s, "outlet", s.outlet(), problems);
    String title = field(s, "title", s.title(), problems);
    String language = field(s, "language", s.language(), problems);
    String text = field(s, "text", s.text(), problems);
    if (problems.isEmpty() && clean(String.join("", s.problems())).replaced() == 0
        && clean(s.path()).replaced() == 0) {
      return s;
    }
    List<String> all = new ArrayList<>();
    for (String p : s.problems()) {
      all.add(clean(p).text());
    }
    all.addAll(problems);
    return new Source(id, clean(s.path()).text(), url, outlet, title, language, s.published(), text,
        s.status(), all);
  }

  private static String field(Source s, String name, String value, List<String> problems) {
    Cleaned c = clean(value);
    if (c.replaced() > 0) {
      problems.add(clean(s.path()).text() + ": " + c.replaced() + " broken character"
          + (c.replaced() == 1 ? "" : "s") + " (an unpaired UTF-16 surrogate or a NUL) in the "
          + name + " replaced by U+FFFD (first at char " + c.firstAt() + ")");
    }
    return c.text();
  }
}
