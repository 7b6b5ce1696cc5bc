package org.tadqiq.rules;

import java.util.List;
import java.util.Map;

/** One word-list entry: a language-neutral id, its surface forms, and data for claim builders. */
public record LexiconEntry(String id, List<String> forms, Map<String, Object> data) {
  public LexiconEntry {
    forms = List.copyOf(forms);
    data = data == null ? Map.of() : Map.copyOf(data);
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
