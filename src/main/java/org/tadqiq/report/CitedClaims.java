package org.tadqiq.report;

import java.util.HashMap;
import java.util.Map;
import org.tadqiq.compare.Finding;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckResult;

/**
 * The claims a result's findings cite, by id: the evidence the reports quote. Only those: a map of
 * every claim of an archive would cost about as much as the claims themselves.
 */
final class CitedClaims {
  private CitedClaims() {}

  /** Cited ids the result holds no claim for (a large store's report) are absent. */
  static Map<String, Claim> of(CheckResult r) {
    Map<String, Claim> cited = new HashMap<>();
    for (Finding f : r.findings()) {
      for (String id : f.claims()) {
        cited.putIfAbsent(id, null);
      }
    }
    for (Claim c : r.claims()) {
      cited.replace(c.id(), c); // of two claims with one id the last, as a map of all would hold
    }
    cited.values().removeIf(java.util.Objects::isNull);
    return cited;
  }
}
