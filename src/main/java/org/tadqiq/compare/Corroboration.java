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
        new Window(agreeing, copyGroups, days).count(mine, out);
      }
    }
    return new ClaimSupport(out);
  }

  /**
   * The independent sources within a time window of each claim, among the facets that agree with
   * it: a source that says the same weeks later speaks of another time and corroborates nothing.
   * One pass over the agreeing facets in date order (a window slides along them), not a look at
   * every agreeing facet for every claim: a value a thousand copies repeat is counted in linear
   * time. An undated facet is within every window, and an undated claim's window holds all.
   */
  private static final class Window {
    private final List<Facet> dated = new ArrayList<>();
    private final Set<String> undated = new HashSet<>();
    private final Set<String> all = new HashSet<>();
    private final Map<String, String> copyGroups;
    private final int days;

    Window(List<Facet> agreeing, Map<String, String> copyGroups, int days) {
      this.copyGroups = copyGroups;
      this.days = days;
      for (Facet o : agreeing) {
        all.add(group(o));
        if (o.published() == null) {
          undated.add(group(o));
        } else {
          dated.add(o);
        }
      }
      dated.sort(java.util.Comparator.comparing(Facet::published));
    }

    private String group(Facet f) {
      return org.tadqiq.align.CopyGroups.dispatchOf(copyGroups, f.claim().source());
    }

    void count(List<Facet> mine, Map<String, Integer> out) {
      List<Facet> ordered = new ArrayList<>();
      for (Facet f : mine) {
        if (f.published() == null) {
          out.merge(f.claim().id(), all.size(), Math::max);
        } else {
          ordered.add(f);
        }
      }
      ordered.sort(java.util.Comparator.comparing(Facet::published));
      Map<String, Integer> inWindow = new java.util.HashMap<>();
      int lo = 0;
      int hi = 0;
      for (Facet f : ordered) {
        java.time.LocalDate from = f.published().minusDays(days);
        java.time.LocalDate to = f.published().plusDays(days);
        while (hi < dated.size() && !dated.get(hi).published().isAfter(to)) {
          inWindow.merge(group(dated.get(hi)), 1, Integer::sum);
          hi++;
        }
        while (lo < hi && dated.get(lo).published().isBefore(from)) {
          inWindow.computeIfPresent(group(dated.get(lo)), (k, n) -> n == 1 ? null : n - 1);
          lo++;
        }
        int independent = inWindow.size();
        for (String u : undated) {
          if (!inWindow.containsKey(u)) {
            independent++;
          }
        }
        out.merge(f.claim().id(), independent, Math::max);
      }
    }
  }
}
