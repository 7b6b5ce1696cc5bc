package org.tadqiq.eval;

import java.util.Map;

/**
 * One planted change (see resources/planted/*.yaml).
 *
 * @param kind the claim kind whose quotes it changes, or "any"
 * @param expect "conflict" when the change must be flagged, "no-conflict" when it must not
 * @param replace words and what they become; the first (in file order) found as a whole word wins
 * @param unless quotes holding any of these are left alone ("نائب وزير" is another office)
 */
public record Transformation(
    String id,
    String kind,
    String expect,
    String action,
    Map<String, String> replace,
    java.util.List<String> unless,
    Double factor,
    String text) {

  public boolean mustFlag() {
    return "conflict".equals(expect);
  }

  public boolean appliesTo(String claimKind) {
    return "any".equals(kind) || kind.equals(claimKind);
  }
}
