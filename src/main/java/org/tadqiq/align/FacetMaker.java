package org.tadqiq.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.Specs;

/**
 * Says which facts a claim speaks to. Identity (what makes two claims speak of one fact) goes in the
 * key; what is checked for agreement stays out of it, so that a different place or day can surface
 * as a conflict instead of silently making a different event.
 */
public final class FacetMaker {
  /** The attribute of an amount that no cue explains (see the quantity rules). */
  static final String MENTION = "mention";
  /** The prefix of the id of a person no list holds (see the office builder). */
  public static final String OPEN_NAME = "~";
  /** The attribute of a length of time that no rule names the term of (see the quantity rules). */
  static final String DURATION = "duration";
  /** How firmly a party and its country's vote identify a share of the vote. */
  static final double PARTY_SHARE_STRENGTH = 0.8;
  /**
   * How firmly the body that holds a gathering (policy seated_events) identifies one of its single
   * facts, an amount that is no count: the conclave's length, whoever its sentences name. Its
   * counts (cardinals eligible, cardinals voting) stay weak: one article counts several things.
   */
  static final double SEATED_STRENGTH = 0.8;
  private final CommonData common;
  private final org.tadqiq.compare.OfficeTable table;
  private final AnnouncementFacets announcements;

  public FacetMaker(CommonData common) {
    this.common = common;
    this.table = new org.tadqiq.compare.OfficeTable(common);
    this.announcements = new AnnouncementFacets(common);
  }

  /** The facets of every claim of one extracted source. */
  public List<Facet> facetsOf(org.tadqiq.extract.ExtractedSource e) {
    return facetsOf(e.claims(), e.source().published());
  }

  /** The facets of one source's claims (in text order), dated {@code published}. */
  public List<Facet> facetsOf(List<Claim> claims, LocalDate published) {
    List<Facet> out = new ArrayList<>();
    RoundsOfTalks rounds = RoundsOfTalks.in(claims);
    for (Claim c : claims) {
      String round = rounds.of(c);
      if (round == null) {
        continue; // the article numbers rounds of talks, but not this claim's: which one is unsaid
      }
      out.addAll(facetsOf(c, published, round));
    }
    // the days of announcements of tallies: a fact of the sentences around a day, not of one claim
    out.addAll(announcements.facetsOf(claims, published));
    return out;
  }

  /**
   * Whether a claim is a bare duration of an event that sets several terms at once (see the
   * policy many_terms_events): without the name of its term it cannot be told from the others.
   */
  private boolean isUnnamedTerm(Claim c, EventFrame f) {
    return c.attribute().equals(DURATION) && common.policies().manyTermsEvents().contains(f.kind());
  }

  /**
   * Whether a claim is a single fact (an amount that is no count) of a gathering held by one body,
   * named in its own sentence: the body and the time window identify it.
   */
  private boolean isSeatedSingleFact(Claim c, EventFrame f) {
    var seated = common.policies().seatedEvents().get(f.kind());
    return seated != null && !f.prior() && !f.eventCarried()
        && f.participants().equals(List.of(seated.seat())) && !c.attribute().startsWith("count:");
  }

  public List<Facet> facetsOf(Claim c, LocalDate published) {
    return facetsOf(c, published, RoundsOfTalks.NONE);
  }

  /** The facets of one claim of the numbered round {@code round} ("#2", or "" for none). */
  private List<Facet> facetsOf(Claim c, LocalDate published, String round) {
    List<Facet> out = new ArrayList<>();
    if (c.value() instanceof ClaimValue.Office o) {
      // a title that names no one was read through the office table: the article did not say
      // who holds the office, so there is nothing of the article's to compare
      if (!Claim.REFERENCE.equals(c.attribute())) {
        officeFacets(c, o, published, out);
      }
      return out;
    }
    EventFrame f = c.frame();
    if (f == null || f.participants().isEmpty()) {
      return out; // no event to pin the claim to: nothing to compare it with
    }
    double strength = strength(f);
    String eventKey = f.key() + round;
    String event = eventKey + "|" + c.modality().comparedAs().id();
    switch (c.kind()) {
      case QUANTITY -> {
        if (c.attribute().startsWith(MENTION)) {
          return out; // an amount no cue explains: read, but compared with nothing
        }
        if (isUnnamedTerm(c, f)) {
          return out; // "for four years" in a verdict: the prison term, or the ban? compared with nothing
        }
        var q = (ClaimValue.Quantity) c.value();
        // a party's share of its country's vote is one fact: the party, the kind of event and the
        // time window (blocks further apart are never compared) identify it
        double identity = common.partyOf(c.attribute()) != null && !f.prior()
            ? Math.max(strength, PARTY_SHARE_STRENGTH) : strength;
        if (isSeatedSingleFact(c, f)) {
          identity = Math.max(identity, SEATED_STRENGTH);
        }
        out.add(new Facet(Policy.QUANTITY_OVERLAP, event + "|" + c.attribute() + "|" + q.dimension(),
            q.interval().canonical() + " " + q.unit(), c, published, identity));
      }
      case TIME -> out.add(new Facet(Policy.EVENT_DAY, event, c.value().canonical(), c, published,
          strength));
      case PLACE -> out.add(new Facet(Policy.EVENT_PLACE, event, c.value().canonical(), c, published,
          strength));
      case ORDINAL -> {
        if (c.attribute().startsWith(MENTION)) {
          return out; // a position in a series the rule cannot tell apart: read, compared with nothing
        }
        var o = (ClaimValue.Ordinal) c.value();
        out.add(new Facet(Policy.SERIES_POSITION, eventKey + "|since " + o.anchor(),
            "#" + o.position(), c, published, strength));
      }
      case SEQUENCE -> {
        if (c.attribute().startsWith(MENTION)) {
          return out; // an order whose main event the rule could not name: read, compared with nothing
        }
        var s = (ClaimValue.Sequence) c.value();
        String other = s.otherEvent() + s.otherParticipants();
        out.add(new Facet(Policy.SEQUENCE_ORDER, eventKey + "|vs " + other, s.relation(), c,
            published, strength));
      }
      default -> {}
    }
    return out;
  }

  private void officeFacets(Claim c, ClaimValue.Office o, LocalDate published, List<Facet> out) {
    if (o.role() == null) {
      return; // a counterpart whose office could not be resolved
    }
    String misstated = table.misstatement(o, published);
    if (misstated != null) {
      // against the dated table of office holders: one group per person, office and what the
      // table says, so an archive's misstatements of one fact make one finding at any date
      out.add(new Facet(Policy.OFFICE_AGAINST_KNOWLEDGE, o.person() + "|" + o.role() + "|" + misstated,
          o.status(), c, published, 0.9));
    }
    if (o.statusImplied() && table.outOfOffice(o, published)) {
      // "Pope Francis" after his death, "Chancellor Merkel" in 2024: a bare title names a past
      // holder here, and says nothing of who holds the office now
      return;
    }
    out.add(new Facet(Policy.OFFICE_STATUS, o.person() + "|" + o.role(),
        o.status() + (o.jurisdiction() == null ? "" : "@" + o.jurisdiction()), c, published, 0.9));
    Specs.Office office = common.offices().get(o.role());
    boolean holds = "current".equals(o.status());
    // a name no list holds may be a known person spelled otherwise ("فلوديمير زيلنسكي"), or a
    // name read with a word too many: two holders, one of them such a name, are only possibly two
    boolean known = !o.person().startsWith(OPEN_NAME);
    if (office != null && office.singleHolder() && holds && o.jurisdiction() != null) {
      out.add(new Facet(Policy.OFFICE_SINGLE_HOLDER, o.role() + "@" + o.jurisdiction(),
          o.person(), c, published, known ? 0.85 : 0.5));
    }
    if (office != null && office.exclusive() && holds) {
      out.add(new Facet(Policy.OFFICE_ONE_POST, o.person(), o.role(), c, published,
          known ? 0.75 : 0.5));
    }
  }

  /** Two or more named people anchor an event firmly; one person or only countries do not. */
  static double strength(EventFrame f) {
    double s;
    if (!f.participantsArePersons()) {
      s = 0.45;
    } else if (f.participants().size() >= 2) {
      s = 0.85;
    } else {
      s = 0.5;
    }
    s = f.participantsCarried() ? s - 0.1 : s;
    return f.eventCarried() ? s - 0.1 : s;
  }
}
