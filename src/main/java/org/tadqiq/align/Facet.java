package org.tadqiq.align;

import java.time.LocalDate;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;

/**
 * One comparable aspect of a claim. Claims are grouped by (policy, key) — the identity of the fact
 * — and only facets of one group are compared. {@code compared} is the value as the group compares
 * it (a status, an interval, a person); {@code strength} is how firmly the identity is established.
 */
public record Facet(
    Policy policy, String key, String compared, Claim claim, LocalDate published, double strength) {

  /** The same facet holding {@code strings}' instances of its key and value (one table per run). */
  public Facet sharing(java.util.Map<String, String> strings) {
    return new Facet(policy, strings.computeIfAbsent(key, k -> k),
        compared == null ? null : strings.computeIfAbsent(compared, k -> k), claim, published,
        strength);
  }

  /** What puts facets in one group: the policy and the identity key. */
  public String groupKey() {
    return policy.id() + "\u0000" + key;
  }
}
