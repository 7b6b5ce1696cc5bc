package org.tadqiq.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.align.Facet;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.Span;

/**
 * Says what a check did with a gold pair it did not judge as the reader did, so that a miss points
 * at its cause: a quote no claim was read from ("not extracted"), claims filed under different
 * identity keys (never compared), the findings that hold them (a possible discrepancy, a conflict,
 * an agreement), and who each claim is attributed to (a dispute needs a named party on both sides).
 */
final class PairDiagnosis {
  private final Map<String, ExtractedSource> sources;
  private final FacetMaker facets;

  PairDiagnosis(Map<String, ExtractedSource> sources, FacetMaker facets) {
    this.sources = sources;
    this.facets = facets;
  }

  /** What the check did instead of the reader's verdict, in one line. */
  String instead(Gold.Pair pair, List<Finding> covering, Map<String, Claim> claimsById) {
    List<String> unread = new ArrayList<>();
    List<List<Claim>> read = new ArrayList<>();
    for (Gold.Ref ref : pair.claims()) {
      List<Claim> claims = claimsAt(ref, pair.kind());
      if (claims.isEmpty()) {
        unread.add(ref.source() + " \"" + ref.quote() + "\"");
      }
      read.add(claims);
    }
    if (!unread.isEmpty()) {
      return "not extracted: " + String.join("; ", unread);
    }
    String who = "who says: " + String.join(" | ", read.stream().map(PairDiagnosis::who).toList());
    if (!covering.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (Finding f : covering) {
        found.add(name(f.verdict()) + " " + f.id() + " (" + placing(f, read) + ")");
      }
      return String.join(", ", found) + "; " + who;
    }
    List<Set<String>> keys = read.stream().map(this::keysOf).toList();
    List<String> keyless = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).isEmpty()) {
        Gold.Ref ref = pair.claims().get(i);
        keyless.add(ref.source() + " \"" + ref.quote() + "\" " + whyNoKey(read.get(i).get(0)));
      }
    }
    if (!keyless.isEmpty()) {
      return "not compared: " + String.join("; ", keyless) + "; " + who;
    }
    Set<String> shared = new LinkedHashSet<>(keys.get(0));
    keys.forEach(shared::retainAll);
    if (!shared.isEmpty()) {
      return "same key, no finding (" + shared.iterator().next() + "); " + who;
    }
    return "different keys: " + String.join(" vs ",
        keys.stream().map(k -> k.iterator().next()).toList()) + "; " + who;
  }

  /** The claims of a kind read where a gold quote stands. */
  private List<Claim> claimsAt(Gold.Ref ref, String kind) {
    ExtractedSource s = sources.get(ref.source());
    Span span = s == null ? null : Evaluator.locate(s.source().text(), ref.quote(), ref.occurrence());
    if (span == null) {
      return List.of();
    }
    return s.claims().stream()
        .filter(c -> (kind == null || c.kind().id().equals(kind)) && c.span().overlaps(span))
        .toList();
  }

  /** The identity keys a side's claims are compared under (policy and key). */
  private Set<String> keysOf(List<Claim> claims) {
    Set<String> keys = new LinkedHashSet<>();
    for (Claim c : claims) {
      ExtractedSource s = sources.get(c.source());
      for (Facet f : facets.facetsOf(c, s.source().published())) {
        keys.add(f.policy().id() + " " + f.key());
      }
    }
    return keys;
  }

  /** Why a claim has no identity key: what it would need to be compared. */
  private static String whyNoKey(Claim c) {
    if (c.frame() == null) {
      return "has no event";
    }
    if (c.frame().participants().isEmpty()) {
      return "has an event (" + c.frame().kind() + ") with no participant";
    }
    if (c.attribute().startsWith("mention")) {
      return "is an amount no cue explains";
    }
    return "is compared with nothing";
  }

  /** Whether a finding holds the pair's claims on one side or sets them apart. */
  private static String placing(Finding f, List<List<Claim>> read) {
    for (var side : f.sides()) {
      boolean all = read.stream().allMatch(claims -> claims.stream()
          .anyMatch(c -> side.claims().contains(c.id())));
      if (all) {
        return "on one side";
      }
    }
    return "apart";
  }

  /** Who a quote's claims are attributed to, in the source's words; "none" when nobody. */
  private static String who(List<Claim> claims) {
    Set<String> who = new LinkedHashSet<>();
    for (Claim c : claims) {
      who.add(c.attribution() == null ? "none" : c.attribution().who() + " [" + c.attribution().key() + "]");
    }
    return String.join(", ", who);
  }

  static String name(Finding.Verdict v) {
    return switch (v) {
      case CONFLICT -> "conflict";
      case DISPUTED -> "disputed";
      case COPY_DIFFERENCE -> "copy difference";
      case POSSIBLE -> "possible";
      case AGREEMENT -> "agree";
    };
  }
}
