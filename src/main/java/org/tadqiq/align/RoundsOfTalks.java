package org.tadqiq.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Which round of a numbered series of talks a claim speaks of. Rounds of one negotiation have the
 * same parties, so the participants cannot tell them apart: "the first round lasted two and a half
 * hours" and "the second round lasted four hours" are two facts of two events. A sentence that
 * numbers a round ("الجولة الأولى", "the second round of talks") gives its claims of that kind of
 * event the round's number; an article that numbers rounds but not the claim's sentence leaves
 * unsaid which round the claim is of, so the claim is compared with nothing. Articles that number
 * no round keep their claims as they were.
 */
final class RoundsOfTalks {
  /** The event id the ordinal rules give a numbered round (SERIES_UNIT round, en.ordinal.nth-round). */
  static final String ROUND = ClaimValue.Ordinal.ROUND_OF_TALKS;
  /** What {@link #of} gives a claim of no numbered round: nothing to add to its event key. */
  static final String NONE = "";

  /** The kinds of event whose rounds the source numbers (the kind of each round's frame). */
  private final Set<String> kinds;
  /** The numbers of rounds each sentence (by its start) names. */
  private final Map<Integer, Set<Integer>> bySentence;

  private RoundsOfTalks(Set<String> kinds, Map<Integer, Set<Integer>> bySentence) {
    this.kinds = kinds;
    this.bySentence = bySentence;
  }

  /** The rounds the claims of one source number. */
  static RoundsOfTalks in(List<Claim> claims) {
    Set<String> kinds = new TreeSet<>();
    Map<Integer, Set<Integer>> bySentence = new HashMap<>();
    for (Claim c : claims) {
      if (c.kind() == ClaimKind.ORDINAL && c.frame() != null
          && c.value() instanceof ClaimValue.Ordinal o && ROUND.equals(o.event())) {
        kinds.add(c.frame().kind());
        bySentence.computeIfAbsent(c.contextStart(), k -> new TreeSet<>()).add(o.position());
      }
    }
    return new RoundsOfTalks(kinds, bySentence);
  }

  /**
   * The round a claim speaks of, as a suffix of its event key ("#2"); {@link #NONE} when its
   * source numbers no round of its kind of event, or the claim is the round's number itself (two
   * articles' numbers of one meeting are compared as positions in its series, see
   * Policy.SERIES_POSITION), and
   * null when the source numbers rounds but the claim's sentence names none, or
   * more than one.
   */
  String of(Claim c) {
    if (c.frame() == null || !kinds.contains(c.frame().kind())) {
      return NONE;
    }
    if (c.value() instanceof ClaimValue.Ordinal o && ROUND.equals(o.event())) {
      return NONE;
    }
    Set<Integer> named = bySentence.get(c.contextStart());
    if (named == null || named.size() != 1) {
      return null;
    }
    return "#" + named.iterator().next();
  }
}
