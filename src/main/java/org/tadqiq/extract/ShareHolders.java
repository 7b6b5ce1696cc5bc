package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.Specs;

/**
 * Whose share of a vote a percentage is, where its rule found no party beside it, and which shares
 * are a party's national result at all. The frame lexicons of language.yaml name the parties,
 * regions, local votes, "respectively" and the pronouns that open a sentence.
 */
final class ShareHolders {
  /** The attribute of a figure compared with nothing (see the quantity rules). */
  private static final String MENTION = "mention";
  /** a year written in digits: a share of a sentence that names one is another vote's */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![\\p{N}.,])(?:19|20)\\d\\d(?![\\p{N}]|[.,]\\d)");
  private final Specs.Frames frames;
  private final CommonData common;

  /** alliance by the member whose name news use for it ("de-cdu" → the CDU/CSU union) */
  private final Map<String, Specs.Entity> allianceByNamer = new java.util.HashMap<>();
  /** alliance by each of its members */
  private final Map<String, Specs.Entity> allianceByMember = new java.util.HashMap<>();

  ShareHolders(Specs.Frames frames, CommonData common) {
    this.frames = frames;
    this.common = common;
    for (Specs.Entity alliance : common.alliances()) {
      if (alliance.namedBy() != null) {
        allianceByNamer.put(alliance.namedBy(), alliance);
      }
      alliance.members().forEach(m -> allianceByMember.put(m, alliance));
    }
  }

  /**
   * The party each share of a vote belongs to where its rule found none beside it: the party
   * named nearest before it in its clause ("the Left also secured a seat with 8.7%"), the k-th
   * party before the figures for the k-th figure of a sentence that says "respectively", the
   * parties of the sentence before when the sentence opens with a pronoun ("They received 4.9%
   * and 4.4%, respectively"). A share in a sentence that names a region or town or a year is
   * another vote's or a part of the country's ("in Thuringia the AfD received 39%", "25.7% in
   * 2021"): it keeps no party, so it is compared with nothing; so do all shares of an article
   * that speaks of a local vote or never names the party's country.
   */
  List<Draft> assign(List<Draft> drafts, FrameFinder.Scan scan) {
    if (frames.parties() == null) {
      return drafts;
    }
    Map<Integer, List<Draft>> sharesBySentence = new TreeMap<>();
    for (Draft d : drafts) {
      if (isShare(d)) {
        sharesBySentence.computeIfAbsent(d.match().sentence().index(), k -> new ArrayList<>()).add(d);
      }
    }
    if (sharesBySentence.isEmpty()) {
      return drafts;
    }
    Map<Draft, String> attribute = new java.util.IdentityHashMap<>();
    boolean localVote = false;
    java.util.Set<String> countriesNamed = new TreeSet<>();
    for (Sentence s : scan.sentences()) {
      if (!s.furniture()) {
        localVote |= frames.localVotes() != null && !scan.hits(frames.localVotes(), s).isEmpty();
        countriesNamed.addAll(scan.countriesOf(s));
        scan.hits(frames.jurisdictions(), s).forEach(h -> countriesNamed.add(h.entry().id()));
      }
    }
    for (List<Draft> shares : sharesBySentence.values()) {
      Sentence s = shares.get(0).match().sentence();
      boolean scoped = namesTownOrYear(s, scan);
      for (Draft d : shares) {
        boolean named = common.partyOf(d.attribute()) != null;
        if (scoped && named) {
          attribute.put(d, MENTION);
        } else if (!scoped && !named) {
          // a holder the rule read beside the figure that is no party of the lists ("the
          // Bundestag with 8.7%") gives way to the party the sentence names
          String party = holderOf(d, shares, s, scan);
          if (party != null) {
            attribute.put(d, ((org.tadqiq.model.ClaimValue.Quantity) d.value()).dimension()
                + "@" + party);
          }
        }
      }
    }
    // a party's share is its national result only in an article about its country's vote: not
    // in one about a state's or a town's vote, nor where the country is never named (the Greens
    // of another country)
    for (Draft d : drafts) {
      String party = common.partyOf(attribute.getOrDefault(d, d.attribute()));
      if (party != null && (localVote
          || !countriesNamed.contains(common.entities().get(party).within()))) {
        attribute.put(d, MENTION);
      }
    }
    forAlliancesNamedByMember(drafts, attribute, scan);
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String a = attribute.get(d);
      out.add(a == null ? d
          : new Draft(d.match(), d.kind(), a, d.value(), d.start(), d.end(), d.eventSlot()));
    }
    return out;
  }

  /**
   * A share of the member whose name news use for a whole alliance is the alliance's ("According
   * to the final results, CDU received 28.5%" of the CDU/CSU union), unless the article also names
   * the alliance itself or another of its members, or gives a share of them: then each figure is
   * its own party's ("the CDU 22.6% and the CSU 6%", "the CDU won 22.6%; its sister party the CSU
   * held Bavaria").
   */
  private void forAlliancesNamedByMember(
      List<Draft> drafts, Map<Draft, String> attribute, FrameFinder.Scan scan) {
    java.util.Set<String> holders = new TreeSet<>();
    for (Draft d : drafts) {
      String party = common.partyOf(attribute.getOrDefault(d, d.attribute()));
      if (party != null) {
        holders.add(party);
      }
    }
    for (Sentence s : scan.sentences()) {
      if (!s.furniture()) {
        scan.hits(frames.parties(), s).forEach(h -> holders.add(h.entry().id()));
      }
    }
    for (Draft d : drafts) {
      String a = attribute.getOrDefault(d, d.attribute());
      String party = common.partyOf(a);
      Specs.Entity alliance = party == null ? null : allianceByNamer.get(party);
      if (alliance == null || holders.contains(alliance.id())
          || alliance.members().stream().anyMatch(m -> !m.equals(party) && holders.contains(m))) {
        continue;
      }
      attribute.put(d, a.substring(0, a.lastIndexOf('@') + 1) + alliance.id());
    }
  }

  /**
   * Parties named together as one holder: the members of an alliance named beside the alliance,
   * or all of them named together, are the alliance ("the Christian Democratic Union and the
   * Christian Social Union (CDU/CSU)").
   */
  private List<String> alliancesWhole(List<String> parties) {
    List<String> out = new ArrayList<>();
    for (String p : parties) {
      Specs.Entity alliance = allianceByMember.get(p);
      boolean whole = alliance != null && (parties.contains(alliance.id())
          || parties.containsAll(alliance.members()));
      String id = whole ? alliance.id() : p;
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private boolean isShare(Draft d) {
    return d.kind() == org.tadqiq.model.ClaimKind.QUANTITY
        && d.match().rule().set().containsKey("subject")
        && d.value() instanceof org.tadqiq.model.ClaimValue.Quantity;
  }

  private String holderOf(Draft d, List<Draft> shares, Sentence s, FrameFinder.Scan scan) {
    List<Hit> parties = scan.hits(frames.parties(), s);
    boolean respectively = scan.hits(frames.respectively(), s).stream().anyMatch(h -> h.start() >= d.end());
    if (respectively) {
      List<Draft> open = shares.stream().filter(x -> common.partyOf(x.attribute()) == null).toList();
      int first = open.get(0).start();
      List<String> holders = distinctIds(parties.stream().filter(h -> h.end() <= first).toList());
      if (holders.isEmpty() && opensWithPronoun(s, scan) && s.index() > 0) {
        holders = distinctIds(scan.hits(frames.parties(), scan.sentences().get(s.index() - 1)));
      }
      return holders.size() == open.size() ? holders.get(open.indexOf(d)) : null;
    }
    Hit nearest = null;
    for (Hit h : parties) {
      if (h.end() <= d.start() && (nearest == null || h.start() > nearest.start())) {
        nearest = h;
      }
    }
    if (nearest != null) {
      int from = nearest.end();
      boolean figureBetween = shares.stream()
          .anyMatch(x -> x != d && x.end() > from && x.start() < d.start());
      List<Integer> asides = scan.hits(frames.asides(), s).stream().map(Hit::start).toList();
      return figureBetween || clauseBreakBetween(from, d.start(), scan.text(), asides)
          ? null : nearest.entry().id();
    }
    if (shares.get(0) == d && opensWithPronoun(s, scan) && s.index() > 0) {
      List<String> before = alliancesWhole(
          distinctIds(scan.hits(frames.parties(), scan.sentences().get(s.index() - 1))));
      return before.size() == 1 ? before.get(0) : null;
    }
    return null;
  }

  private boolean opensWithPronoun(Sentence s, FrameFinder.Scan scan) {
    if (frames.subjectPronouns() == null) {
      return false;
    }
    int i = s.start();
    while (i < s.end() && !Character.isLetter(scan.text().charAt(i))) {
      i++;
    }
    final int first = i;
    return scan.hits(frames.subjectPronouns(), s).stream().anyMatch(h -> h.start() == first);
  }

  /** Whether a sentence names a place below a country (a region, a town) or a year. */
  private boolean namesTownOrYear(Sentence s, FrameFinder.Scan scan) {
    if (YEAR.matcher(scan.text().substring(s.start(), s.end())).find()
        || frames.regions() != null && !scan.hits(frames.regions(), s).isEmpty()) {
      return true;
    }
    return scan.placesNamed(s).stream().anyMatch(h -> {
      var e = common.entities().get(h.entry().id());
      return e == null || !"country".equals(e.type());
    });
  }

  /**
   * Whether a clause ends between two offsets: a semicolon, a colon, or a comma — except a pair of
   * commas around a short aside ("the AfD, led by Alice Weidel, came second with 20.8%"), or a
   * comma right before a word that opens an aside ({@code asides}: "led by") that the writer never
   * closed ("The Greens, led by Robert Habeck won 12%").
   */
  private static boolean clauseBreakBetween(int from, int to, String text, List<Integer> asides) {
    List<Integer> commas = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ':' || c == '؛') {
        return true;
      }
      if (c == ',' || c == '،') {
        commas.add(i);
      }
    }
    if (commas.isEmpty()) {
      return false;
    }
    if (commas.size() == 1 && asides.contains(firstNonSpace(text, commas.get(0) + 1))) {
      // "The Greens, led by Robert Habeck won 12%": an aside that opens right after the comma
      // and is never closed leaves its clause whole
      return false;
    }
    return commas.size() != 2
        || text.substring(commas.get(0) + 1, commas.get(1)).strip().split("\\s+").length > ASIDE_WORDS;
  }

  private static int firstNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** How many words an aside between two commas may have and still leave its clause whole. */
  private static final int ASIDE_WORDS = 6;

  /** The ids of hits in the order they are first named. */
  private static List<String> distinctIds(List<Hit> hits) {
    List<String> out = new ArrayList<>();
    hits.stream().sorted(Comparator.comparingInt(Hit::start)).forEach(h -> {
      if (!out.contains(h.entry().id())) {
        out.add(h.entry().id());
      }
    });
    return out;
  }
}
