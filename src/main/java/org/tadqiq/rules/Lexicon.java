package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named word list; forms are stored normalized, so one list serves every spelling. */
public final class Lexicon {
  private final String name;
  private final boolean clitics;
  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byForm;
  private final String articleHead;

  Lexicon(
      String name,
      boolean clitics,
      List<LexiconEntry> entries,
      Map<String, LexiconEntry> byForm,
      String articleHead) {
    this.name = name;
    this.articleHead = articleHead;
    this.clitics = clitics;
    this.entries = List.copyOf(entries);
    this.byForm = Collections.unmodifiableMap(new LinkedHashMap<>(byForm));
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
      LexiconEntry e = byForm.get(tail);
      if (e == null && k > 0 && !articleHead.isEmpty()) {
        e = byForm.get(articleHead + tail);
      }
      if (e != null) {
        return e;
      }
    }
    return null;
  }
}
