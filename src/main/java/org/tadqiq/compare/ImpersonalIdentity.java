package org.tadqiq.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadqiq.align.Facet;
import org.tadqiq.model.EventFrame;
import org.tadqiq.rules.CommonData;

/**
 * A strong identity for an event nobody takes part in (a quake), whose only anchor is the country
 * it struck. A country and a day are not enough for its counts (an attack article counts drones
 * launched, shot down and hit) nor for all its amounts (a main shock and its aftershock strike one
 * region on one day). They are enough for an amount the event has once (`impersonal_measures`: a
 * magnitude, a depth, a distance from a named town) when every source near the two gives at most
 * one value of it under the key and no sentence of theirs names another occurrence ("an
 * aftershock", "a second quake"): the key then names one event. Two values of its one magnitude
 * are then an outlet's error when both sides give them as the same body's (both "according to the
 * USGS"). A side that names a body against one that names none may be two agencies'
 * measurements (AFAD's 7.4 against a 7.8 that is the USGS's), so it stays possible, and different
 * named bodies are a dispute. When neither figure's sentence names its measurer, the articles may
 * still: naming different measuring bodies for their quake elsewhere (policies' measuring_bodies:
 * the USGS for the epicentre in one, Taiwan's weather administration for the depth in the other),
 * each may carry its own body's magnitude (possible); naming one body, both give its reading (an
 * error). Naming none, outlets that drop the measurer still carry different agencies' readings
 * (Taiwan's 7.2 and the USGS's 7.4, each in several articles), so only one source alone against a
 * value several independent sources give is the outlet's error (a 7.9 against the 7.8 of four).
 */
final class ImpersonalIdentity {
  private final CommonData common;
  private final Parties parties;
  /** source id → the parties of the measuring bodies its article names for its impersonal events */
  private Map<String, java.util.Set<String>> measurersBySource = Map.of();
  /** source id → its copy group (copies of one dispatch are one source); absent: its own */
  private Map<String, String> copyGroups = Map.of();

  ImpersonalIdentity(CommonData common, Parties parties) {
    this.common = common;
    this.parties = parties;
  }

  /**
   * Reads, for a run, which measuring bodies each article names for its events nobody takes part
   * in (any of their figures attributed to one of policies' measuring_bodies).
   */
  void measurersOf(List<Facet> facets) {
    Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
    for (Facet f : facets) {
      EventFrame frame = f.claim().frame();
      org.tadqiq.model.Attribution by = f.claim().attribution();
      if (frame == null || frame.prior() || by == null
          || !common.policies().impersonalEvents().contains(frame.kind())) {
        continue;
      }
      boolean measuring = java.util.Arrays.stream(by.key().split("\\+"))
          .anyMatch(common.policies().measuringBodies()::contains);
      String party = measuring ? parties.party(by.key()) : null;
      if (party != null) {
        out.computeIfAbsent(f.claim().source(), k -> new java.util.TreeSet<>()).add(party);
      }
    }
    measurersBySource = out;
  }

  /** Tells which sources are copies of one dispatch (see {@code align.CopyGroups}). */
  void copyGroups(Map<String, String> groups) {
    copyGroups = Map.copyOf(groups);
  }

  /** Forgets the run's measuring bodies. */
  void forget() {
    measurersBySource = Map.of();
  }

  /**
   * Why two blocks of sources, whose values of one measure clash, speak of one event: the words a
   * finding gives as its identity; null when they may speak of two (or the fact is no such
   * measure).
   *
   * @param group every facet of the measure's key (all sources)
   * @param a the facets of one side's sources
   * @param b the facets of the other side's sources
   * @param sameDay whether the two sides put the event on one resolved day
   */
  String basis(List<Facet> group, List<Facet> a, List<Facet> b, boolean sameDay) {
    Facet first = a.get(0);
    EventFrame frame = first.claim().frame();
    if (first.policy() != Policy.QUANTITY_OVERLAP || frame == null || frame.prior()
        || frame.participantsArePersons() || frame.participants().isEmpty()
        || !common.policies().impersonalEvents().contains(frame.kind())
        || !common.policies().impersonalMeasure(first.claim().attribute())) {
      return null;
    }
    if (namesAnother(a) || namesAnother(b)) {
      return null;
    }
    String measurer = oneMeasurer(a, b);
    if (measurer == null) {
      return null;
    }
    List<Facet> both = new ArrayList<>(a);
    both.addAll(b);
    String when;
    if (sameDay) {
      when = "the same day of the event";
    } else {
      long span = Policy.publicationSpan(both);
      if (span < 0 || span > common.policies().impersonalIdentityWindowDays()) {
        return null;
      }
      when = "published " + (span == 0 ? "the same day"
          : "at most " + span + (span == 1 ? " day" : " days") + " apart");
    }
    if (severalValues(group, both)) {
      return null;
    }
    String where = String.join(" and ", frame.participants().stream().map(common::label).toList());
    return "one event: the " + frame.kind() + " in " + where + ", " + when + ", one "
        + first.claim().attribute().replace(':', ' ') + " per source, " + measurer;
  }

  /**
   * Whether two sides give their values as one measurer's: both name the same party (the words of
   * a finding), or neither names one (""); null when one names a party the other does not.
   */
  private String oneMeasurer(List<Facet> a, List<Facet> b) {
    java.util.Set<String> pa = parties.of(a);
    java.util.Set<String> pb = parties.of(b);
    if (pa == null && pb == null) {
      java.util.Set<String> ma = measurersNamed(a);
      java.util.Set<String> mb = measurersNamed(b);
      if (!ma.isEmpty() && !mb.isEmpty()) {
        String one = oneOf(ma, mb);
        if (one == null) {
          return null; // each article names another body: each figure may be its body's
        }
        if (ma.size() == 1 && mb.size() == 1) {
          return "neither naming who measured it, both articles naming one body (" + one + ")";
        }
      }
      return loneAgainstSeveral(a, b) ? "neither naming who measured it, one source against several"
          : null;
    }
    if (pa == null || pb == null) {
      return null;
    }
    for (String p : pa) {
      if (pb.contains(p)) {
        return "both attributing it to one body (" + p + ")";
      }
    }
    return null;
  }

  /**
   * Whether one side is a single source and the other several. Outlets often drop who measured a
   * magnitude, and agencies differ (Taiwan's 7.2 and the USGS's 7.4 were each carried by several
   * outlets): one unattributed value against another, one source each or several each (copies of one
   * dispatch are one), may be two
   * bodies' readings. One source alone against a value several carry is the outlet's error (a 7.9
   * no agency gave, against the 7.8 of four articles).
   */
  private boolean loneAgainstSeveral(List<Facet> a, List<Facet> b) {
    long na = independent(a);
    long nb = independent(b);
    return Math.min(na, nb) == 1 && Math.max(na, nb) >= 2;
  }

  private long independent(List<Facet> facets) {
    return org.tadqiq.align.CopyGroups.independent(copyGroups,
        facets.stream().map(f -> f.claim().source()).toList());
  }

  /** A party of one set that may be one of the other's; null when none may. */
  private String oneOf(java.util.Set<String> ma, java.util.Set<String> mb) {
    for (String p : ma) {
      for (String q : mb) {
        if (parties.mayBeOne(p, q)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The parties of the measuring bodies the articles of these facets name for their quake. */
  private java.util.Set<String> measurersNamed(List<Facet> facets) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Facet f : facets) {
      out.addAll(measurersBySource.getOrDefault(f.claim().source(), java.util.Set.of()));
    }
    return out;
  }

  /** Whether a sentence of these facets names another occurrence of its event (an aftershock). */
  private static boolean namesAnother(List<Facet> facets) {
    return facets.stream().anyMatch(f -> f.claim().frame().another());
  }



  /**
   * Whether a source of the group published near the two sides (within the window of either's
   * days, or undated) gives two values of the measure that cannot both hold: the key then holds two
   * occurrences (a main shock and its aftershock) and does not tell which one each side means.
   */
  private boolean severalValues(List<Facet> group, List<Facet> compared) {
    long window = common.policies().impersonalIdentityWindowDays();
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (Facet f : compared) {
      if (f.published() == null) {
        // an undated side (dated by the event's day) may be near any source: all of them count
        from = Long.MIN_VALUE;
        to = Long.MAX_VALUE;
        break;
      }
      from = Math.min(from, f.published().toEpochDay() - window);
      to = Math.max(to, f.published().toEpochDay() + window);
    }
    Map<String, List<Facet>> bySource = new LinkedHashMap<>();
    for (Facet f : group) {
      LocalDate d = f.published();
      if (d == null || d.toEpochDay() >= from && d.toEpochDay() <= to) {
        bySource.computeIfAbsent(f.claim().source(), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Facet> values : bySource.values()) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).claim().frame().another()) {
          return true;
        }
        for (int j = i + 1; j < values.size(); j++) {
          if (!Policy.QUANTITY_OVERLAP.compatible(values.get(i), values.get(j), common)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
