package org.tadqiq.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
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
  /**
   * How firmly two sources that agree on an event's day or town speak of one event: participants
   * and a date (or a town) are a strong identity, whatever anchored the event.
   */
  private static final double ANCHORED_STRENGTH = 0.8;
  /**
   * The identity of a place an article gives beside another one for the same meeting in another
   * sentence, and no other source gives: one person's, below the conflict threshold (see
   * {@link Clash}).
   */
  private static final double ACROSS_SENTENCES_STRENGTH = 0.5;
  private final Explainer explainer;
  private final KnowledgeCheck knowledge;
  /** who holds a position: the parties its claims are attributed to */
  private final Parties parties;
  private long comparisons;
  /** what else the sources say of each event, while {@link #find} runs; null: no anchors */
  private EventAnchors anchors;
  /** when one-value measures identify an event nobody takes part in (a quake's magnitude) */
  private final ImpersonalIdentity impersonal;
  /** source id → its copy group (near-duplicate copies of one dispatch); absent: a group of its own */
  private Map<String, String> copyGroups = Map.of();

  public ConflictFinder(CommonData common, Explainer explainer) {
    this.common = common;
    this.explainer = explainer;
    this.knowledge = new KnowledgeCheck(common, explainer);
    this.parties = new Parties(common);
    this.impersonal = new ImpersonalIdentity(common, parties);
  }

  /** Tells which sources are copies of one dispatch (see {@code align.CopyGroups}). */
  public ConflictFinder withCopyGroups(Map<String, String> groups) {
    this.copyGroups = Map.copyOf(groups);
    impersonal.copyGroups(groups);
    return this;
  }

  /** How many value pairs the last {@link #find} compared. */
  public long comparisons() {
    return comparisons;
  }

  public List<Finding> find(List<Facet> facets) {
    comparisons = 0;
    anchors = new EventAnchors(common, facets);
    impersonal.measurersOf(facets);
    Map<String, List<Facet>> groups = new TreeMap<>();
    for (Facet f : facets) {
      groups.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Facet> group : groups.values()) {
      for (List<Facet> part : announcements(group)) {
        Finding f = judgeOne(part, null);
        if (f != null) {
          findings.add(f);
        }
      }
      findings.addAll(disputesByDay(group));
    }
    Denials denials = new Denials(common, explainer, parties);
    for (List<Facet> group : groups.values()) {
      Finding f = denials.against(group, groups);
      if (f != null) {
        findings.add(f);
      }
    }
    comparisons += denials.comparisons();
    // the anchors hold every day and place of every event by source: let them go with the run
    anchors = null;
    impersonal.forget();
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
    // a group of dated announcements holds several announcements: the surest finding among them
    // (a claim store keeps one finding per group; `check` reports each, see find)
    Finding best = null;
    for (List<Facet> part : announcements(group)) {
      Finding f = judgeOne(part, focus);
      if (f != null && (best == null || f.verdict().ordinal() < best.verdict().ordinal()
          || f.verdict() == best.verdict() && f.confidence() > best.confidence())) {
        best = f;
      }
    }
    return best;
  }

  /**
   * Judges a group as {@link #find} does, with what else the sources say of its events: the days
   * and places ({@link #anchorKeys}) of every source of the group, loaded apart by a store that
   * judges one group at a time. Without them a store could not tell that two sources put a quake on
   * one day, or a meeting on two, and would judge the group differently from {@code check}.
   */
  public Finding judge(List<Facet> group, String focus, List<Facet> eventAnchors) {
    anchors = new EventAnchors(common, eventAnchors);
    try {
      return judge(group, focus);
    } finally {
      anchors = null;
    }
  }

  /**
   * The groups whose facets anchor the events of {@code group}: for each of its events, the keys
   * under which its days and places are compared (as {@link EventAnchors} reads them).
   */
  public static List<Map.Entry<Policy, String>> anchorKeys(List<Facet> group) {
    TreeSet<String> events = new TreeSet<>();
    for (Facet f : group) {
      if (f.claim().frame() != null) {
        events.add(EventAnchors.event(f));
      }
    }
    List<Map.Entry<Policy, String>> out = new ArrayList<>();
    for (String e : events) {
      out.add(Map.entry(Policy.EVENT_DAY, e));
      out.add(Map.entry(Policy.EVENT_PLACE, e));
    }
    return out;
  }

  /**
   * The announcements of a group of {@link Policy#UPDATE_DAY}: facets that date one announcement
   * (one announcer, the same figures), linked pair by pair, each part keyed apart by the figures
   * of its first facet so that its finding has an id of its own. Any other group is one part.
   */
  private List<List<Facet>> announcements(List<Facet> group) {
    if (group.isEmpty() || group.get(0).policy() != Policy.UPDATE_DAY) {
      return List.of(group);
    }
    List<Facet> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparing((Facet f) -> f.claim().source())
        .thenComparingInt(f -> f.claim().span().start()));
    int[] root = new int[ordered.size()];
    for (int i = 0; i < root.length; i++) {
      root[i] = i;
    }
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = i + 1; j < ordered.size(); j++) {
        comparisons++;
        if (Policy.sameAnnouncement(ordered.get(i), ordered.get(j), common)) {
          root[find(root, j)] = find(root, i);
        }
      }
    }
    Map<Integer, List<Facet>> parts = new TreeMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      parts.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(ordered.get(i));
    }
    List<List<Facet>> out = new ArrayList<>();
    for (List<Facet> part : parts.values()) {
      if (part.size() < 2) {
        continue; // an announcement no other facet dates: nothing to compare
      }
      String figures = part.get(0).compared()
          .substring(part.get(0).compared().indexOf(org.tadqiq.align.Announcement.SEPARATOR)
              + org.tadqiq.align.Announcement.SEPARATOR.length());
      List<Facet> keyed = new ArrayList<>();
      for (Facet f : part) {
        keyed.add(new Facet(f.policy(), f.key() + "|" + figures, f.compared(), f.claim(),
            f.published(), f.strength()));
      }
      out.add(keyed);
    }
    return out;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }

  /** Judges one group (one announcement of a group of announcements). */
  private Finding judgeOne(List<Facet> group, String focus) {
    if (!group.isEmpty() && group.get(0).policy() == Policy.OFFICE_AGAINST_KNOWLEDGE) {
      return knowledge.judge(group); // one article is enough: the other side is the table
    }
    Map<String, List<Facet>> bySource = new TreeMap<>();
    for (Facet f : group) {
      bySource.computeIfAbsent(f.claim().source(), k -> new ArrayList<>()).add(f);
    }
    List<List<Facet>> clusters = clusters(group);
    if (bySource.size() < 2 && (clusters.size() < 2 || focus != null)) {
      return null;
    }
    List<String> sources = new ArrayList<>(bySource.keySet());
    Disagreement disagreement = conflictStrength(blocks(bySource, focus), group, focus);
    double conflictStrength = disagreement.strength();
    Facet first = group.get(0);
    List<Side> sides = sides(clusters);
    List<String> claims = group.stream()
        .sorted(Comparator.comparing((Facet f) -> f.claim().source())
            .thenComparingInt(f -> f.claim().span().start()))
        .map(f -> f.claim().id()).distinct().toList();
    Finding.Verdict verdict;
    double confidence;
    Finding.Verdict explained = explained(clusters, first);
    if (conflictStrength >= 0) {
      confidence = conflictStrength;
      if (explained != null) {
        verdict = explained;
      } else if (runningTally(first)) {
        verdict = Finding.Verdict.POSSIBLE; // a tally grows as it is reported: no conflict
      } else {
        verdict = confidence >= common.policies().conflictThreshold()
            ? Finding.Verdict.CONFLICT : Finding.Verdict.POSSIBLE;
      }
    } else if (explained == Finding.Verdict.DISPUTED && first.policy() == Policy.QUANTITY_OVERLAP) {
      // figures one article (or agreeing articles) attribute to different parties; an article
      // naming two places or days for an event describes both, it does not dispute itself
      confidence = group.stream().mapToDouble(Facet::strength).max().orElse(0);
      verdict = explained;
    } else if (bySource.size() < 2) {
      return null;
    } else {
      if (!first.policy().reportsAgreement() || sides.get(0).sources().size() < 2
          || !withinWindow(group, first.policy().windowDays(common))) {
        return null;
      }
      confidence = group.stream().mapToDouble(Facet::strength).max().orElse(0);
      verdict = Finding.Verdict.AGREEMENT;
    }
    String summary = explainer.summary(verdict, first, sides, group)
        + (verdict != Finding.Verdict.AGREEMENT && disagreement.basis() != null
            ? "; " + disagreement.basis() : "");
    return new Finding(null, verdict, first.claim().kind(), first.policy(), first.key(), summary,
        Math.round(confidence * 100) / 100.0, sides, claims, sources);
  }

  /**
   * Whether two sources of an agreeing group were published within {@code days} of each other (or
   * one of them is undated): tolls 17 days apart, or a verdict and its appeal ten months later,
   * speak of different times, and saying the same then is no corroboration.
   */
  private static boolean withinWindow(List<Facet> group, int days) {
    List<Facet> dated = new ArrayList<>();
    TreeSet<String> undated = new TreeSet<>();
    for (Facet f : group) {
      if (f.published() == null) {
        undated.add(f.claim().source());
      } else {
        dated.add(f);
      }
    }
    if (!undated.isEmpty()) {
      return undated.size() > 1 || group.stream().anyMatch(f -> !undated.contains(f.claim().source()));
    }
    dated.sort(Comparator.comparing(Facet::published));
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size()
          && !dated.get(j).published().isAfter(dated.get(i).published().plusDays(days)); j++) {
        if (!dated.get(j).claim().source().equals(dated.get(i).claim().source())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How firmly positions of a group disagree (strength -1 when they agree), and the identity it
   * rests on when that is an event nobody takes part in told by one-value measures (null
   * otherwise: the identity is the key's own).
   */
  private record Disagreement(double strength, String basis) {
    static final Disagreement NONE = new Disagreement(-1, null);

    Disagreement orStronger(Disagreement other) {
      return other.strength() > strength ? other : this;
    }
  }

  /**
   * The strongest identity of a disagreement between blocks of one group (within the policy's time
   * window, and involving {@code focus} when it is not null), or -1 when they all agree.
   */
  private Disagreement conflictStrength(List<Block> blocks, List<Facet> group, String focus) {
    boolean several = first(group).policy().allowsSeveralValues();
    // dated blocks further apart than the policy's time window are never compatible-checked:
    // blocks are sorted by week, so the inner loop stops at the first block out of reach
    long reach = 1 + first(group).policy().windowDays(common) / 7;
    Disagreement strongest = Disagreement.NONE;
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
        if (several) {
          strongest = strongest.orStronger(clashStrength(a, b, group));
        } else {
          // the identity of a clash is that of the two values that clash, not of their sources'
          // other values (a name read wrongly beside a right one must not borrow its strength)
          strongest = strongest.orStronger(
              new Disagreement(incompatibleStrength(a.values(), b.values()), null));
        }
      }
    }
    return strongest;
  }

  /**
   * How firmly two blocks of values that may stand beside each other (event facts) disagree: the
   * clash's own strength, raised to {@link #ANCHORED_STRENGTH} when the event's anchors make it one
   * event of named people (or of a kind that happens once a day), or when one-value measures make
   * it one event nobody takes part in ({@link ImpersonalIdentity}), capped when the clash is only
   * across sentences of one article; -1 when they agree or are two events.
   */
  private Disagreement clashStrength(Block a, Block b, List<Facet> group) {
    Clash clash = clash(a, b);
    double strength = clash.strength();
    if (strength < 0) {
      return Disagreement.NONE;
    }
    // an announcement's identity is its announcer and figures, not the anchors of the event
    // whose figures it gives
    EventAnchors.Identity identity = anchors == null || a.values().get(0).claim().frame() == null
        || a.values().get(0).policy() == Policy.UPDATE_DAY
        ? EventAnchors.Identity.UNKNOWN
        : anchors.identity(EventAnchors.event(a.values().get(0)),
            a.members(), b.members(),
            a.values().get(0).policy());
    if (identity == EventAnchors.Identity.DIFFERENT) {
      return Disagreement.NONE; // dated on different days: two events, not one told two ways
    }
    // people and a date (or a town) are a strong identity; a place and a date are not: a
    // quake and its aftershock strike one region on one day — unless the kind of event
    // does not happen twice there that day (a plane crash)
    EventFrame frame = a.values().get(0).claim().frame();
    if (identity == EventAnchors.Identity.SAME && (frame.participantsArePersons()
        || common.policies().onePerDayEvents().contains(frame.kind())
            && singleFact(a.values().get(0)))) {
      strength = Math.max(strength, ANCHORED_STRENGTH);
    }
    String basis = null;
    if (strength < ANCHORED_STRENGTH && anchors != null && frame != null) {
      String event = EventAnchors.event(a.values().get(0));
      basis = impersonal.basis(group, a.all(), b.all(),
          anchors.sameDay(event, a.members(), b.members()));
      strength = basis == null ? strength : ANCHORED_STRENGTH;
    }
    if (clash.acrossSentences() || severalOccasionsInGroup(a, group)
        || nearlyAgree(a.values(), b.values())) {
      strength = Math.min(strength, ACROSS_SENTENCES_STRENGTH);
      basis = null;
    }
    return new Disagreement(strength, basis);
  }

  /**
   * Whether an approximate figure of one block comes close to a figure of the other: within the
   * policies' near-miss tolerance, wider than the one that makes them agree ("about 45 minutes"
   * against "50 minutes": [40.5, 49.5] misses 50, but "about" is the writer's own rounding, and a
   * reader cannot say that the two sources disagree, only that they may). Such a clash is at most
   * a possible discrepancy.
   */
  private boolean nearlyAgree(List<Facet> a, List<Facet> b) {
    double near = common.policies().approximateNearMiss();
    if (near <= 0 || a.isEmpty() || a.get(0).policy() != Policy.QUANTITY_OVERLAP) {
      return false;
    }
    boolean calendar = common.policies().calendarDays();
    for (Facet x : a) {
      for (Facet y : b) {
        if ((approximate(x) || approximate(y))
            && widened(x, near, calendar).overlaps(widened(y, near, calendar), true)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean approximate(Facet f) {
    return "approx".equals(((ClaimValue.Quantity) f.claim().value()).qualifier());
  }

  /** An approximate figure's interval as wide as {@code near} of its middle each way; others as they are. */
  private static org.tadqiq.model.Interval widened(Facet f, double near, boolean calendar) {
    org.tadqiq.model.Interval i = Policy.compared(f, calendar);
    if (!approximate(f) || Double.isInfinite(i.high())) {
      return i;
    }
    double middle = (i.low() + i.high()) / 2;
    return new org.tadqiq.model.Interval(Math.min(i.low(), middle * (1 - near)), false,
        Math.max(i.high(), middle * (1 + near)), false);
  }

  /**
   * Whether two blocks' different days, or positions in a series, for an event may belong to two
   * occasions of it: a source of the group puts the event on two days that cannot be one ("a
   * dinner on Monday, then a second meeting on Tuesday"), so the event recurs within the articles'
   * week, and another source's Monday against a third's Tuesday, or "the third meeting" (Monday's)
   * against "the second meeting" (Tuesday's), may be the two occasions, not one told two ways. At
   * most a possible discrepancy then; days and series positions only (a place or a figure has its
   * own occasions test).
   */
  private boolean severalOccasionsInGroup(Block a, List<Facet> group) {
    Facet f = first(a.values());
    return (f.policy() == Policy.EVENT_DAY || f.policy() == Policy.SERIES_POSITION)
        && anchors != null && f.claim().frame() != null
        && anchors.severalOccasions(f, EventAnchors.sources(group));
  }

  /** Sources that say the same values in the same week: compared once, whatever their number. */
  private record Block(List<Facet> values, double strength, int sources, boolean focus, long week,
      List<String> members, List<Facet> all) {}

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
          e.getKey().startsWith("\u0001"), week(all.get(0).published()), List.copyOf(e.getValue()),
          List.copyOf(all)));
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

  /** The strongest identity of a pair of incompatible values, or -1 when all are compatible. */
  private double incompatibleStrength(List<Facet> a, List<Facet> b) {
    double best = -1;
    for (Facet x : a) {
      for (Facet y : b) {
        comparisons++;
        if (!x.policy().compatible(x, y, common)) {
          best = Math.max(best, Math.min(x.strength(), y.strength()));
        }
      }
    }
    return best;
  }

  /**
   * How firmly two blocks of sources clash on an event fact (strength -1 when they do not). They
   * clash when none of one's values can stand beside any of the other's. For a fact one occasion
   * has one value of (a place, a position in a series) they also clash when one block tells of a
   * single occasion in two incompatible ways and one of its values can stand beside none of the
   * other block's: an article that names two towns for one meeting contradicts itself, and its
   * value no other source shares is still set against those sources instead of hiding behind its
   * twin.
   *
   * @param acrossSentences the clash rests only on an article's two places for one meeting in two
   *     different sentences: one of them may be an earlier meeting told without a date or an
   *     "earlier" ("in 2024 they met in Antalya"), so it is at most a possible discrepancy. In one
   *     sentence ("in Jakarta, Malaysia") the two are one fact told two ways; two positions in a
   *     series counted from a point are never two meetings' ("the second meeting since he took
   *     office" and "the third ... since he took office")
   */
  private record Clash(double strength, boolean acrossSentences) {
    static final Clash NONE = new Clash(-1, false);
  }

  private Clash clash(Block a, Block b) {
    if (!anyCompatible(a.values(), b.values())) {
      return new Clash(Math.min(a.strength(), b.strength()), false);
    }
    if (anchors == null
        || !first(a.values()).policy().oneValuePerOccasion(first(a.values()), common)) {
      return Clash.NONE;
    }
    Clash ab = unmatched(a, b);
    Clash ba = unmatched(b, a);
    if (ab.strength() < 0 || ba.strength() < 0) {
      return ab.strength() >= 0 ? ab : ba;
    }
    // both ways: the surer of the two (one told in one sentence beats one across sentences)
    if (ab.acrossSentences() != ba.acrossSentences()) {
      return ab.acrossSentences() ? ba : ab;
    }
    return ab.strength() >= ba.strength() ? ab : ba;
  }

  /**
   * The strongest identity of a value of {@code self} that no value of {@code other} is
   * compatible with, when {@code self} tells of one occasion two ways.
   */
  private Clash unmatched(Block self, Block other) {
    if (!toldTwoWays(self)) {
      return Clash.NONE;
    }
    Clash best = Clash.NONE;
    for (Facet x : self.values()) {
      if (anyCompatible(List.of(x), other.values())) {
        continue;
      }
      if (x.policy() == Policy.SERIES_POSITION && self.all().stream()
          .filter(f -> f.compared().equals(x.compared())).allMatch(anchors::anotherOccasion)) {
        continue; // told of another meeting of the series, in a sentence with its own place or day
      }
      double strength = Math.min(x.strength(), other.strength());
      boolean across = x.policy() == Policy.EVENT_PLACE && !sameSentenceClash(x, self.all());
      Clash c = new Clash(strength, across);
      boolean better = best.strength() < 0 || best.acrossSentences() && !across
          || best.acrossSentences() == across && strength > best.strength();
      best = better ? c : best;
    }
    return best;
  }

  /**
   * Whether a value clashes with another value its source gives in the same sentence ("في مدينة
   * القاهرة بولاية ألاسكا"): a value repeated elsewhere in the article keeps the claim it came
   * with, so every claim of that value is looked at.
   */
  private boolean sameSentenceClash(Facet x, List<Facet> all) {
    for (Facet mine : all) {
      if (!mine.compared().equals(x.compared())) {
        continue;
      }
      for (Facet y : all) {
        if (y.claim().source().equals(mine.claim().source())
            && y.claim().contextStart() == mine.claim().contextStart()
            && !mine.policy().compatible(mine, y, common)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a block gives two values of its fact that cannot both hold, and no source of it tells
   * of several occasions of the event (several days) to which they could belong. Only for events
   * named people hold: an event of nature spreads (a quake strikes one country and brings down a
   * tower in the next), and one that only countries anchor is grouped too loosely to tell.
   */
  private boolean toldTwoWays(Block block) {
    List<Facet> values = block.values();
    EventFrame frame = first(values).claim().frame();
    if (values.size() < 2 || frame == null || !frame.participantsArePersons()) {
      return false;
    }
    boolean clash = false;
    for (int i = 0; i < values.size() && !clash; i++) {
      for (int j = i + 1; j < values.size() && !clash; j++) {
        // a source's own values, like distinct(): not counted as comparisons between sources
        clash = !values.get(i).policy().compatible(values.get(i), values.get(j), common);
      }
    }
    return clash && !anchors.severalOccasions(EventAnchors.event(first(values)), block.members());
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

  /**
   * Clusters the group's claims: each joins the first cluster whose first claim holds its value
   * or agrees with it — an amount, the first cluster all of whose amounts it overlaps, if there is
   * one, and a place only such a cluster: "barely 24
   * hours" overlaps "less than a day", but not the "24 minutes" that joined it, so it belongs with
   * "more than 24 hours". (Days are not so judged: a day far outside another's time window is
   * compatible with it because it is not compared, which says nothing of the cluster.)
   */
  private List<List<Facet>> clusters(List<Facet> group) {
    List<Cluster> clusters = new ArrayList<>();
    List<Facet> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparing((Facet f) -> f.claim().source())
        .thenComparingInt(f -> f.claim().span().start()));
    for (Facet f : ordered) {
      // a claim first joins a side whose value agrees with its own: "current" months later is
      // compatible with an earlier "former" only because the two are out of each other's time
      // window, which puts it on no side of a value it does not hold
      // an amount or a place joins a side only when it fits every value the side holds: "Busan"
      // and "Gimhae" (a town beside it) each fit "South Korea", but not one another
      boolean fitsAll = f.policy() == Policy.QUANTITY_OVERLAP || f.policy() == Policy.EVENT_PLACE;
      Cluster home = fitsAll ? null : clusters.stream()
          .filter(c -> f.policy().agreesInValue(c.members.get(0), f, common))
          .findFirst().orElse(null);
      home = home != null || !fitsAll ? home : clusters.stream()
          .filter(c -> c.allCompatible(f)).findFirst().orElse(null);
      home = home != null || f.policy() == Policy.EVENT_PLACE ? home : clusters.stream()
          .filter(c -> f.policy().compatible(c.members.get(0), f, common)).findFirst().orElse(null);
      if (home == null) {
        home = new Cluster();
        clusters.add(home);
      }
      home.add(f);
    }
    return clusters.stream().map(c -> c.members).toList();
  }

  /**
   * A cluster's claims, and one of them for each value and publication day it holds: whether a
   * claim fits every member depends on nothing else, so a value a thousand copies repeat is
   * compared once, not a thousand times.
   */
  private final class Cluster {
    final List<Facet> members = new ArrayList<>();
    private final Map<String, Facet> distinct = new LinkedHashMap<>();

    void add(Facet f) {
      members.add(f);
      distinct.putIfAbsent(f.compared() + "|" + f.published(), f);
    }

    boolean allCompatible(Facet f) {
      return distinct.values().stream().allMatch(m -> f.policy().compatible(m, f, common));
    }
  }

  /** One side per cluster, with the parties its claims are attributed to. */
  private List<Side> sides(List<List<Facet>> clusters) {
    List<Side> sides = new ArrayList<>();
    for (List<Facet> c : clusters) {
      sides.add(Side.holding(explainer.value(c.get(0)), c));
    }
    sides.sort(Comparator.comparingInt((Side s) -> -s.sources().size()).thenComparing(Side::value));
    return sides;
  }

  /**
   * What explains a disagreement other than an outlet's error: the disagreeing sources are copies
   * of one dispatch (a copying difference), or every pair of incompatible positions is held by
   * different named parties (disputed). Null when nothing explains it.
   */
  private Finding.Verdict explained(List<List<Facet>> clusters, Facet first) {
    if (clusters.size() < 2) {
      return null;
    }
    boolean anyIncompatible = false;
    boolean anyCopy = false;
    for (int i = 0; i < clusters.size(); i++) {
      for (int j = i + 1; j < clusters.size(); j++) {
        List<Facet> a = clusters.get(i);
        List<Facet> b = clusters.get(j);
        if (first.policy().compatible(a.get(0), b.get(0), common)) {
          continue;
        }
        anyIncompatible = true;
        // a copy that disagrees with its own original: the copy's error, not two outlets
        if (copies(a, b)) {
          anyCopy = true;
        } else if (first.policy() == Policy.UPDATE_DAY
            || !parties.different(deciding(a, b, first), deciding(b, a, first))) {
          // one announcement has one announcer (that is how it was found): not a dispute
          return null;
        } else if (runningTally(first) && !sameDays(a, b)) {
          // a tally grows as it is reported: figures of articles days apart (or undated) may
          // both have been true, each on its day — no dispute between their parties
          return null;
        }
      }
    }
    if (!anyIncompatible) {
      return null;
    }
    return anyCopy ? Finding.Verdict.COPY_DIFFERENCE : Finding.Verdict.DISPUTED;
  }

  /**
   * The claims of a position that the other position excludes: an open figure that fits both ("at
   * least 41" beside 41 and 60) decides nothing, so whose it is does not decide the dispute.
   */
  private List<Facet> deciding(List<Facet> position, List<Facet> other, Facet first) {
    List<Facet> out = position.stream()
        .filter(f -> !first.policy().compatible(other.get(0), f, common)).toList();
    return out.isEmpty() ? position : out;
  }

  /**
   * Whether every claim of two positions comes from an article published within the policies'
   * tally dispute window of every other: the figures were given at one time.
   */
  private boolean sameDays(List<Facet> a, List<Facet> b) {
    List<Facet> both = new ArrayList<>(a);
    both.addAll(b);
    long span = Policy.publicationSpan(both);
    return span >= 0 && span <= common.policies().tallyDisputeWindowDays();
  }


  /**
   * The disputes a running tally's figures hold at one time: a tally reported over days grows, so
   * its group as a whole is at most a possible discrepancy, but parties that give different
   * figures in articles of the same days (the diplomats' 60 Jordanian dead against Amman's 41, on
   * 19 and 20 June) dispute it. Each slice holds the dated claims of the tally dispute window that
   * starts on one publication day, keyed apart by that day; a slice inside another is left out.
   */
  private List<Finding> disputesByDay(List<Facet> group) {
    if (group.isEmpty() || !runningTally(group.get(0))) {
      return List.of();
    }
    TreeSet<java.time.LocalDate> days = new TreeSet<>();
    group.forEach(f -> {
      if (f.published() != null) {
        days.add(f.published());
      }
    });
    List<Finding> out = new ArrayList<>();
    List<java.util.Set<Facet>> taken = new ArrayList<>();
    for (java.time.LocalDate day : days) {
      java.time.LocalDate last = day.plusDays(common.policies().tallyDisputeWindowDays());
      java.util.Set<Facet> members = new java.util.LinkedHashSet<>(group.stream()
          .filter(f -> f.published() != null && !f.published().isBefore(day)
              && !f.published().isAfter(last)).toList());
      if (members.size() == group.size()
          || taken.stream().anyMatch(t -> t.containsAll(members))) {
        continue; // the whole group, judged as such, or a part of a slice already judged
      }
      List<Facet> slice = members.stream()
          .map(f -> new Facet(f.policy(), f.key() + "|" + day, f.compared(), f.claim(),
              f.published(), f.strength()))
          .toList();
      Finding f = judgeOne(slice, null);
      if (f != null && f.verdict() == Finding.Verdict.DISPUTED) {
        out.add(f);
        taken.add(members);
      }
    }
    return out;
  }

  /** Whether a source of one position and another source of the other are copies of one dispatch. */
  private boolean copies(List<Facet> a, List<Facet> b) {
    java.util.Map<String, java.util.Set<String>> groupsOfA = new java.util.HashMap<>();
    for (Facet f : a) {
      String g = copyGroups.get(f.claim().source());
      if (g != null) {
        groupsOfA.computeIfAbsent(g, k -> new TreeSet<>()).add(f.claim().source());
      }
    }
    for (Facet f : b) {
      String g = copyGroups.get(f.claim().source());
      java.util.Set<String> others = g == null ? null : groupsOfA.get(g);
      // a source on both sides names both values: that is no copy disagreeing with its original
      if (others != null && (others.size() > 1 || !others.contains(f.claim().source()))) {
        return true;
      }
    }
    return false;
  }

  private static TreeSet<String> sourcesOf(List<List<Facet>> clusters) {
    TreeSet<String> s = new TreeSet<>();
    clusters.forEach(c -> c.forEach(f -> s.add(f.claim().source())));
    return s;
  }

  /**
   * Whether a facet of an event no person anchors is one fact of it, told once: an amount that is
   * no count (a duration, a share, a distance). A crash article counts crew on board and crew
   * rescued, people on board and on the ground, and dates its follow-ups, so its counts and days
   * are no single fact of the crash.
   */
  private static boolean singleFact(Facet f) {
    return f.policy() == Policy.QUANTITY_OVERLAP && !f.claim().attribute().startsWith("count:")
        && !f.claim().attribute().equals("mention");
  }

  /** Whether the group counts a running tally (deaths, injured …) that grows as it is reported. */
  private boolean runningTally(Facet f) {
    String attribute = f.claim().attribute();
    int colon = attribute.indexOf(':');
    String counted = colon < 0 ? attribute : attribute.substring(colon + 1);
    int at = counted.indexOf('@');
    counted = at < 0 ? counted : counted.substring(0, at);
    return f.policy() == Policy.QUANTITY_OVERLAP
        && common.policies().runningTallies().contains(counted);
  }
}
