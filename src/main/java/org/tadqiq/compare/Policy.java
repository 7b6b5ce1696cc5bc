package org.tadqiq.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tadqiq.align.Facet;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.rules.CommonData;

/**
 * How two facets of one group are compared. Each policy has one id, carried by every conflict it
 * finds; its tolerances come from rules/common/policies.yaml.
 */
public enum Policy {
  QUANTITY_OVERLAP("quantity.interval-overlap", "the two amounts cannot both be true") {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      boolean calendar = common.policies().calendarDays();
      if (calendar && wholeDays(a) && wholeDays(b)) {
        // both told in whole days: "two days" (more than one, at most two) and "three days" meet
        // only at their bound, which the calendar reading leaves open — they are two lengths
        return ((ClaimValue.Quantity) a.claim().value()).interval()
            .equals(((ClaimValue.Quantity) b.claim().value()).interval());
      }
      org.tadqiq.model.Interval x = compared(a, calendar);
      org.tadqiq.model.Interval y = compared(b, calendar);
      if (otherSystems(a, b)) {
        double t = common.policies().otherSystemTolerance();
        x = x.widenedBy(t);
        y = y.widenedBy(t);
      }
      return x.overlaps(y, common.policies().closeOpenBounds());
    }
  },
  OFFICE_STATUS("office.status-at-a-time", "one person cannot be both current and former holder", true, false) {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      var x = (ClaimValue.Office) a.claim().value();
      var y = (ClaimValue.Office) b.claim().value();
      boolean oneFormer = "former".equals(x.status()) != "former".equals(y.status());
      boolean otherHolds = holds(x.status()) || holds(y.status());
      boolean sameCountry =
          x.jurisdiction() == null || y.jurisdiction() == null
              || x.jurisdiction().equals(y.jurisdiction());
      return !(oneFormer && otherHolds) && sameCountry;
    }
  },
  OFFICE_SINGLE_HOLDER("office.single-holder", "only one person holds this office at a time", false, false) {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      // a surname is its full name's holder; two names no list holds in two scripts are one
      // holder unless both are full names whose consonant keys tell them apart ("Narendra Modi"
      // and "ناريندرا مودي" are one, "راهول غاندي" another; "رئيسي" alone tells nothing)
      String x = person(a);
      String y = person(b);
      return x.equals(y) || surnameOf(x, y) || surnameOf(y, x) || otherScripts(x, y)
          && !common.crossScriptNames().clearlyTwo(x.substring(1), y.substring(1));
    }
  },
  OFFICE_ONE_POST("office.one-post-per-person", "one person does not hold both offices at once", false, false) {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      var x = (ClaimValue.Office) a.claim().value();
      var y = (ClaimValue.Office) b.claim().value();
      return x.role().equals(y.role());
    }
  },
  SERIES_POSITION("series.same-position", "an event has one place in its series") {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      var x = (ClaimValue.Ordinal) a.claim().value();
      var y = (ClaimValue.Ordinal) b.claim().value();
      if (ClaimValue.Ordinal.ROUND_OF_TALKS.equals(x.event())
          && ClaimValue.Ordinal.ROUND_OF_TALKS.equals(y.event())
          && apart(a, b, common.policies().roundSameTimeWindowDays())) {
        return true; // two rounds of one negotiation, a week apart: two meetings, two numbers
      }
      return x.position() == y.position();
    }
  },
  SEQUENCE_ORDER("sequence.same-order", "the two events cannot be in both orders") {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      return a.compared().equals(b.compared());
    }
  },
  EVENT_DAY("event.same-day", "one event happens on one day") {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      return daysAgree((ClaimValue.When) a.claim().value(), (ClaimValue.When) b.claim().value());
    }
  },
  /**
   * The day of one announcement of a tally (see {@code align.AnnouncementFacets}): two dated
   * announcements are one when one party gives the same figures in both; only then do their days
   * have to agree. Announcements not shown to be one never disagree, and this policy reports no
   * agreement (two announcements dated alike are no corroboration of anything).
   */
  UPDATE_DAY("update.same-day", "one announcement of figures is made on one day", false, true) {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      return !sameAnnouncement(a, b, common)
          || daysAgree((ClaimValue.When) a.claim().value(), (ClaimValue.When) b.claim().value());
    }
  },
  /**
   * An office claim against the dated table of office holders (see {@link KnowledgeCheck}); not a
   * comparison of two facets.
   */
  OFFICE_AGAINST_KNOWLEDGE("office.against-knowledge",
      "an article's date decides whether a holder is current or former", false, false) {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      return true;
    }
  },
  EVENT_PLACE("event.same-place", "one event happens in one place") {
    @Override
    boolean valuesAgree(Facet a, Facet b, CommonData common) {
      String x = ((ClaimValue.Place) a.claim().value()).place();
      String y = ((ClaimValue.Place) b.claim().value()).place();
      if (common.placeWithin(x, y) || common.placeWithin(y, x)) {
        return true;
      }
      // a country inside a town (the Vatican in Rome): its places are in that town too
      if (inEnclaveHeldBy(x, y, common) || inEnclaveHeldBy(y, x, common)) {
        return true;
      }
      // a town's name shared with towns of other countries ("Valencia": the gazetteer reads it as
      // Venezuela's): a country that holds one of its namesakes ("in Spain") is no second place
      if (common.namesakeIn(x, y) || common.namesakeIn(y, x)) {
        return true;
      }
      // a part named by a compass point ("southern Turkey", "Odesa region") has no bounds a table
      // holds: it overlaps its neighbours, so a part of a country agrees with every place of that
      // country, and a town's ("south-west of Marrakech", which may lie over a border) with any
      // place; a place of another country is judged as any other (a quake strikes two countries)
      if ((common.isPart(x) || common.isPart(y))
          && partMayHold(x, y, common) && partMayHold(y, x, common)) {
        return true;
      }
      // two buildings of one town (the Sistine Chapel and St Peter's Basilica): a ceremony moves
      // between them, and an event's key is too coarse to tell its moments apart
      String tx = townOf(x, common);
      if (tx != null && !tx.equals(x) && tx.equals(townOf(y, common)) && !y.equals(tx)) {
        return true;
      }
      // an airport or air base named after a town often lies in the next one (Gimhae's airport
      // is in Busan, Washington's Reagan National in Arlington): it is no second place beside a
      // town of its own country
      if (facilityBeside(x, y, common) || facilityBeside(y, x, common)) {
        return true;
      }
      // a region and a town of the same country: the gazetteer holds each town's country, not
      // its region, so "Anchorage" and "Alaska" are no evidence of two places
      if (regionHoldingTown(x, y, common) || regionHoldingTown(y, x, common)) {
        return true;
      }
      // an event that strikes several countries (a quake "in Turkey and Syria") happens in each;
      // one held at one site (a meeting anchored only by its country) does not spread
      var frame = a.claim().frame();
      if (frame != null && !frame.participantsArePersons()
          && !common.policies().oneSiteEvents().contains(frame.kind())) {
        boolean xIn = frame.participants().stream().anyMatch(c -> common.placeWithin(x, c));
        boolean yIn = frame.participants().stream().anyMatch(c -> common.placeWithin(y, c));
        return xIn && yIn;
      }
      return false;
    }
  };

  private final String id;
  private final String principle;
  private final boolean reportsAgreement;
  private final boolean allowsSeveralValues;

  Policy(String id, String principle) {
    this(id, principle, true, true);
  }

  /**
   * @param reportsAgreement false for checks whose agreement restates another policy's (a holder
   *     check agreeing repeats that the status check agreed)
   * @param allowsSeveralValues whether one source may give several values for one key without
   *     contradicting itself: true for event facts (an event key is coarse: an article naming
   *     Thursday and Friday for meetings of the same people describes two meetings), false for
   *     offices (a person's office at the article's time is one fact)
   */
  Policy(String id, String principle, boolean reportsAgreement, boolean allowsSeveralValues) {
    this.id = id;
    this.principle = principle;
    this.reportsAgreement = reportsAgreement;
    this.allowsSeveralValues = allowsSeveralValues;
  }

  public boolean allowsSeveralValues() {
    return allowsSeveralValues;
  }

  /**
   * Whether one occasion of an event has one value of the fact {@code f} speaks to: a meeting held
   * on one day is held in one place (policies' one_site_events), and has one position in a series
   * counted from a point ("the second meeting since he took office"). A source may still name
   * several places for an event key when it tells of several occasions (several days); told of one
   * occasion, two places that cannot both hold are the article contradicting itself, not two
   * meetings. Left out: events with more than one place at once (a call has two ends, a visit
   * tours, a quake spreads); a series with no starting point, which may count the event's own
   * parts ("the first ballot", "the fourth ballot" of one conclave); amounts (a total and its
   * parts, a toll as it grew); days (two days are two occasions); orders.
   */
  public boolean oneValuePerOccasion(Facet f, CommonData common) {
    return switch (this) {
      case EVENT_PLACE -> f.claim().frame() != null
          && common.policies().oneSiteEvents().contains(f.claim().frame().kind());
      case SERIES_POSITION -> f.claim().value() instanceof ClaimValue.Ordinal o
          && o.anchor() != null;
      default -> false;
    };
  }

  /** How far apart (days) two dated facets may be and still be compared. */
  public int windowDays(CommonData common) {
    return allowsSeveralValues
        ? common.policies().eventSameTimeWindowDays()
        : common.policies().officeSameTimeWindowDays();
  }

  public boolean reportsAgreement() {
    return reportsAgreement;
  }

  public String id() {
    return id;
  }

  /** The rule of thumb a conflict of this policy breaks, for its explanation. */
  public String principle() {
    return principle;
  }

  /**
   * Whether two facets of one group can both be true. Facets of articles further apart in time
   * than the policy's window speak of different events or times, so they never clash.
   */
  final boolean compatible(Facet a, Facet b, CommonData common) {
    return apart(a, b, windowDays(common)) || valuesAgree(a, b, common);
  }

  /**
   * Whether the two values agree as values, however far apart in time their articles are: the
   * side a claim belongs to, where {@link #compatible} only says that nothing opposes them.
   */
  final boolean agreesInValue(Facet a, Facet b, CommonData common) {
    return valuesAgree(a, b, common);
  }

  /** Whether the two values can both be true of one fact. */
  abstract boolean valuesAgree(Facet a, Facet b, CommonData common);

  /**
   * Whether two days can be the day of one event: the same calendar day, or next to each other
   * when one is a night, a dawn or an evening; a window ("last week") and a day it can hold; the
   * same weekday or day of a month when unresolved; true when nothing is comparable.
   */
  static boolean daysAgree(ClaimValue.When x, ClaimValue.When y) {
    if (x.date() != null && y.date() != null) {
      // an event of the night belongs to two days: "Saturday night" is "early Sunday". Only the
      // earlier day's evening or night meets the later day's dawn: two dawns (or a dawn and the
      // next day's night) a day apart are a day apart
      long apart = java.time.temporal.ChronoUnit.DAYS.between(x.date(), y.date());
      if (apart == 0) {
        return true;
      }
      ClaimValue.When earlier = apart > 0 ? x : y;
      ClaimValue.When later = apart > 0 ? y : x;
      return Math.abs(apart) == 1 && (overnight(earlier) || overnight(later))
          && (earlier.dayPart() == null || lateInDay(earlier))
          && (later.dayPart() == null || EARLY_IN_DAY.contains(later.dayPart()));
    }
    if (x.isWindow() || y.isWindow()) {
      return windowsMeet(x, y); // "last week" or "in March": only a day outside it disagrees
    }
    if (x.weekday() != null && y.weekday() != null) {
      return x.weekday().equals(y.weekday());
    }
    if (x.month() != null && y.month() != null && x.day() != null && y.day() != null) {
      return x.month().equals(y.month()) && x.day().equals(y.day());
    }
    return true; // nothing comparable: no evidence of a conflict
  }

  /**
   * Whether two facets of {@link #UPDATE_DAY} date one announcement: one announcer, and at least
   * the policies' number of shared figures (one of them bounded on both sides), none different.
   */
  public static boolean sameAnnouncement(Facet a, Facet b, CommonData common) {
    var x = org.tadqiq.align.Announcement.of(a.compared());
    var y = org.tadqiq.align.Announcement.of(b.compared());
    if (x == null || y == null || !mayBeOneAnnouncer(x.party(), y.party(), common)) {
      return false;
    }
    if (!ofTheEventsCountries(x.party(), a.key(), common)
        || !ofTheEventsCountries(y.party(), b.key(), common)) {
      return false;
    }
    var shared = x.shared(y, common.policies().closeOpenBounds());
    return !shared.differ() && shared.bounded()
        && shared.figures() >= common.policies().updateIdentityFigures();
  }

  /**
   * Whether the countries an announcer's key names are among the event's participants (the
   * bracket of its key, "earthquake[Q836]|reported"): China's aid figures are no update of the
   * toll of Myanmar's quake.
   */
  private static boolean ofTheEventsCountries(String party, String key, CommonData common) {
    int open = key.indexOf('[');
    int close = key.indexOf(']', open + 1);
    java.util.List<String> participants = open < 0 || close < 0 ? java.util.List.of()
        : java.util.List.of(key.substring(open + 1, close).split("\\+"));
    for (String part : party.split("\\+")) {
      if (common.countries().iso(part) != null && !participants.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two attribution keys may name one announcer: one party as the policies see it (a
   * state for its organs), or the same body with its country named on one side only, or organs of
   * a state whose country is not named ("the military regime") beside a named state's — about one
   * event, an unnamed government is the government of the country struck.
   */
  public static boolean mayBeOneAnnouncer(String a, String b, CommonData common) {
    Parties parties = new Parties(common);
    String p = parties.party(a);
    String q = parties.party(b);
    if (p == null || q == null) {
      return false; // "a source said": nobody named
    }
    if (p.equals(q) || parties.mayBeOne(p, q)) {
      return true;
    }
    boolean pState = p.startsWith("state:") || common.countries().iso(p) != null;
    boolean qState = q.startsWith("state:") || common.countries().iso(q) != null;
    return pState && qState && (p.startsWith("state:") || q.startsWith("state:"));
  }

  /**
   * Whether a window of days and a day, or two windows, can name the same day; a value with
   * neither a calendar day nor a window says nothing against them. A night or a dawn may be
   * dated to the next day, so a day just outside a window still meets it then.
   */
  private static boolean windowsMeet(ClaimValue.When x, ClaimValue.When y) {
    LocalDate[] a = days(x);
    LocalDate[] b = days(y);
    if (a == null || b == null) {
      return true;
    }
    int slack = overnight(x) || overnight(y) ? 1 : 0;
    return !a[0].minusDays(slack).isAfter(b[1]) && !b[0].minusDays(slack).isAfter(a[1]);
  }

  private static LocalDate[] days(ClaimValue.When w) {
    if (w.isWindow()) {
      return new LocalDate[] {w.from(), w.through()};
    }
    return w.date() == null ? null : new LocalDate[] {w.date(), w.date()};
  }

  /**
   * The parts of a day that may still belong to the night before ("eve": "ليلة الأحد", the night
   * from Saturday to Sunday).
   */
  private static final java.util.Set<String> EARLY_IN_DAY = java.util.Set.of("eve", "dawn", "morning");

  /** Whether a time is told as the evening or the night of its day. */
  private static boolean lateInDay(ClaimValue.When w) {
    return w.dayPart() != null && java.util.Set.of("night", "evening").contains(w.dayPart());
  }

  private static boolean overnight(ClaimValue.When w) {
    return w.dayPart() != null
        && java.util.Set.of("night", "eve", "dawn", "evening").contains(w.dayPart());
  }

  private static boolean holds(String status) {
    return "current".equals(status) || "acting".equals(status);
  }

  private static String person(Facet f) {
    return ((ClaimValue.Office) f.claim().value()).person();
  }

  /**
   * Whether two open names are written in different scripts ("~ebrahim-raisi", "~ابراهيم-رئيسي"):
   * no list holds either, so only their consonant keys can tell one man spelled twice from two men
   * (see {@code names.CrossScriptNames}).
   */
  static boolean otherScripts(String x, String y) {
    return openName(x) && openName(y) && org.tadqiq.names.CrossScriptNames.twoScripts(x, y);
  }

  private static boolean openName(String person) {
    return person.startsWith(org.tadqiq.align.FacetMaker.OPEN_NAME);
  }

  /**
   * Whether an open name is the last words of another open name: "President Raisi" and "President
   * Ebrahim Raisi" of one country are one holder, not two (a news story names a man in full once,
   * then by his surname). Only names no list holds (both "~…"); one word must be at least three
   * letters long, so an initial alone names nobody.
   */
  static boolean surnameOf(String shorter, String longer) {
    if (!openName(shorter) || !openName(longer)) {
      return false;
    }
    List<String> s = List.of(shorter.substring(1).split("-"));
    List<String> l = List.of(longer.substring(1).split("-"));
    String last = s.get(s.size() - 1);
    if (s.size() >= l.size() || last.codePointCount(0, last.length()) < 3) {
      return false;
    }
    return l.subList(l.size() - s.size(), l.size()).equals(s);
  }

  /**
   * Days between the first and last publication of the facets' articles; -1 when one is undated
   * (then nobody can tell how far apart they are).
   */
  static long publicationSpan(List<Facet> facets) {
    LocalDate min = null;
    LocalDate max = null;
    for (Facet f : facets) {
      LocalDate d = f.published();
      if (d == null) {
        return -1;
      }
      min = min == null || d.isBefore(min) ? d : min;
      max = max == null || d.isAfter(max) ? d : max;
    }
    return min == null ? 0 : max.toEpochDay() - min.toEpochDay();
  }

  /** Whether two facets' articles were published more than {@code days} apart. */
  static boolean apart(Facet a, Facet b, int days) {
    LocalDate x = a.published();
    LocalDate y = b.published();
    return x != null && y != null && Math.abs(ChronoUnit.DAYS.between(x, y)) > days;
  }

  /**
   * Whether {@code region} is a region (below a country) and {@code town} a town or landmark of the
   * same country: the region may hold the town, and nothing says it does not.
   */
  static boolean regionHoldingTown(String region, String town, CommonData common) {
    var r = common.entity(region);
    var t = common.entity(town);
    if (r == null || t == null || !"region".equals(r.type()) || "country".equals(t.type())
        || "region".equals(t.type())) {
      return false;
    }
    String country = common.countryOf(region);
    return country != null && country.equals(common.countryOf(town));
  }

  /**
   * Whether {@code facility} is a facility named after a town ({@code airport@gn:1842943}) and
   * {@code town} a town (no country or region) of that town's country.
   */
  private static boolean facilityBeside(String facility, String town, CommonData common) {
    int at = facility.indexOf('@');
    var kind = at <= 0 ? null : common.entity(facility.substring(0, at));
    var t = common.entity(town);
    if (kind == null || !CommonData.FACILITY.equals(kind.type()) || t == null
        || "country".equals(t.type()) || "region".equals(t.type())) {
      return false;
    }
    String country = common.countryOf(facility.substring(at + 1));
    return country != null && country.equals(common.countryOf(townOf(town, common)));
  }

  /** Whether {@code place} lies in an enclave whose host town is, holds or lies in {@code other}. */
  private static boolean inEnclaveHeldBy(String place, String other, CommonData common) {
    String host = common.policies().enclaves().get(common.countryOf(place));
    return host != null && (common.placeWithin(host, other) || common.placeWithin(other, host));
  }

  /**
   * Whether {@code place}, when it is a part of another, may hold {@code other} or lie beside it:
   * always for a part of a town or of a place of unknown country, else when both lie in one country.
   */
  private static boolean partMayHold(String place, String other, CommonData common) {
    var part = common.isPart(place) ? common.entity(place) : null;
    if (part == null) {
      return true;
    }
    var whole = common.entity(part.within());
    String country = common.countryOf(place);
    String otherCountry = common.countryOf(other);
    boolean wide = whole != null && ("country".equals(whole.type()) || "region".equals(whole.type()));
    return !wide || country == null || otherCountry == null || country.equals(otherCountry);
  }

  /** The town or country a landmark lies in (the place itself when it is no landmark). */
  static String townOf(String place, CommonData common) {
    String at = place;
    for (int depth = 0; at != null && depth < 10; depth++) {
      var e = common.entity(at);
      if (e == null || !"landmark".equals(e.type())) {
        return at;
      }
      at = e.within();
    }
    return null;
  }

  /**
   * Whether two quantities were told in units of two systems of measures (miles and kilometres):
   * one is then often the other converted and rounded by the writer.
   */
  static boolean otherSystems(Facet a, Facet b) {
    String x = ((ClaimValue.Quantity) a.claim().value()).system();
    String y = ((ClaimValue.Quantity) b.claim().value()).system();
    return x != null && y != null && !x.equals(y);
  }

  /** Whether a quantity is a length told as an exact whole number of days ("لمدة ثلاثة أيام"). */
  static boolean wholeDays(Facet f) {
    if (!(f.claim().value() instanceof ClaimValue.Quantity q)) {
      return false;
    }
    org.tadqiq.model.Interval told = q.interval();
    return "duration".equals(f.claim().attribute()) && "day".equals(q.unit())
        && told.low() == told.high() && !told.lowOpen() && !told.highOpen()
        && told.low() >= 1 && told.low() == Math.rint(told.low());
  }

  /**
   * The interval a quantity is compared as. With the policy calendar_days, a length told as a
   * whole number of days ("took two days", "دام يومين") is rounded up to the days an event
   * touched: it lasted more than N-1 and at most N days, so "two days" agrees with "barely 24
   * hours" (a conclave from one afternoon to the next evening) and with "48 hours", not with "24
   * minutes" nor with "less than a day".
   */
  static org.tadqiq.model.Interval compared(Facet f, boolean calendarDays) {
    var q = (ClaimValue.Quantity) f.claim().value();
    org.tadqiq.model.Interval base = q.base();
    org.tadqiq.model.Interval told = q.interval();
    if (!calendarDays || !wholeDays(f)) {
      return base;
    }
    double day = base.low() / told.low();
    return new org.tadqiq.model.Interval((told.low() - 1) * day, true, base.high(), false);
  }
}
