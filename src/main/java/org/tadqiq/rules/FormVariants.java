package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Forms a lexicon derives from its listed and generated forms: a name's capitalized particles
 * ({@code case_matching: names}, {@link HeadlineCase}) and a country's possessive ({@code
 * possessive: true}: "Kenya's"). One mechanism for both: each variant joins the entry of the form
 * it comes from, unless another entry already holds it or the lexicon excludes it, so a listed
 * form always wins.
 */
final class FormVariants {
  private FormVariants() {}

  /** The possessive of a form ("Spain" → "Spain's"; "’" is normalized to "'"); none for one already. */
  static List<String> possessive(String form) {
    return form.endsWith("'s") ? List.of() : List.of(form + "'s");
  }

  /**
   * The entries with each form's variants added ({@code byForm} is kept up to date: it maps every
   * form, old and new, to its entry).
   */
  static List<LexiconEntry> added(List<LexiconEntry> entries, Map<String, LexiconEntry> byForm,
      Set<String> excluded, Function<String, List<String>> variantsOf) {
    List<LexiconEntry> out = new ArrayList<>(entries.size());
    for (LexiconEntry e : entries) {
      List<String> forms = new ArrayList<>(e.forms());
      for (String form : e.forms()) {
        for (String v : variantsOf.apply(form)) {
          if (!byForm.containsKey(v) && !excluded.contains(v)) {
            forms.add(v);
            byForm.put(v, null);
          }
        }
      }
      if (forms.size() == e.forms().size()) {
        out.add(e);
        continue;
      }
      LexiconEntry varied = new LexiconEntry(e.id(), forms, e.data());
      forms.forEach(f -> byForm.put(f, varied));
      out.add(varied);
    }
    return out;
  }
}
