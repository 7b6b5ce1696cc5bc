package org.tadqiq.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Interval;
import org.tadqiq.model.Modality;
import org.tadqiq.rules.CommonData;

/**
 * The day of an announcement of a tally, as one fact: "On Monday the government said 1,700 were
 * killed, 3,400 injured and 300 missing". A day that dates a saying belongs to no event (the
 * extractor leaves it without one), so it is never held against the day of the quake; but one
 * announcement dated Sunday by one outlet and Monday by another is an error of one of them. The
 * announcement is identified by who makes it and by its figures: the running-tally figures of the
 * day's sentence, and of the sentence right after it when that one goes on telling the same
 * announcement (no day of its own, no other party, a tally not yet given). Whether two dated
 * announcements are one is judged when they are compared ({@code update.same-day}).
 */
final class AnnouncementFacets {
  private final CommonData common;

  AnnouncementFacets(CommonData common) {
    this.common = common;
  }

  /** The announcement facets of one source's claims (in text order). */
  List<Facet> facetsOf(List<Claim> claims, LocalDate published) {
    List<List<Claim>> sentences = sentences(claims);
    List<Facet> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Claim> sentence = sentences.get(i);
      Claim day = onlySayingDay(sentence);
      if (day == null) {
        continue;
      }
      Map<String, Claim> figures = new TreeMap<>();
      if (!addFigures(sentence, figures, null)) {
        continue; // one tally given twice: several announcements in one sentence
      }
      String party = party(day, figures);
      if (figures.isEmpty() || party == null) {
        continue; // no tally, or nobody is said to announce it
      }
      if (figures.values().stream().anyMatch(c -> c.attribution() != null
          && !mayBeOne(party, c.attribution().key()))) {
        continue; // figures of several parties in one sentence: not one announcement
      }
      EventFrame event = figures.values().iterator().next().frame();
      if (i + 1 < sentences.size() && goesOn(sentence, sentences.get(i + 1))) {
        addFigures(sentences.get(i + 1), figures, party);
      }
      if (!sameEvent(figures, event)) {
        continue;
      }
      Map<String, Interval> values = new TreeMap<>();
      figures.forEach((attribute, c) ->
          values.put(attribute, ((ClaimValue.Quantity) c.value()).base()));
      Announcement a = new Announcement(party, values);
      Claim dated = withFrame(day, event);
      out.add(new Facet(Policy.UPDATE_DAY, event.key() + "|" + Modality.REPORTED.comparedAs().id(),
          day.value().canonical() + Announcement.SEPARATOR + a.format(), dated, published,
          common.policies().updateIdentityStrength()));
    }
    return out;
  }

  /** The claims of each sentence, sentences in text order. */
  private static List<List<Claim>> sentences(List<Claim> claims) {
    Map<Integer, List<Claim>> by = new TreeMap<>();
    for (Claim c : claims) {
      by.computeIfAbsent(c.contextStart(), k -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(by.values());
  }

  /**
   * The one calendar day of a sentence that dates no event (a saying: "أعلنت الحكومة، اليوم
   * الإثنين، أن ..."; "the toll reached 1,700 on Sunday, according to ..."); null when the sentence
   * has none, or more than one day (it may tell of two announcements), or a window of days.
   */
  private static Claim onlySayingDay(List<Claim> sentence) {
    Claim found = null;
    for (Claim c : sentence) {
      if (c.kind() != ClaimKind.TIME) {
        continue;
      }
      if (found != null || c.frame() != null || c.modality() != Modality.REPORTED
          || !(c.value() instanceof ClaimValue.When w) || w.date() == null || w.isWindow()) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /**
   * Adds the sentence's running-tally figures (reported, of an event) by tally; false when a tally
   * comes twice. With {@code party} set (a sentence that goes on), a figure another party gives
   * is left out, and a tally already given stops the sentence.
   */
  private boolean addFigures(List<Claim> sentence, Map<String, Claim> figures, String party) {
    Map<String, Claim> mine = new TreeMap<>();
    for (Claim c : sentence) {
      if (!tally(c)) {
        continue;
      }
      if (party != null && c.attribution() != null && !mayBeOne(party, c.attribution().key())) {
        return false;
      }
      if (mine.put(c.attribute(), c) != null || figures.containsKey(c.attribute())) {
        return false;
      }
    }
    figures.putAll(mine);
    return true;
  }

  private boolean tally(Claim c) {
    if (c.kind() != ClaimKind.QUANTITY || c.frame() == null || c.frame().prior()
        || c.modality() != Modality.REPORTED || !c.attribute().startsWith("count:")) {
      return false;
    }
    String counted = c.attribute().substring("count:".length());
    int at = counted.indexOf('@');
    counted = at < 0 ? counted : counted.substring(0, at);
    return common.policies().runningTallies().contains(counted);
  }

  /**
   * Whether the next sentence goes on telling the announcement: it follows right after (no
   * sentence with claims between) and names no day of its own.
   */
  private static boolean goesOn(List<Claim> sentence, List<Claim> next) {
    Claim last = sentence.get(0);
    int end = last.contextStart() + (last.context() == null ? 0 : last.context().length());
    boolean adjacent = next.get(0).contextStart() - end <= 2;
    return adjacent && next.stream().noneMatch(c -> c.kind() == ClaimKind.TIME);
  }

  /** Who announces: the day's attribution, else that of the sentence's figures. */
  private static String party(Claim day, Map<String, Claim> figures) {
    if (day.attribution() != null) {
      return day.attribution().key();
    }
    for (Claim c : figures.values()) {
      if (c.attribution() != null) {
        return c.attribution().key();
      }
    }
    return null;
  }

  private static boolean sameEvent(Map<String, Claim> figures, EventFrame event) {
    return figures.values().stream().allMatch(c -> c.frame().key().equals(event.key()));
  }

  /**
   * Whether two attribution keys may name one announcer: as {@link
   * org.tadqiq.compare.Policy#mayBeOneAnnouncer}.
   */
  private boolean mayBeOne(String a, String b) {
    return Policy.mayBeOneAnnouncer(a, b, common);
  }

  /** The day, as the announcement's claim: about the event its figures count. */
  private static Claim withFrame(Claim c, EventFrame frame) {
    return new Claim(c.id(), c.source(), c.kind(), c.subject(), c.attribute(), c.value(), c.span(),
        c.quote(), c.rule(), frame, c.modality(), c.context(), c.contextStart(), c.attribution());
  }
}
