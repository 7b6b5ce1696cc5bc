package org.tadqiq.compare;

import java.util.List;
import org.tadqiq.model.ClaimKind;

/**
 * A group of claims about one fact from two or more sources, and what comparing them found.
 *
 * @param confidence how firmly the claims were shown to be about one fact (0..1)
 * @param sides the positions, each with its claims; one side for an agreement
 */
public record Finding(
    String id,
    Verdict verdict,
    ClaimKind kind,
    Policy policy,
    String key,
    String summary,
    double confidence,
    List<Side> sides,
    List<String> claims,
    List<String> sources) {

  /** What a group of claims amounts to. */
  public enum Verdict {
    /** incompatible, and identity is firm: counts for the exit code */
    CONFLICT,
    /** named parties assert incompatible things: each position with who holds it, not counted */
    DISPUTED,
    /** two copies of one dispatch differ: shown, but not outlets disagreeing, not counted */
    COPY_DIFFERENCE,
    /** incompatible, but identity is weak: listed apart, not counted */
    POSSIBLE,
    /** two or more sources agree */
    AGREEMENT
  }

  public Finding {
    sides = List.copyOf(sides);
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
  }

  /**
   * The id of the fact a finding is about (its policy and identity key): the same in every run
   * and report, so a reviewer's decision follows the finding.
   */
  public static String stableId(Policy policy, String key) {
    try {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(policy.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "f-" + java.util.HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Finding withId(String newId) {
    return new Finding(newId, verdict, kind, policy, key, summary, confidence, sides, claims, sources);
  }

  /** The positions taken, in a stable order: a decision holds while they stay the same. */
  public String signature() {
    return String.join(" | ", new java.util.TreeSet<>(sides.stream().map(Side::value).toList()));
  }
}
