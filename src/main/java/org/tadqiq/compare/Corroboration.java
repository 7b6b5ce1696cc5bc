package org.tadqiq.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.align.Facet;
import org.tadqiq.rules.CommonData;

/**
 * How many independent sources make each claim: the sources whose claims of the same fact (one
 * facet group) hold a value compatible with it and were published within the policy's time window
 * of it, copies of one dispatch counted once. A claim that
 * only its own source (or its copies) makes is single-source; a claim compared with nothing (no
 * event to pin it to) is absent: whether others make it is not known.
 */
public final class Corroboration {
  private final CommonData common;

  public Corroboration(CommonData common) {
    this.common = common;
  }

  /**
   * @param copyGroups source id → its group of copies of one dispatch (absent: a group of its own)
   * @return the number of independent sources that make each claim compared
   */
  public ClaimSupport independentSources(List<Facet> facets, Map<String, String> copyGroups) {
    Map<String, Map<String, List<Facet>>> byGroupAndValue = new LinkedHashMap<>();
    for (Facet f : facets) {
      if (f.policy() == Policy.OFFICE_AGAINST_KNOWLEDGE) {
        continue; // a misstatement's group is not a fact others make
      }
      byGroupAndValue.computeIfAbsent(f.groupKey(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.compared(), k -> new ArrayList<>()).add(f);
    }
    Map<String, Integer> out = new java.util.HashMap<>();
    for (Map<String, List<Facet>> values : byGroupAndValue.values()) {
      List<List<Facet>> distinct = new ArrayList<>(values.values());
      for (List<Facet> mine : distinct) {
        List<Facet> agreeing = new ArrayList<>();
        for (List<Facet> other : distinct) {
          // distinct values are compared once each, by their first facet
          if (other == mine || mine.get(0).policy().valuesAgree(mine.get(0), other.get(0), common)) {
            agreeing.addAll(other);
          }
        }
        int days = mine.get(0).policy().windowDays(common);
        for (Facet f : mine) {
          // a source that says the same weeks later speaks of another time: no corroboration
          Set<String> independent = new HashSet<>();
          for (Facet o : agreeing) {
            if (!Policy.apart(f, o, days)) {
              independent.add(copyGroups.getOrDefault(o.claim().source(), o.claim().source()));
            }
          }
          out.merge(f.claim().id(), independent.size(), Math::max);
        }
      }
    }
    return new ClaimSupport(out);
  }
}
