package org.tadqiq.compare;

import java.util.List;

/** One position in a disagreement: a value and the claims (from one or more sources) that hold it. */
public record Side(String value, List<String> sources, List<String> claims) {
  public Side {
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
  }
}
