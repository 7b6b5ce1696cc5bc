package org.tadqiq.rules;

import java.util.List;
import java.util.Map;

/** One word-list entry: a language-neutral id, its surface forms, and data for claim builders. */
public record LexiconEntry(String id, List<String> forms, Map<String, Object> data) {
  public LexiconEntry {
    forms = List.copyOf(forms);
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  /** The data key of the first form as written in the rule file (forms are kept normalized). */
  public static final String DISPLAY = "display";

  /** The data with the entry's first form as written, for reports, unless the data names one. */
  public static Map<String, Object> withDisplay(Map<String, Object> data, String firstForm) {
    if (firstForm == null || data != null && data.containsKey(DISPLAY)) {
      return data;
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>(data == null ? Map.of() : data);
    out.put(DISPLAY, firstForm.strip());
    return out;
  }

  public String text(String key) {
    Object v = data.get(key);
    return v == null ? null : v.toString();
  }

  public Double number(String key) {
    Object v = data.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return Double.valueOf(v.toString());
  }
}
