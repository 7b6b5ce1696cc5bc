package org.tadqiq.model;

import java.util.Locale;

/** How a claim is asserted: a forecast never conflicts with a reported fact. */
public enum Modality {
  REPORTED,
  FORECAST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
