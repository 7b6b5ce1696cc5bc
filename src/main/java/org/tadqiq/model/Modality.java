package org.tadqiq.model;

import java.util.Locale;

/**
 * How a claim is asserted. A forecast or a plan never conflicts with what was reported, a denial
 * is a position of its own, and a hypothesis asserts nothing: claims are compared only with
 * claims of the same {@link #comparedAs() group}. An estimate is compared with reports (its figure
 * is a report's figure, rounded).
 */
public enum Modality {
  REPORTED,
  ESTIMATED,
  FORECAST,
  PLANNED,
  DENIED,
  HYPOTHETICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The modality a claim is compared under. */
  public Modality comparedAs() {
    return switch (this) {
      case ESTIMATED -> REPORTED;
      case PLANNED -> FORECAST;
      default -> this;
    };
  }

  /** The modality a lexicon entry id names, or null for an unknown id. */
  public static Modality fromId(String id) {
    for (Modality m : values()) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    return null;
  }
}
