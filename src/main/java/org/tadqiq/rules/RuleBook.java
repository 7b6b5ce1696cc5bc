package org.tadqiq.rules;

import java.util.Map;
import java.util.Optional;

/** All rule packs (one per language) and the shared common data. */
public record RuleBook(Map<String, LanguagePack> packs, CommonData common) {
  /** The pack of a language; empty for a source whose language is unknown (null) or has no pack. */
  public Optional<LanguagePack> pack(String language) {
    return language == null ? Optional.empty() : Optional.ofNullable(packs.get(language));
  }
}
