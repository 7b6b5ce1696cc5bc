package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named word list; forms are stored normalized, so one list serves every spelling. A form written
 * in lower case matches in any case ("president" reads "President"); a form with a capital letter
 * matches only as written, because case tells a proper noun from a word ("US" is not "us", "May"
 * is not "may").
 */
public final class Lexicon {
  private final String name;
  private final boolean clitics;
  private final boolean exactCase;
  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byForm;
  /** lower-case forms by themselves: any casing of them in a text means the same entry */
  private final Map<String, LexiconEntry> byLowerCaseForm;
  private final String articleHead;

  Lexicon(
      String name,
      boolean clitics,
      boolean exactCase,
      List<LexiconEntry> entries,
      Map<String, LexiconEntry> byForm,
      String articleHead) {
    this.name = name;
    this.exactCase = exactCase;
    this.articleHead = articleHead;
    this.clitics = clitics;
    this.entries = List.copyOf(entries);
    this.byForm = Collections.unmodifiableMap(new LinkedHashMap<>(byForm));
    Map<String, LexiconEntry> lower = new LinkedHashMap<>();
    byForm.forEach((form, entry) -> {
      if (anyCase(form)) {
        lower.put(form, entry);
      }
    });
    this.byLowerCaseForm = Collections.unmodifiableMap(lower);
  }

  /**
   * Whether a form matches a text in any case: it is written in lower case and the lexicon does not
   * ask for exact case ("may" the modal verb must not read "May" the month).
   */
  public boolean anyCase(String form) {
    return !exactCase && form.equals(form.toLowerCase(Locale.ROOT))
        && !form.equals(form.toUpperCase(Locale.ROOT));
  }

  public String name() {
    return name;
  }

  public boolean clitics() {
    return clitics;
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /** Every normalized form, longest first (so an alternation prefers the longest form). */
  public List<String> formsLongestFirst() {
    List<String> forms = new ArrayList<>(byForm.keySet());
    forms.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    return forms;
  }

  /**
   * The entry a matched text stands for. The text may carry an attached prefix (و، ب، ل) or the
   * contracted article (ل + ال → لل, whose lost head the language file names), so shorter tails
   * are tried too.
   */
  public LexiconEntry lookup(String matched) {
    String text = matched.trim().replaceAll("\\s+", " ");
    for (int k = 0; k <= Math.min(3, text.length() - 1); k++) {
      String tail = text.substring(k);
      LexiconEntry e = find(tail);
      if (e == null && k > 0 && !articleHead.isEmpty()) {
        e = find(articleHead + tail);
      }
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private LexiconEntry find(String text) {
    LexiconEntry e = byForm.get(text);
    return e != null ? e : byLowerCaseForm.get(text.toLowerCase(Locale.ROOT));
  }
}
