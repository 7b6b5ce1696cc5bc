package org.tadqiq.compare;

import java.util.List;
import java.util.stream.Collectors;
import org.tadqiq.align.Facet;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Interval;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.Specs;

/** Writes values and findings as a fact-checker reads them, with names instead of ids. */
public final class Explainer {
  private final CommonData common;

  public Explainer(CommonData common) {
    this.common = common;
  }

  /** The value as its policy compares it: a holder check compares people, a post check offices. */
  public String value(Facet f) {
    if (f.claim().value() instanceof ClaimValue.Office o) {
      if (f.policy() == Policy.OFFICE_SINGLE_HOLDER) {
        return common.label(o.person());
      }
      if (f.policy() == Policy.OFFICE_ONE_POST) {
        return officeLabel(o.role()) + (o.jurisdiction() == null ? "" : " of " + common.label(o.jurisdiction()));
      }
    }
    return value(f.claim().value());
  }

  public String value(ClaimValue v) {
    if (v instanceof ClaimValue.Quantity q) {
      return amount(q.interval()) + " " + q.unit();
    }
    if (v instanceof ClaimValue.Office o) {
      String office = o.role() == null ? "counterpart (office unresolved)" : officeLabel(o.role());
      String where = o.jurisdiction() == null ? "" : " of " + common.label(o.jurisdiction());
      return office + where + ", " + o.status();
    }
    if (v instanceof ClaimValue.Ordinal o) {
      return ordinal(o.position()) + " " + o.event()
          + (o.anchor() == null ? "" : " (since " + o.anchor().replace('-', ' ') + ")");
    }
    if (v instanceof ClaimValue.Place p) {
      return common.label(p.place());
    }
    if (v instanceof ClaimValue.Sequence s) {
      return s.relation() + " the " + s.otherEvent()
          + (s.otherParticipants().isEmpty() ? "" : " with " + labels(s.otherParticipants()));
    }
    return v.canonical();
  }

  public String subject(Claim c) {
    if (c.value() instanceof ClaimValue.Office o) {
      return common.label(o.person());
    }
    return event(c.frame());
  }

  /**
   * The event a key begins with ("earthquake[Q836]|reported|…"): the day of an announcement
   * belongs to no event in its claim (a claim store gives it back so), but its key names the
   * event whose figures were announced.
   */
  private String eventOfKey(String key) {
    int open = key.indexOf('[');
    int close = key.indexOf(']');
    if (open <= 0 || close < open) {
      return event(null);
    }
    String kind = key.substring(0, open);
    boolean prior = kind.endsWith(":prior");
    kind = prior ? kind.substring(0, kind.length() - ":prior".length()) : kind;
    List<String> ids = close == open + 1 ? List.of()
        : List.of(key.substring(open + 1, close).split("\\+"));
    return event(new EventFrame(kind, ids, false, false, prior, null));
  }

  public String event(EventFrame f) {
    if (f == null) {
      return "(no event)";
    }
    String who = f.participants().isEmpty() ? "" : " of " + labels(f.participants());
    return (f.prior() ? "earlier " : "") + f.kind() + who;
  }

  String summary(Finding.Verdict verdict, Facet first, List<Side> sides, List<Facet> group) {
    String subject = first.claim().frame() == null && first.policy() == Policy.UPDATE_DAY
        ? eventOfKey(first.key()) : subject(first.claim());
    if (first.policy() == Policy.OFFICE_SINGLE_HOLDER) {
      var o = (ClaimValue.Office) first.claim().value();
      subject = officeLabel(o.role()) + " of " + common.label(o.jurisdiction());
    }
    String about = about(first);
    if (verdict == Finding.Verdict.AGREEMENT) {
      return subject + " — " + about + ": " + sides.get(0).value() + " ("
          + sides.get(0).sources().size() + " sources agree)";
    }
    String positions = sides.stream()
        .map(s -> s.value() + " in " + sourceList(s.sources()))
        .collect(Collectors.joining(" vs "));
    // for a fact that has one value (an office, one occasion's place), a source on two sides
    // contradicts itself; amounts may be many (a toll as it grew), so no note for them
    boolean oneValue =
        !first.policy().allowsSeveralValues() || first.policy().oneValuePerOccasion(first, common);
    return subject + " — " + about + ": " + positions + (oneValue ? selfContradicting(sides) : "")
        + "; " + first.policy().principle();
  }

  /**
   * "; a says both" when a source stands on two sides: an article that names two towns for one
   * meeting contradicts itself, and the reader should know why it is counted twice.
   */
  private static String selfContradicting(List<Side> sides) {
    java.util.TreeSet<String> seen = new java.util.TreeSet<>();
    java.util.TreeSet<String> twice = new java.util.TreeSet<>();
    for (Side s : sides) {
      for (String source : s.sources()) {
        if (!seen.add(source)) {
          twice.add(source);
        }
      }
    }
    if (twice.isEmpty()) {
      return "";
    }
    return "; " + sourceList(List.copyOf(twice)) + (twice.size() == 1 ? " says " : " say ")
        + (sides.size() == 2 ? "both" : "more than one");
  }

  /** At most five source ids (else three and how many more): a headline never lists a whole archive. */
  static String sourceList(List<String> sources) {
    if (sources.size() <= 5) {
      return String.join(", ", sources);
    }
    return String.join(", ", sources.subList(0, 3)) + " and " + (sources.size() - 3) + " more";
  }

  private String about(Facet f) {
    Claim c = f.claim();
    return switch (f.policy()) {
      case QUANTITY_OVERLAP -> c.attribute().replace(':', ' ');
      case OFFICE_STATUS -> "status as " + officeLabel(((ClaimValue.Office) c.value()).role());
      case OFFICE_SINGLE_HOLDER -> "current holder";
      case OFFICE_ONE_POST -> "office held";
      case SERIES_POSITION -> "position in its series";
      case SEQUENCE_ORDER -> "order of events";
      case EVENT_DAY -> "day";
      case UPDATE_DAY -> "day of the announcement of "
          + announced(org.tadqiq.align.Announcement.of(f.compared()));
      case EVENT_PLACE -> "place";
      case OFFICE_AGAINST_KNOWLEDGE -> "status against the table of office holders";
    };
  }

  /** "killed about 1,700, wounded 3,400": the figures that identify an announcement. */
  private static String announced(org.tadqiq.align.Announcement a) {
    if (a == null) {
      return "figures";
    }
    return a.figures().entrySet().stream()
        .map(e -> e.getKey().replace("count:", "") + " " + amount(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private String officeLabel(String role) {
    Specs.Office o = common.offices().get(role);
    return o == null || o.label() == null ? role : o.label();
  }

  private String labels(List<String> ids) {
    return ids.stream().map(common::label).collect(Collectors.joining(" and "));
  }

  static String amount(Interval i) {
    String lo = Interval.exact(i.low()).canonical();
    String hi = Interval.exact(i.high()).canonical();
    if (i.low() == i.high()) {
      return lo;
    }
    if (Double.isInfinite(i.high())) {
      return (i.lowOpen() ? "more than " : "at least ") + lo;
    }
    if (i.low() == 0) {
      return (i.highOpen() ? "less than " : "up to ") + hi;
    }
    return lo + "–" + hi;
  }

  static String ordinal(int n) {
    return switch (n) {
      case 1 -> "first";
      case 2 -> "second";
      case 3 -> "third";
      default -> n + suffix(n);
    };
  }

  /** The English suffix of an ordinal in digits: 21st, 22nd, 23rd, but 11th, 12th, 13th. */
  private static String suffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
