package org.tadqiq.rules;

import java.util.Map;
import java.util.Optional;

/** All rule packs (one per language) and the shared common data. */
public record RuleBook(Map<String, LanguagePack> packs, CommonData common) {
  public Optional<LanguagePack> pack(String language) {
    return Optional.ofNullable(packs.get(language));
  }
}
