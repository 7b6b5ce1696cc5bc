package org.tadqiq.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.align.Facet;
import org.tadqiq.model.Modality;
import org.tadqiq.rules.CommonData;

/**
 * Denials set against what they deny. A denied claim is compared only with denials (a denial is a
 * position of its own, see {@link Modality}), so a named party denying what another asserts would
 * never meet it: this finds, for each group of denials, the reported claims of the same fact that
 * say what is denied, and lists them as a dispute.
 */
final class Denials {
  private final CommonData common;
  private final Explainer explainer;
  private final Parties parties;
  private long comparisons;

  Denials(CommonData common, Explainer explainer, Parties parties) {
    this.common = common;
    this.explainer = explainer;
    this.parties = parties;
  }

  /** How many value pairs were compared so far. */
  long comparisons() {
    return comparisons;
  }

  /**
   * A denial against what it denies: one named party says a figure, a day or a place is so, another
   * denies it ("the ministry denied that 40 soldiers were killed" beside "the rebels said 40
   * soldiers were killed"). A denial is compared only with denials (see {@code Modality}), so this
   * looks up the reported claims of the same fact and pairs them with the denied ones whose value
   * they share: a disputed finding, each side with who holds it. Null when the group is no denial,
   * nobody asserts what it denies, the denier is not named, or the claimant is the denier.
   */
  Finding against(List<Facet> denied, Map<String, List<Facet>> groups) {
    Facet first = denied.get(0);
    if (first.claim().modality().comparedAs() != Modality.DENIED
        || first.claim().frame() == null) {
      return null;
    }
    // FacetMaker keys an event's facets "<frame>|<modality>[|<attribute>…]"
    String frame = first.claim().frame().key();
    String deniedPrefix = frame + "|" + Modality.DENIED.id();
    if (!first.key().startsWith(deniedPrefix)) {
      return null;
    }
    String assertedKey = frame + "|" + Modality.REPORTED.id()
        + first.key().substring(deniedPrefix.length());
    List<Facet> asserted = groups.getOrDefault(
        new Facet(first.policy(), assertedKey, "", first.claim(), null, 0).groupKey(), List.of());
    List<Facet> deniers = new ArrayList<>();
    List<Facet> claimants = new ArrayList<>();
    for (Facet d : denied) {
      for (Facet a : asserted) {
        comparisons++;
        if (first.policy().compatible(d, a, common)) {
          if (!deniers.contains(d)) {
            deniers.add(d);
          }
          if (!claimants.contains(a)) {
            claimants.add(a);
          }
        }
      }
    }
    if (deniers.isEmpty() || !deniedByAnother(claimants, deniers)) {
      return null;
    }
    List<Side> sides = List.of(side(claimants, ""), side(deniers, "denied: "));
    List<Facet> all = new ArrayList<>(claimants);
    all.addAll(deniers);
    List<String> claims = all.stream()
        .sorted(Comparator.comparing((Facet f) -> f.claim().source())
            .thenComparingInt(f -> f.claim().span().start()))
        .map(f -> f.claim().id()).distinct().toList();
    List<String> sources = all.stream().map(f -> f.claim().source()).distinct().sorted().toList();
    double confidence = Math.min(strongest(claimants), strongest(deniers));
    String summary = explainer.summary(Finding.Verdict.DISPUTED, claimants.get(0), sides, all)
        .replaceFirst("; [^;]*$", "; one party denies what another asserts");
    return new Finding(null, Finding.Verdict.DISPUTED, first.claim().kind(), first.policy(),
        first.key(), summary, Math.round(confidence * 100) / 100.0, sides, claims, sources);
  }

  /**
   * Whether a named party denies what others assert: every denier is named, and no claimant is
   * attributed to a party that may be the denier's (a party does not dispute itself). A claimant
   * nobody is said to speak for (an outlet's own report, "a source") is another party.
   */
  private boolean deniedByAnother(List<Facet> claimants, List<Facet> deniers) {
    Set<String> denying = parties.of(deniers);
    if (denying == null || deniers.stream().anyMatch(f -> f.claim().attribution() == null)) {
      return false;
    }
    for (Facet c : claimants) {
      String party = c.claim().attribution() == null ? null
          : parties.party(c.claim().attribution().key());
      if (party != null && denying.stream().anyMatch(d -> parties.mayBeOne(d, party))) {
        return false;
      }
    }
    return true;
  }

  /** One side of a denial: its value (marked as denied for the deniers) and who holds it. */
  private Side side(List<Facet> facets, String mark) {
    return Side.holding(mark + explainer.value(facets.get(0)), facets);
  }

  private static double strongest(List<Facet> facets) {
    return facets.stream().mapToDouble(Facet::strength).max().orElse(0);
  }
}
