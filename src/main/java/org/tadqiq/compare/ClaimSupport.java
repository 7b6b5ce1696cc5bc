package org.tadqiq.compare;

import java.util.Map;
import org.tadqiq.model.Claim;

/**
 * How many independent sources make each claim (see {@link Corroboration}), by the claim's id (the
 * claim's own id string: no new strings): the table is built once and kept as it is, never copied.
 * By id, not by identity: a facet may carry another instance of the same claim (an office fact
 * made at a draft's date, an attribution carried from an earlier sentence).
 */
public final class ClaimSupport {
  /** Nothing compared: no claim's support is known. */
  public static final ClaimSupport NONE = new ClaimSupport(Map.of());
  private final Map<String, Integer> byClaimId;

  /** {@code byClaimId} is not changed after. */
  ClaimSupport(Map<String, Integer> byClaimId) {
    this.byClaimId = byClaimId;
  }

  /** The number of independent sources making {@code c}, or null when it was compared with nothing. */
  public Integer of(Claim c) {
    return byClaimId.get(c.id());
  }
}
