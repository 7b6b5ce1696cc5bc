package org.tadqiq.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Attribution;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.names.CrossScriptNames;

/**
 * One id for a person no list holds whom one article names in Arabic letters and another in
 * Latin letters ("~تشوي-سانغ-موك", "~choi-sang-mok"). Runs once per check, after extraction and
 * before alignment, over the open ids of the run's office claims (a person a title introduced):
 * an Arabic-script id and a Latin-script id the consonant keys find to be one name
 * ({@link CrossScriptNames}: as many tokens, enough consonants, each token close) both become the
 * Latin id, in every key that names the person: the office claim, the events the person takes part
 * in, the orders of events, who asserts a figure. The Latin spelling is the joined id because it
 * is the one of the two that writes the vowels (it tells more names apart) and the one a listed
 * person's id is written in; each join has exactly one, so the choice is fixed.
 *
 * <p>Only sure joins are made. An id that the keys find one or possibly one with two ids of the
 * other script is ambiguous and kept apart; so is an id that may be a listed person's name
 * spelled in the other script (a name no list holds is never guessed into a known one). A near
 * match the keys cannot confirm ({@code POSSIBLE}) is never joined. Quotes and sentences are left
 * as written.
 */
public final class CrossScriptPersons {
  private final CrossScriptNames names;
  /** the names of the listed people, every form of every pack: read only when a join is near */
  private final Supplier<List<CrossScriptNames.Name>> listedNames;

  /**
   * @param listedNames every form of every listed person, built only when some pair of open ids
   *     is a candidate (a run in one script never asks)
   */
  public CrossScriptPersons(CrossScriptNames names, Supplier<List<String>> listedNames) {
    this.names = java.util.Objects.requireNonNull(names, "names");
    java.util.Objects.requireNonNull(listedNames, "listedNames");
    this.listedNames = new org.tadqiq.rules.Lazy<>(
        () -> listedNames.get().stream().map(names::name).toList());
  }

  /** The sources with the joined people renamed in their claims; the same list when none are. */
  public List<ExtractedSource> join(List<ExtractedSource> sources) {
    Map<String, String> joined = joins(openPersons(sources));
    if (joined.isEmpty()) {
      return sources;
    }
    List<ExtractedSource> out = new ArrayList<>(sources.size());
    for (ExtractedSource e : sources) {
      List<Claim> claims = new ArrayList<>(e.claims().size());
      boolean changed = false;
      for (Claim c : e.claims()) {
        Claim r = renamed(c, joined);
        changed |= r != c;
        claims.add(r);
      }
      out.add(changed ? e.withClaims(claims) : e);
    }
    return out;
  }

  /** The open ids of the people a title introduced, in order. */
  static TreeSet<String> openPersons(List<ExtractedSource> sources) {
    TreeSet<String> out = new TreeSet<>();
    for (ExtractedSource e : sources) {
      for (Claim c : e.claims()) {
        if (c.value() instanceof ClaimValue.Office o && o.person().startsWith(FacetMaker.OPEN_NAME)) {
          out.add(o.person());
        }
      }
    }
    return out;
  }

  /**
   * Which open ids become which: each Arabic-script id that is one name with exactly one
   * Latin-script id, which is one name with it alone, and neither of which may be a listed person.
   */
  Map<String, String> joins(TreeSet<String> openIds) {
    // each name is read once: a run compares every Arabic-script id with every Latin-script one
    Map<String, CrossScriptNames.Name> arabic = new TreeMap<>();
    Map<String, CrossScriptNames.Name> latin = new TreeMap<>();
    for (String id : openIds) {
      (CrossScriptNames.inArabicLetters(id) ? arabic : latin).put(id, names.name(id.substring(1)));
    }
    Map<String, List<String>> near = new TreeMap<>(); // each id's near names in the other script
    Map<String, String> one = new TreeMap<>(); // an Arabic id's one name, when the keys say ONE
    arabic.forEach((a, aName) -> latin.forEach((l, lName) -> {
      CrossScriptNames.Verdict v = names.verdict(aName, lName);
      if (v == CrossScriptNames.Verdict.ONE || v == CrossScriptNames.Verdict.POSSIBLE) {
        near.computeIfAbsent(a, k -> new ArrayList<>()).add(l);
        near.computeIfAbsent(l, k -> new ArrayList<>()).add(a);
      }
      if (v == CrossScriptNames.Verdict.ONE) {
        one.put(a, l);
      }
    }));
    Map<String, String> out = new TreeMap<>();
    if (one.isEmpty()) {
      return out;
    }
    List<CrossScriptNames.Name> listed = listedNames.get();
    one.forEach((a, l) -> {
      boolean alone = near.get(a).size() == 1 && near.get(l).size() == 1;
      if (alone && !mayBeListed(arabic.get(a), listed) && !mayBeListed(latin.get(l), listed)) {
        out.put(a, l);
      }
    });
    return out;
  }

  /** Whether the keys find an open name one or possibly one with a listed person's name. */
  private boolean mayBeListed(CrossScriptNames.Name open, List<CrossScriptNames.Name> listed) {
    for (CrossScriptNames.Name form : listed) {
      CrossScriptNames.Verdict v = names.verdict(open, form);
      if (v == CrossScriptNames.Verdict.ONE || v == CrossScriptNames.Verdict.POSSIBLE) {
        return true;
      }
    }
    return false;
  }

  /** The claim with each joined id renamed wherever it names a person; the same claim if none. */
  static Claim renamed(Claim c, Map<String, String> joined) {
    ClaimValue value = c.value();
    String subject = c.subject();
    if (value instanceof ClaimValue.Office o && joined.containsKey(o.person())) {
      value = o.with(joined.get(o.person()), o.role());
      subject = joined.get(o.person());
    } else if (value instanceof ClaimValue.Sequence s && anyOf(s.otherParticipants(), joined)) {
      value = new ClaimValue.Sequence(s.relation(), s.otherEvent(), ids(s.otherParticipants(), joined));
    }
    EventFrame frame = c.frame();
    if (frame != null && anyOf(frame.participants(), joined)) {
      frame = frame.withParticipants(ids(frame.participants(), joined));
      if (c.subject() != null && c.subject().equals(c.frame().key())) {
        subject = frame.key();
      }
    }
    Attribution who = c.attribution();
    if (who != null && anyOf(List.of(who.key().split("\\+")), joined)) {
      who = new Attribution(who.who(), String.join("+", ids(List.of(who.key().split("\\+")), joined)));
    }
    if (value == c.value() && frame == c.frame() && who == c.attribution()) {
      return c;
    }
    return c.renamed(subject, value, frame, who);
  }

  private static boolean anyOf(List<String> ids, Map<String, String> joined) {
    for (String id : ids) {
      if (joined.containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  /** The ids renamed, in order and once each (as participants and parties are listed). */
  private static List<String> ids(List<String> ids, Map<String, String> joined) {
    TreeSet<String> out = new TreeSet<>();
    for (String id : ids) {
      out.add(joined.getOrDefault(id, id));
    }
    return List.copyOf(out);
  }
}
