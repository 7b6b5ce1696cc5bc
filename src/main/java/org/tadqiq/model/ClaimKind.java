package org.tadqiq.model;

import java.util.Locale;

/** The kinds of atomic claim Tadqiq extracts; rule files name them in lower case. */
public enum ClaimKind {
  QUANTITY,
  OFFICE,
  ORDINAL,
  SEQUENCE,
  TIME,
  PLACE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimKind fromId(String id) {
    for (ClaimKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown claim kind '" + id + "'");
  }
}
