package org.tadqiq.compare;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
import org.tadqiq.rules.CommonData;

/**
 * Who holds a position: the parties its claims are attributed to, as the policies see them (a
 * state for its organs, a body that speaks for itself otherwise, an unnamed someone for "a
 * source"). Two positions held by different parties are a dispute, not an outlet's error.
 */
final class Parties {
  /** The prefix of the party of a state's organs whose state is not named. */
  private static final String UNNAMED_STATE = "state:";
  /**
   * The party of a source nobody names ("a source said", "two diplomats said"), followed by the
   * country it is said to be of, if any ("anonymous:Q810" for "a Jordanian source").
   */
  private static final String ANONYMOUS = "anonymous";
  private final CommonData common;

  Parties(CommonData common) {
    this.common = common;
  }

  /**
   * Whether two positions are held by different named parties: every claim of both is
   * attributed to a named party, and no party of one is a party of the other. The organs of one
   * state are one party ("the Jordanian authorities" and "Jordan's foreign ministry"); a body that
   * speaks for itself (the Red Crescent, the UN, a geological survey) is a party of its own.
   */
  boolean different(List<Facet> a, List<Facet> b) {
    Set<String> pa = of(a);
    Set<String> pb = of(b);
    if (pa == null || pb == null) {
      return false;
    }
    for (String p : pa) {
      for (String q : pb) {
        if (mayBeOne(p, q)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether two parties may be one: the same, or the same body with its country said on one side
   * only ("the US Geological Survey" and "the Geological Survey"; the Red Crescent and the Libyan
   * Red Crescent). Two countries said and different make two parties (Libya's and Iran's Red
   * Crescent).
   */
  boolean mayBeOne(String p, String q) {
    if (p.equals(q)) {
      return true;
    }
    // who an unnamed source is is not known: it may be another unnamed one, or the organs of the
    // state it is said to be of — never a named body or another state ("a source in Riyadh"
    // against Jordan's foreign ministry)
    if (anonymous(p) || anonymous(q)) {
      if (anonymous(p) && anonymous(q)) {
        return true;
      }
      String source = anonymous(p) ? p : q;
      String other = anonymous(p) ? q : p;
      int colon = source.indexOf(':');
      return colon > 0 && countriesOf(other).contains(source.substring(colon + 1));
    }
    // organs of a state its article does not name ("the military junta", "the government") may be
    // the organs of any state, named or not: "the army" and "the military government" of one
    // article on Myanmar are one party, not two
    if (unnamedState(p) && isState(q) || unnamedState(q) && isState(p)) {
      return true;
    }
    List<String> pCountries = countriesOf(p);
    List<String> qCountries = countriesOf(q);
    List<String> pBodies =
        List.of(p.split("\\+")).stream().filter(x -> !pCountries.contains(x)).toList();
    List<String> qBodies =
        List.of(q.split("\\+")).stream().filter(x -> !qCountries.contains(x)).toList();
    return !pBodies.isEmpty() && pBodies.equals(qBodies)
        && (pCountries.isEmpty() || qCountries.isEmpty());
  }

  private static boolean anonymous(String party) {
    return party.startsWith(ANONYMOUS);
  }

  /** A party that is a state's organs with no state named ("state:army"): see {@link #party}. */
  private static boolean unnamedState(String party) {
    return party.startsWith(UNNAMED_STATE);
  }

  /** A party that is a state: named (its country's id) or not. */
  private boolean isState(String party) {
    return unnamedState(party) || common.countries().iso(party) != null;
  }

  private List<String> countriesOf(String party) {
    return List.of(party.split("\\+")).stream().filter(x -> common.countries().iso(x) != null)
        .toList();
  }

  /**
   * The parties a position is held by: those its claims are attributed to. Of a figure (a
   * quantity), a claim that repeats an attributed value without saying whose it is (a headline, a
   * second mention) holds it for the same parties: "7 on the Richter scale" beside "7, according
   * to the national institute" is the institute's figure. Null when a value of the position is
   * nobody's (no claim of it names a party), or — for days, places and offices — when any claim
   * is unattributed. An unnamed source ("a source said") is a party of its own (see
   * {@link #mayBeOne}).
   */
  Set<String> of(List<Facet> facets) {
    boolean repeatsTakeTheParty = facets.get(0).policy() == Policy.QUANTITY_OVERLAP;
    Set<String> out = new TreeSet<>();
    Set<String> values = new TreeSet<>();
    Set<String> attributedValues = new TreeSet<>();
    for (Facet f : facets) {
      values.add(f.compared());
      if (f.claim().attribution() == null) {
        if (!repeatsTakeTheParty) {
          return null;
        }
        continue;
      }
      String party = party(f.claim().attribution().key());
      if (party == null) {
        return null;
      }
      out.add(party);
      attributedValues.add(f.compared());
    }
    return attributedValues.equals(values) ? out : null;
  }

  /**
   * The party an attribution key ("Q810+foreign-ministry", "Q1016+red-crescent", "un") names: a
   * state for its organs (policies' state_bodies), the body itself otherwise; an unnamed someone
   * of the country said, if any, for a body that names no one (anonymous_bodies: "a source").
   */
  String party(String key) {
    List<String> parts = List.of(key.split("\\+"));
    String country = parts.stream().filter(p -> common.countries().iso(p) != null).findFirst()
        .orElse(null);
    if (parts.stream().anyMatch(common.policies().anonymousBodies()::contains)) {
      // "a diplomat said": someone the article does not name
      return country == null ? ANONYMOUS : ANONYMOUS + ":" + country;
    }
    List<String> bodies = parts.stream().filter(p -> !p.equals(country)).toList();
    if (bodies.isEmpty()) {
      return country;
    }
    if (common.policies().stateBodies().containsAll(bodies)) {
      return country != null ? country : UNNAMED_STATE + String.join("+", bodies);
    }
    return key;
  }
}
