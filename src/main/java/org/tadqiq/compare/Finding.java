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
}
