package org.tadqiq.compare;

import java.util.IdentityHashMap;
import java.util.Map;
import org.tadqiq.model.Claim;

/**
 * How many independent sources make each claim (see {@link Corroboration}), by the claim itself:
 * the table is built once and kept as it is (a map by id was built, then copied whole into an
 * immutable one: two tables of every compared claim of the archive at once).
 */
public final class ClaimSupport {
  /** Nothing compared: no claim's support is known. */
  public static final ClaimSupport NONE = new ClaimSupport(Map.of());
  private final Map<Claim, Integer> byClaim;

  /** {@code byClaim} is keyed by identity (an {@link IdentityHashMap}) and not changed after. */
  ClaimSupport(Map<Claim, Integer> byClaim) {
    this.byClaim = byClaim;
  }

  /** The number of independent sources making {@code c}, or null when it was compared with nothing. */
  public Integer of(Claim c) {
    return byClaim.get(c);
  }
}
