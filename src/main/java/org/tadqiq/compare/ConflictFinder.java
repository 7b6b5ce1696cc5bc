package org.tadqiq.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
import org.tadqiq.rules.CommonData;

/**
 * Compares claims group by group: facets are blocked by (policy, identity key), so the work grows
 * with the number of claims, never with all pairs of claims. For event facts two sources disagree
 * when none of one source's values in a group is compatible with any of the other's (a source that
 * itself names two days for "the meeting" speaks of two meetings, not of a conflict); for offices,
 * when any value of one is incompatible with any of the other's.
 */
public final class ConflictFinder {
  private final CommonData common;
  private final Explainer explainer;
  private long comparisons;

  public ConflictFinder(CommonData common, Explainer explainer) {
    this.common = common;
    this.explainer = explainer;
  }

  /** How many value pairs the last {@link #find} compared. */
  public long comparisons() {
    return comparisons;
  }

  public List<Finding> find(List<Facet> facets) {
    comparisons = 0;
    Map<String, List<Facet>> groups = new TreeMap<>();
    for (Facet f : facets) {
      groups.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Facet> group : groups.values()) {
      Finding f = judge(group);
      if (f != null) {
        findings.add(f);
      }
    }
    return rankAndNumber(findings);
  }

  /**
   * Ranks findings (conflicts, then possible, then agreements; surest first, then most sources)
   * and gives each its stable id ({@link Finding#stableId}).
   */
  public static List<Finding> rankAndNumber(List<Finding> unranked) {
    List<Finding> findings = new ArrayList<>(unranked);
    findings.sort(
        Comparator.comparingInt((Finding f) -> f.verdict().ordinal())
            .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed())
            .thenComparing(Comparator.comparingInt((Finding f) -> f.sources().size()).reversed())
            .thenComparing(Finding::key));
    List<Finding> numbered = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Finding f : findings) {
      // the id names the fact (policy and key), not the rank: stable across runs
      String id = Finding.stableId(f.policy(), f.key());
      for (int n = 2; !ids.add(id); n++) {
        id = Finding.stableId(f.policy(), f.key()) + "-" + n;
      }
      numbered.add(f.withId(id));
    }
    return numbered;
  }

  /** Judges one group of facets (one policy, one key); null when fewer than two sources speak. */
  public Finding judge(List<Facet> group) {
    return judge(group, null);
  }

  /**
   * Judges a group, counting only disagreements that involve {@code focus} (a draft checked
   * against a store) when it is not null.
   */
  public Finding judge(List<Facet> group, String focus) {
    Map<String, List<Facet>> bySource = new TreeMap<>();
    for (Facet f : group) {
      bySource.computeIfAbsent(f.claim().source(), k -> new ArrayList<>()).add(f);
    }
    if (bySource.size() < 2) {
      return null;
    }
    List<String> sources = new ArrayList<>(bySource.keySet());
    List<Block> blocks = blocks(bySource, focus);
    boolean several = first(group).policy().allowsSeveralValues();
    // dated blocks further apart than the policy's time window are never compatible-checked:
    // blocks are sorted by week, so the inner loop stops at the first block out of reach
    long reach = 1 + first(group).policy().windowDays(common) / 7;
    double conflictStrength = -1;
    for (int i = 0; i < blocks.size(); i++) {
      for (int j = i; j < blocks.size(); j++) {
        Block a = blocks.get(i);
        Block b = blocks.get(j);
        if (a.week() >= 0 && b.week() >= 0 && b.week() - a.week() > reach) {
          break;
        }
        if (focus != null && !a.focus() && !b.focus()) {
          continue;
        }
        // two sources saying exactly the same can only disagree where one value may not stand
        // beside another (offices): then a source that says two things clashes with its twin
        if (i == j && (several || a.sources() < 2)) {
          continue;
        }
        boolean disagree = several ? !anyCompatible(a.values(), b.values())
            : anyIncompatible(a.values(), b.values());
        if (disagree) {
          conflictStrength = Math.max(conflictStrength, Math.min(a.strength(), b.strength()));
        }
      }
    }
    Facet first = group.get(0);
    List<Side> sides = sides(group);
    List<String> claims = group.stream()
        .sorted(Comparator.comparing((Facet f) -> f.claim().source())
            .thenComparingInt(f -> f.claim().span().start()))
        .map(f -> f.claim().id()).distinct().toList();
    Finding.Verdict verdict;
    double confidence;
    if (conflictStrength >= 0) {
      confidence = conflictStrength;
      verdict = confidence >= common.policies().conflictThreshold()
          ? Finding.Verdict.CONFLICT : Finding.Verdict.POSSIBLE;
    } else {
      if (!first.policy().reportsAgreement() || sides.get(0).sources().size() < 2) {
        return null;
      }
      confidence = group.stream().mapToDouble(Facet::strength).max().orElse(0);
      verdict = Finding.Verdict.AGREEMENT;
    }
    String summary = explainer.summary(verdict, first, sides, group);
    return new Finding(null, verdict, first.claim().kind(), first.policy(), first.key(), summary,
        Math.round(confidence * 100) / 100.0, sides, claims, sources);
  }

  /** Sources that say the same values in the same week: compared once, whatever their number. */
  private record Block(List<Facet> values, double strength, int sources, boolean focus, long week) {}

  private static List<Block> blocks(Map<String, List<Facet>> bySource, String focus) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, List<Facet>> facetsOf = new LinkedHashMap<>();
    for (Map.Entry<String, List<Facet>> e : bySource.entrySet()) {
      List<Facet> values = distinct(e.getValue());
      boolean isFocus = e.getKey().equals(focus);
      String signature = (isFocus ? "\u0001" : "")
          + values.stream().map(Facet::compared).sorted().reduce("", (x, y) -> x + "\u0002" + y)
          + "\u0003" + week(values.get(0).published());
      members.computeIfAbsent(signature, k -> new ArrayList<>()).add(e.getKey());
      facetsOf.computeIfAbsent(signature, k -> new ArrayList<>()).addAll(e.getValue());
    }
    List<Block> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      List<Facet> all = facetsOf.get(e.getKey());
      out.add(new Block(distinct(all), strongest(all), e.getValue().size(),
          e.getKey().startsWith("\u0001"), week(all.get(0).published())));
    }
    // undated blocks first (they meet every block), then by week
    out.sort(Comparator.comparingLong(Block::week));
    return out;
  }

  /** Weeks since the epoch, or -1 when undated. */
  private static long week(java.time.LocalDate d) {
    return d == null ? -1 : Math.floorDiv(d.toEpochDay(), 7);
  }

  private static Facet first(List<Facet> group) {
    return group.get(0);
  }

  private boolean anyIncompatible(List<Facet> a, List<Facet> b) {
    for (Facet x : a) {
      for (Facet y : b) {
        comparisons++;
        if (!x.policy().compatible(x, y, common)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean anyCompatible(List<Facet> a, List<Facet> b) {
    for (Facet x : a) {
      for (Facet y : b) {
        comparisons++;
        if (x.policy().compatible(x, y, common)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One facet per distinct compared value: a source repeating itself is compared once. */
  private static List<Facet> distinct(List<Facet> facets) {
    Map<String, Facet> byValue = new LinkedHashMap<>();
    for (Facet f : facets) {
      byValue.merge(f.compared(), f, (x, y) -> x.strength() >= y.strength() ? x : y);
    }
    return new ArrayList<>(byValue.values());
  }

  private static double strongest(List<Facet> facets) {
    return facets.stream().mapToDouble(Facet::strength).max().orElse(0);
  }

  /** Clusters the group's claims: each joins the first side whose first claim it agrees with. */
  private List<Side> sides(List<Facet> group) {
    List<List<Facet>> clusters = new ArrayList<>();
    List<Facet> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparing((Facet f) -> f.claim().source())
        .thenComparingInt(f -> f.claim().span().start()));
    for (Facet f : ordered) {
      List<Facet> home = null;
      for (List<Facet> c : clusters) {
        if (f.policy().compatible(c.get(0), f, common)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(f);
    }
    List<Side> sides = new ArrayList<>();
    for (List<Facet> c : clusters) {
      TreeSet<String> srcs = new TreeSet<>();
      c.forEach(f -> srcs.add(f.claim().source()));
      sides.add(new Side(explainer.value(c.get(0)), List.copyOf(srcs),
          c.stream().map(f -> f.claim().id()).distinct().toList()));
    }
    sides.sort(Comparator.comparingInt((Side s) -> -s.sources().size()).thenComparing(Side::value));
    return sides;
  }
}
