package org.tadqiq.model;

import java.util.Objects;

/**
 * Who asserts a claim, as its sentence says ("according to Ukraine's air force", "قال وزير الصحة
 * التركي"): {@code who} is the original words, {@code key} what two attributions are compared by
 * (the ids of the people, countries and bodies named in them, else the words folded), so that
 * "the Turkish health ministry" and "وزارة الصحة التركية" are one party.
 */
public record Attribution(String who, String key) {
  public Attribution {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(key, "key");
  }
}
