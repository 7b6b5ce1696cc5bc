package org.tadqiq.report;

import java.util.List;
import java.util.Locale;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.rules.CommonData;

/**
 * A finding's one-line "what disagrees", its "why" and its confidence in words. A policy the
 * labels do not know yet falls back to the finding's own summary, so new policies still read.
 */
final class FindingWords {
  private final Labels t;
  private final ValueWords words;
  private final CommonData common;

  FindingWords(Labels t, ValueWords words, CommonData common) {
    this.t = t;
    this.words = words;
    this.common = common;
  }

  /** What the finding is about: "duration of the meeting of Marco Rubio and Sergey Lavrov". */
  String about(Finding f, Claim first) {
    String key = "policy." + f.policy().id() + ".about";
    if (first == null || !t.has(key)) {
      return null;
    }
    ClaimValue v = first.value();
    return switch (f.policy()) {
      case QUANTITY_OVERLAP -> t.format(key, attribute(first), words.event(first.frame()));
      case OFFICE_STATUS, OFFICE_AGAINST_KNOWLEDGE -> v instanceof ClaimValue.Office o
          ? t.format(key, words.label(o.person()), words.officeTitle(o.role())) : null;
      case OFFICE_SINGLE_HOLDER -> v instanceof ClaimValue.Office o ? t.format(key, words.office(o)) : null;
      case OFFICE_ONE_POST -> v instanceof ClaimValue.Office o ? t.format(key, words.label(o.person())) : null;
      case UPDATE_DAY -> t.format(key, announced(f)); // a day that belongs to no event
      default -> t.format(key, words.event(first.frame()));
    };
  }

  /** The figures that identify an announcement: "more than 1,700 killed, 3,400 wounded". */
  private String announced(Finding f) {
    var a = org.tadqiq.align.Announcement.ofKey(f.key());
    if (a == null) {
      return "";
    }
    List<String> figures = new java.util.ArrayList<>();
    a.figures().forEach((attribute, i) -> {
      String unit = attribute.substring(attribute.indexOf(':') + 1);
      figures.add(words.quantity(new ClaimValue.Quantity(i, unit, null, i, "count")));
    });
    return String.join(t.get("list.comma"), figures);
  }

  /** The headline: "about: value A (4 sources) vs value B (1 source)". */
  String headline(Finding f, Claim first, List<ReportView.SideView> sides) {
    String about = about(f, first);
    if (about == null) {
      return f.summary();
    }
    if (f.verdict() == Finding.Verdict.AGREEMENT && sides.size() == 1) {
      return t.format("headline.agreement", about, sides.get(0).value(), sides.get(0).count());
    }
    StringBuilder positions = new StringBuilder();
    for (ReportView.SideView s : sides) {
      if (positions.length() > 0) {
        positions.append(t.get("headline.vs"));
      }
      positions.append(t.format("headline.side", s.value(), s.count()));
    }
    return t.format("headline.conflict", about, positions);
  }

  /** Why the sides cannot all be true: the policy's principle. */
  String why(Finding f) {
    String key = "policy." + f.policy().id() + ".why";
    return t.has(key) ? t.format("finding.why", t.get(key)) : t.format("finding.why", f.policy().principle());
  }

  /** "Confidence 0.90 of 1 (high): the same named person and office on every side. …" */
  String confidence(Finding f, List<Claim> claims) {
    double threshold = common.policies().conflictThreshold();
    if (f.verdict() == Finding.Verdict.AGREEMENT) {
      return t.format("confidence.agreement", number(f.confidence()), basis(f, claims));
    }
    String level = f.confidence() >= 0.85 ? "high" : f.confidence() >= threshold ? "medium" : "low";
    return t.format("confidence." + level, number(f.confidence()), basis(f, claims), number(threshold));
  }

  private String basis(Finding f, List<Claim> claims) {
    if (f.policy().id().startsWith("office.")) {
      return t.get("basis.office");
    }
    if (f.policy() == Policy.UPDATE_DAY) {
      return t.get("basis.update");
    }
    boolean carried = false;
    int fewest = Integer.MAX_VALUE;
    boolean persons = true;
    for (Claim c : claims) {
      EventFrame fr = c.frame();
      if (fr == null) {
        fewest = 0;
        continue;
      }
      carried |= fr.participantsCarried();
      persons &= fr.participantsArePersons();
      fewest = Math.min(fewest, fr.participants().size());
    }
    String basis;
    if (fewest == 0 || fewest == Integer.MAX_VALUE) {
      basis = t.get("basis.none");
    } else if (!persons) {
      basis = t.get("basis.countries");
    } else if (fewest >= 2) {
      basis = t.get("basis.people");
    } else {
      basis = t.get("basis.person");
    }
    return carried ? basis + "; " + t.get("basis.people.carried") : basis;
  }

  private String attribute(Claim c) {
    String a = c.attribute() == null ? "" : c.attribute();
    String[] parts = a.split("@");
    if (parts.length < 2 || parts[0].isEmpty()) {
      return attribute(a);
    }
    // a count of one nation's people: "number of killed (Jordan)"; of a part of the toll:
    // "number of killed (on the ground)"
    String out = attribute(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String of = common.countries().iso(parts[i]) != null ? words.label(parts[i])
          : t.has("scope." + parts[i]) ? t.get("scope." + parts[i]) : null;
      if (of == null) {
        return attribute(a);
      }
      out = t.format("attribute.of", out, of);
    }
    return out;
  }

  private String attribute(String a) {
    if (a.startsWith("count:")) {
      return t.format("attribute.count", words.unitWord(a.substring(6), 5));
    }
    return t.has("attribute." + a) ? t.get("attribute." + a) : a.replace(':', ' ');
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static boolean isOffice(Policy p) {
    return p.id().startsWith("office.");
  }
}
