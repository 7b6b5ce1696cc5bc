package org.tadqiq.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Interval;
import org.tadqiq.rules.CommonData;

/**
 * Claim values as a fact-checker reads them, in the interface language: "about 50 minutes",
 * "Thursday 10 July 2025, evening", "President of United States, former". Words come from the
 * labels; a unit or office the labels do not know is shown by its id rather than dropped.
 */
final class ValueWords {
  private final Labels t;
  private final CommonData common;
  /** people's and places' names as the interface language writes them, by entity id */
  private final java.util.Map<String, String> displayNames;

  ValueWords(Labels t, CommonData common, java.util.Map<String, String> displayNames) {
    this.t = t;
    this.common = common;
    this.displayNames = displayNames;
  }

  /** The value as its policy compares it: a holder check compares people, a post check offices. */
  String value(ClaimValue v, Policy policy) {
    if (v instanceof ClaimValue.Office o) {
      if (policy == Policy.OFFICE_SINGLE_HOLDER) {
        return label(o.person());
      }
      if (policy == Policy.OFFICE_ONE_POST) {
        return office(o);
      }
    }
    return value(v);
  }

  String value(ClaimValue v) {
    if (v instanceof ClaimValue.Quantity q) {
      return quantity(q);
    }
    if (v instanceof ClaimValue.Office o) {
      return t.format("office.with.status", office(o), t.get("office.status." + o.status()));
    }
    if (v instanceof ClaimValue.When w) {
      return when(w);
    }
    if (v instanceof ClaimValue.Place p) {
      return label(p.place());
    }
    if (v instanceof ClaimValue.Ordinal o) {
      String text = t.format("ordinal.value", ordinal(o.position()), word("event.", o.event()));
      return o.anchor() == null ? text : t.format("ordinal.since", text, word("anchor.", o.anchor()));
    }
    if (v instanceof ClaimValue.Sequence s) {
      String text = t.format("sequence." + s.relation(), word("event.", s.otherEvent()));
      return s.otherParticipants().isEmpty() ? text : t.format("sequence.with", text, people(s.otherParticipants()));
    }
    return v.canonical();
  }

  /** "President of United States" (no status). */
  String office(ClaimValue.Office o) {
    String office = o.role() == null ? t.get("office.unresolved") : officeTitle(o.role());
    return o.jurisdiction() == null ? office : t.format("office.of", office, label(o.jurisdiction()));
  }

  /**
   * An entity's name in the interface language where well-kept data gives one (a country's name
   * from the JDK's CLDR data, a person's or town's from the language's lexicons), else its label.
   */
  String label(String entityId) {
    // a facility or part of a place ("airport@gn:…", "south@Q43"): the interface's words for
    // the kind ("place.south": "جنوب {0}"), with the place's name as this language writes it
    int at = entityId.indexOf('@');
    var qualified = at > 0 ? common.entity(entityId) : null;
    if (qualified != null && t.has("place." + entityId.substring(0, at))) {
      String kind = "place." + entityId.substring(0, at);
      String place = entityId.substring(at + 1);
      var whole = common.entity(place);
      boolean town = whole != null && !"country".equals(whole.type()) && !"region".equals(whole.type());
      return t.format(town && t.has(kind + ".town") ? kind + ".town" : kind, label(place));
    }
    String iso = common.countries().iso(entityId);
    String name = iso == null ? null
        : org.tadqiq.rules.Countries.name(iso, Locale.forLanguageTag(t.language()));
    if (name == null) {
      name = displayNames.get(entityId);
    }
    return name != null ? name : common.label(entityId);
  }

  /** The table's side of a finding against knowledge: "President of United States, in office on …". */
  String knowledge(org.tadqiq.compare.Side.Knowledge k) {
    return t.format(k.inOffice() ? "knowledge.in-office" : "knowledge.not-in-office",
        office(k.office()), date(k.on()));
  }

  /** The table's row in words: "Donald Trump, President of the United States, from 20 January 2025, in office (newest evidence …)". */
  String knowledgeRow(org.tadqiq.compare.Side.Knowledge k) {
    org.tadqiq.compare.Side.Term term = k.term();
    String until = term.to() != null ? t.format("knowledge.row.to", date(term.to()))
        : term.evidence() != null ? t.format("knowledge.row.open", date(term.evidence()))
        : t.get("knowledge.row.open.unknown");
    return t.format("knowledge.row", label(k.office().person()), office(k.office()),
        date(term.from()), until);
  }

  String officeTitle(String role) {
    if (t.has("office." + role)) {
      return t.get("office." + role);
    }
    var spec = common.offices().get(role);
    return spec == null || spec.label() == null ? role : spec.label();
  }

  /** "meeting of Marco Rubio and Sergey Lavrov", "earlier meeting …". */
  String event(EventFrame f) {
    if (f == null) {
      return t.get("event.none");
    }
    String kind = word("event.", f.kind());
    if (f.prior()) {
      kind = t.format("event.earlier", kind);
    }
    if (f.participants().isEmpty()) {
      return kind;
    }
    // an event nobody takes part in is anchored where it happens: "flood in Libya"
    return t.format(f.participantsArePersons() ? "event.of" : "event.in", kind, people(f.participants()));
  }

  String people(List<String> ids) {
    return ids.stream().map(this::label).collect(Collectors.joining(t.get("list.and")));
  }

  String quantity(ClaimValue.Quantity q) {
    Interval i = q.interval();
    String unit = q.unit();
    double scale = 1;
    // minutes that are whole hours read better as hours ("3 hours", not "180 minutes")
    if ("minute".equals(unit) && i.low() >= 60 && i.low() % 60 == 0
        && (Double.isInfinite(i.high()) || i.high() % 60 == 0)) {
      unit = "hour";
      scale = 60;
    }
    String qualifier = q.qualifier() == null ? "exact" : q.qualifier();
    double lo = i.low() / scale;
    double hi = i.high() / scale;
    String amount;
    double shown;
    if ("approx".equals(qualifier) && !Double.isInfinite(hi)) {
      shown = (lo + hi) / 2;
      amount = t.format("qualifier.approx", number(shown));
    } else if ("nearly".equals(qualifier) && !Double.isInfinite(hi)) {
      shown = hi;
      amount = t.format("qualifier.nearly", number(hi));
    } else if (Double.isInfinite(hi)) {
      shown = lo;
      amount = t.format(i.lowOpen() ? "qualifier.above" : "qualifier.at_least", number(lo));
    } else if (lo == 0 && hi > 0 && !"exact".equals(qualifier)) {
      shown = hi;
      amount = t.format(i.highOpen() ? "qualifier.below" : "qualifier.at_most", number(hi));
    } else if (lo != hi) {
      shown = hi;
      amount = t.format("qualifier.range", number(lo), number(hi));
    } else {
      shown = lo;
      amount = number(lo);
    }
    return amount + " " + unitWord(unit, shown);
  }

  /** The unit's word for an amount: en "minute|minutes", ar "دقيقة|دقيقتان|دقائق". */
  String unitWord(String unit, double amount) {
    String forms = t.get("unit." + unit);
    if (forms.equals("unit." + unit)) {
      return unit;
    }
    String[] f = forms.split("\\|");
    if (f.length == 3) { // singular, dual, plural 3–10, else the singular (Arabic counting)
      if (amount == 1) {
        return f[0];
      }
      if (amount == 2) {
        return f[1];
      }
      return amount >= 3 && amount <= 10 && amount == Math.rint(amount) ? f[2] : f[0];
    }
    return amount == 1 || f.length == 1 ? f[0] : f[1];
  }

  String when(ClaimValue.When w) {
    String day;
    if (w.isWindow()) {
      return t.format("date.window", windowWords(w), date(w.from()), date(w.through()));
    } else if (w.period() != null) {
      return word("period.", w.month() != null ? "month" : w.period())
          + (w.month() != null ? " " + t.get("month." + w.month()) : "");
    } else if (w.date() != null) {
      day = date(w.date());
    } else if (w.month() != null && w.day() != null) {
      day = t.format("date.day.month", w.day(), t.get("month." + w.month()));
      if (w.weekday() != null) {
        day = t.get("weekday." + w.weekday()) + " " + day;
      }
    } else if (w.weekday() != null) {
      day = t.get("weekday." + w.weekday());
      if (w.relativeDays() != null) {
        day = t.format("relday.join", day, relative(w.relativeDays()));
      }
    } else if (w.relativeDays() != null) {
      day = relative(w.relativeDays());
    } else {
      day = "";
    }
    if (w.dayPart() != null) {
      String part = t.get("daypart." + w.dayPart());
      return day.isEmpty() ? part : t.format("daypart.join", day, part);
    }
    return day.isEmpty() ? w.canonical() : day;
  }

  private String windowWords(ClaimValue.When w) {
    if (w.month() != null) {
      return t.format("date.month.year", t.get("month." + w.month()), w.from().getYear());
    }
    return word("period.", w.period());
  }

  /** "Thursday 10 July 2025". */
  String date(LocalDate d) {
    String weekday = t.get("weekday." + d.getDayOfWeek().name().toLowerCase(Locale.ROOT));
    return t.format("date.full", weekday, d.getDayOfMonth(), t.get("month." + d.getMonthValue()), d.getYear());
  }

  private String relative(int days) {
    return t.has("relday." + days) ? t.get("relday." + days) : t.format("relday.n", days);
  }

  private String ordinal(int n) {
    return t.has("ordinal." + n) ? t.get("ordinal." + n) : t.format("ordinal.n", n);
  }

  private String word(String prefix, String id) {
    return t.has(prefix + id) ? t.get(prefix + id) : id.replace('-', ' ');
  }

  static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
