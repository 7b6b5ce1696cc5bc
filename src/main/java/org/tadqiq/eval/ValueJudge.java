package org.tadqiq.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.Interval;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.Specs;

/**
 * Decides whether a found claim says what a gold claim says. Format 1 gold gives the canonical
 * value; format 2 gives typed fields a reader writes without the tool's ids, compared kind by kind:
 * a quantity's interval in its dimension's base unit (a count's in the count), an office's role,
 * status and — when the tool read one — its country, and the person's name when the tool knows
 * the person; a day on the calendar (or its weekday when the article gives no date to resolve it);
 * a place by its English name or its country; an ordinal's position; a sequence's relation.
 */
final class ValueJudge {
  /** How alike a place's name must be to the gold's (Jaro-Winkler on folded names). */
  private static final double PLACE_SIMILARITY = 0.9;
  /** Office ids a reader may write for the tool's ("minister:health" is health-minister). */
  private static final Map<String, String> OFFICE_ALIASES = Map.of(
      "chancellor", "head-of-government",
      "king", "head-of-state",
      "emir", "head-of-state",
      "deputy-head-of-government", "deputy-head-of-government");
  private static final Map<String, String> STATUS_ALIASES = Map.of("elected", "designate",
      "outgoing", "current");

  private final CommonData common;
  /** Every name the packs' person lists know a person by ("Robert Prevost" is Pope Leo XIV). */
  private final Map<String, List<String>> names = new HashMap<>();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  ValueJudge(RuleBook rules) {
    this.common = rules.common();
    for (LanguagePack pack : rules.packs().values()) {
      String list = pack.frames() == null ? null : pack.frames().persons();
      Lexicon persons = list == null ? null : pack.lexicons().get(list);
      if (persons == null) {
        continue;
      }
      for (LexiconEntry e : persons.entries()) {
        names.computeIfAbsent(e.id(), k -> new ArrayList<>()).addAll(e.forms());
      }
    }
  }

  boolean same(Claim found, Gold.GoldClaim gold) {
    if (gold.value() != null) {
      return fold(found.value().canonical()).equals(fold(gold.value()));
    }
    return switch (found.kind()) {
      case QUANTITY -> quantity((ClaimValue.Quantity) found.value(), gold);
      case OFFICE -> office((ClaimValue.Office) found.value(), gold);
      case TIME -> time((ClaimValue.When) found.value(), gold);
      case PLACE -> place((ClaimValue.Place) found.value(), gold);
      case ORDINAL -> gold.position() != null
          && gold.position() == ((ClaimValue.Ordinal) found.value()).position();
      case SEQUENCE -> gold.relation() != null
          && gold.relation().equals(((ClaimValue.Sequence) found.value()).relation());
    };
  }

  /** The gold value in the words the report would use, for miss lists. */
  static String describe(Gold.GoldClaim g) {
    if (g.value() != null) {
      return g.value();
    }
    return switch (g.kind()) {
      case "quantity" -> g.amount() + " " + g.unit();
      case "office" -> g.person() + " " + g.office() + "@" + g.country() + " " + g.status();
      case "time" -> g.date() != null ? g.date() : g.weekday() != null ? g.weekday() : g.month();
      case "place" -> g.place() + " (" + g.country() + ")";
      case "ordinal" -> "#" + g.position() + " " + g.event();
      case "sequence" -> g.relation() + " " + g.other();
      default -> "?";
    };
  }

  private boolean quantity(ClaimValue.Quantity q, Gold.GoldClaim g) {
    Interval want = amount(g.amount());
    if (want == null || g.unit() == null) {
      return false;
    }
    Specs.Unit unit = unit(g.unit());
    if (unit != null) {
      return q.dimension().equals(unit.dimension()) && close(q.base(), want.scale(unit.baseFactor()));
    }
    // a count: the thing counted is the reader's own word, so only the figure is compared
    return q.dimension().startsWith("count:") && close(q.interval(), want);
  }

  private Specs.Unit unit(String name) {
    String id = switch (name.toLowerCase(Locale.ROOT)) {
      case "usd", "dollar", "dollars" -> "dollar";
      case "eur", "euro", "euros" -> "euro";
      case "km", "kilometre", "kilometer" -> "kilometre";
      case "m", "metre", "meter" -> "metre";
      default -> name.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    };
    return common.units().get(id);
  }

  /** "50", "about 50", "nearly 50" (just under: "almost", "barely"), "more than 400", "at least 12", "less than 10", "up to 500", "4-5". */
  private Interval amount(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    double tolerance = common.policies().approximateTolerance();
    try {
      if (t.matches("[\\d.]+\\s*[-–]\\s*[\\d.]+")) {
        String[] p = t.split("\\s*[-–]\\s*");
        return new Interval(Double.parseDouble(p[0]), false, Double.parseDouble(p[1]), false);
      }
      double inf = Double.POSITIVE_INFINITY;
      if (t.startsWith("about ")) {
        double v = Double.parseDouble(t.substring(6).strip());
        return new Interval(v * (1 - tolerance), false, v * (1 + tolerance), false);
      }
      if (t.startsWith("nearly ")) {
        double v = Double.parseDouble(t.substring(7).strip());
        return new Interval(v * (1 - tolerance), false, v, false);
      }
      if (t.startsWith("more than ")) {
        return new Interval(Double.parseDouble(t.substring(10).strip()), true, inf, true);
      }
      if (t.startsWith("at least ")) {
        return new Interval(Double.parseDouble(t.substring(9).strip()), false, inf, true);
      }
      if (t.startsWith("less than ")) {
        return new Interval(0, false, Double.parseDouble(t.substring(10).strip()), true);
      }
      if (t.startsWith("up to ")) {
        return new Interval(0, false, Double.parseDouble(t.substring(6).strip()), false);
      }
      return Interval.exact(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean close(Interval a, Interval b) {
    return near(a.low(), b.low()) && near(a.high(), b.high()) && a.lowOpen() == b.lowOpen()
        && a.highOpen() == b.highOpen();
  }

  private static boolean near(double x, double y) {
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return x == y;
    }
    return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  }

  private boolean office(ClaimValue.Office o, Gold.GoldClaim g) {
    String office = g.office() == null ? null : officeId(g.office());
    if (office == null || o.role() == null || !office.equals(o.role())) {
      return false;
    }
    String status = g.status() == null ? "current" : STATUS_ALIASES.getOrDefault(g.status(), g.status());
    // "outgoing" is still in office: the reader's "current"
    String found = "outgoing".equals(o.status()) ? "current" : o.status();
    if (!status.equals(found) && !("then".equals(found) && "former".equals(status))) {
      return false;
    }
    // a country the text does not name is the reader's knowledge, not a claim of the article
    if (o.jurisdiction() != null && g.country() != null) {
      String country = common.countries().id(g.country());
      if (country != null && !country.equals(o.jurisdiction())) {
        return false;
      }
    }
    return samePerson(o.person(), g.person());
  }

  private String officeId(String readerOffice) {
    if (readerOffice.startsWith("minister:")) {
      return readerOffice.substring("minister:".length()) + "-minister";
    }
    return OFFICE_ALIASES.getOrDefault(readerOffice, readerOffice);
  }

  /**
   * A known person by the label of its entity; a name no list holds by its own letters when they
   * are Latin (an Arabic name cannot be checked against a Latin one here).
   */
  private boolean samePerson(String person, String goldName) {
    if (goldName == null) {
      return true;
    }
    List<String> candidates = new ArrayList<>();
    if (person.startsWith("~")) {
      String name = person.substring(1).replace('-', ' ');
      if (!name.matches(".*\\p{IsLatin}.*")) {
        return true;
      }
      candidates.add(name);
    } else {
      candidates.add(common.label(person));
      for (String form : names.getOrDefault(person, List.of())) {
        if (form.matches(".*\\p{IsLatin}.*")) {
          candidates.add(form);
        }
      }
    }
    String b = lastWord(fold(goldName));
    for (String name : candidates) {
      String a = lastWord(fold(name));
      if (similarity.apply(a, b) >= PLACE_SIMILARITY || fold(goldName).contains(a)
          || fold(name).contains(b)) {
        return true;
      }
    }
    return false;
  }

  private boolean time(ClaimValue.When w, Gold.GoldClaim g) {
    if (g.date() != null) {
      LocalDate want = date(g.date());
      if (want == null) {
        return false;
      }
      if (w.date() != null) {
        // a night belongs to two days ("overnight" in a morning article, "Saturday night" for
        // early Sunday): the comparison allows it (Policy.EVENT_DAY), and so does the scoring
        return w.date().equals(want) || overnight(w) && w.date().plusDays(1).equals(want);
      }
      if (w.isWindow()) {
        return false; // a week or a month is not the day the reader dated
      }
      // the article gave no date to resolve it: what it says must fit the day
      boolean weekdayFits = w.weekday() == null
          || w.weekday().equals(want.getDayOfWeek().name().toLowerCase(Locale.ROOT));
      boolean dayFits = w.month() == null
          || w.month() == want.getMonthValue() && (w.day() == null || w.day() == want.getDayOfMonth());
      return weekdayFits && dayFits && (w.weekday() != null || w.month() != null);
    }
    if (g.weekday() != null) {
      return g.weekday().equalsIgnoreCase(w.weekday() == null ? "" : w.weekday());
    }
    if (g.month() != null && g.month().matches("\\d{4}-\\d{2}")) {
      int month = Integer.parseInt(g.month().substring(5));
      return w.month() != null && w.month() == month
          || w.date() != null && w.date().getMonthValue() == month
          || w.isWindow() && w.from().getMonthValue() == month; // "last month" starts in it
    }
    return false;
  }

  private static boolean overnight(ClaimValue.When w) {
    return "night".equals(w.dayPart()); // dawn is already the morning after
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private boolean place(ClaimValue.Place p, Gold.GoldClaim g) {
    if (g.place() == null) {
      return false;
    }
    String label = fold(common.label(p.place()));
    String country = g.country() == null ? null : common.countries().id(g.country());
    // a quote that names several places ("جنوب تركيا وشمال سوريا", "Mecca and Medina") is one
    // gold claim and a claim per place: each of them is one of the places the reader named
    var entity = common.entity(p.place());
    boolean region = entity != null && "region".equals(entity.type());
    for (String named : g.place().split(" and ")) {
      String want = fold(named);
      if (label.equals(want) || similarity.apply(label, want) >= PLACE_SIMILARITY) {
        return true;
      }
      // a first-level division is named with any of its kind words: the reader's "Sumy region"
      // is the table's "Sumy Oblast", "Hatay" its "Hatay Province"
      if (region && withoutKindWord(label).equals(withoutKindWord(want))) {
        return true;
      }
      // the reader named the country: a place that is that country
      if (country != null && country.equals(p.place()) && fold(common.label(country)).equals(want)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern KIND_WORD = java.util.regex.Pattern.compile(
      " (?:region|oblast|province|governorate|state|prefecture)$");

  private static String withoutKindWord(String folded) {
    return KIND_WORD.matcher(folded).replaceFirst("");
  }

  /** Whether a gold place names several places, each of which a claim of its own may hold. */
  static boolean namesSeveralPlaces(Gold.GoldClaim g) {
    return g.place() != null && g.place().contains(" and ");
  }

  private static String lastWord(String s) {
    String[] w = s.strip().split("\\s+");
    return w[w.length - 1];
  }

  /** Lower case, no accents, single spaces. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
