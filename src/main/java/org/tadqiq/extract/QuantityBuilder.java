package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.Interval;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.rules.Specs;

/**
 * Slots: {@code unit} (a unit of common/units.yaml, or a counted noun; else the rule's {@code set:
 * {unit: …}}), {@code number} (absent when a unit word carries it: "يومين" and "an hour" have data
 * count), {@code numberTo} (the top of a range: "4–5 hours"), {@code fraction}/{@code
 * fractionAfter} (added to the amount: "two and a half hours", "ساعة ونصف"), {@code plus}/{@code plusUnit}
 * (a second, smaller unit's amount added: "one hour and 40 minutes"), {@code fractionOf}
 * (a fraction of one unit: "half an hour", "نصف ساعة"), {@code qualifier} or {@code
 * qualifierAfter} (an entry whose id is a bound: exact, approx, above, at_least, below, at_most).
 * A rule with several ways to say it numbers its alternatives' slots: {@code number2}, {@code
 * unit2}, {@code qualifier2} …. Without a unit, {@code noun} is a counted noun no list holds
 * (the thing counted is {@code ~<noun as written>}), and {@code dual} a dual noun that carries its
 * number ("شخصان"). {@code action} (an entry id: launched, intercepted, hit …) makes the count
 * one of things so acted on; a rule that sets {@code subject: required} compares its figure only
 * with figures of the same {@code subject} (a party's share of a vote), and reads without one a
 * figure compared with nothing.
 */
final class QuantityBuilder implements ClaimBuilder {
  /** The attribute of an amount read but compared with nothing (see the FacetMaker). */
  private static final String MENTION = "mention";
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    Slot unit = any(m, "unit");
    LexiconEntry unitEntry = unit == null ? null : unit.entry();
    String unitId = unitEntry != null ? unitEntry.id() : m.rule().set().get("unit");
    Slot noun = m.slot("noun");
    if (unitId == null && noun != null) {
      // a counted noun no list holds: the thing counted is the noun as written
      unitId = OfficeBuilder.OPEN_NAME + noun.text().strip().toLowerCase(java.util.Locale.ROOT);
    }
    if (unitId == null) {
      return List.of();
    }
    Double n = amount(m, ctx, unitEntry);
    if (n == null) {
      return List.of();
    }
    Slot to = any(m, "numberTo");
    Double top = to == null ? null : ctx.numbers().read(to.text());
    String bound = ClaimBuilder.entryId(any(m, "qualifier"));
    if (bound == null) {
      bound = ClaimBuilder.entryId(m.slot("qualifierAfter"));
    }
    if (bound == null) {
      bound = "exact";
    }
    Interval interval = top != null && top > n
        ? new Interval(n, false, top, false) : interval(bound, n, ctx);
    Specs.Unit known = ctx.common().units().get(unitId);
    String attribute;
    String dimension;
    Interval base;
    String canonicalUnit;
    if (known != null) {
      base = interval.scale(known.baseFactor());
      interval = interval.scale(known.factor());
      canonicalUnit = known.canonical();
      dimension = known.dimension();
      attribute = m.rule().set().getOrDefault("attribute", known.dimension());
    } else {
      base = interval;
      canonicalUnit = unitId;
      dimension = "count:" + unitId;
      attribute = m.rule().set().getOrDefault("attribute", "count") + ":" + unitId;
    }
    // what the figure is of: an action done to the things counted ("shot down 296 drones" is not
    // "launched 728"), and the party a share belongs to ("the CDU won 28.5%")
    Slot action = any(m, "action");
    if (action != null && action.entry() != null) {
      attribute += ":" + action.entry().id();
    }
    // whose people are counted ("41 Jordanians died", "53 British nationals"): a count of one
    // nation's people is a part of the total, never the total itself
    Slot nationality = ClaimBuilder.firstListed(m, "nationals", "nationalsAfter", "nationality",
        "nationals2", "nationality2");
    if (nationality != null && nationality.entry() != null) {
      attribute += "@" + nationality.entry().id();
    }
    // people counted where only a part of the toll was ("19 on the ground"): compared only with
    // the same part, never with the whole toll
    Slot scope = any(m, "scope");
    if (scope != null && scope.entry() != null) {
      attribute += "@" + scope.entry().id();
    }
    // a distance from a named place ("17 km from Mandalay") is a figure of that place: distances
    // to two towns are never compared
    Slot from = any(m, "from");
    if (from != null && from.entry() != null) {
      attribute += "@" + from.entry().id();
    }
    if (m.rule().set().containsKey("subject")) {
      // a party of the lists is named by its id ("the AfD", "Alternative for Germany"); another
      // holder by its words. Without one, the sentence may still name it (see FrameFinder)
      Slot party = ClaimBuilder.firstListed(m, "party", "party2");
      Slot subject = any(m, "subject");
      attribute = party != null ? attribute + "@" + party.entry().id()
          : subject == null ? MENTION
          : attribute + "@" + subject.text().strip().toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}]+", "-");
    }
    ClaimValue value = new ClaimValue.Quantity(interval, canonicalUnit, bound, base, dimension,
        known == null ? null : known.system());
    return List.of(new Draft(m, ClaimKind.QUANTITY, attribute, value, m.start(), m.end(), null));
  }

  /** The amount in the unit as written: number (+ fraction), or a fraction of one, or the unit's count. */
  private static Double amount(RuleMatch m, BuildContext ctx, LexiconEntry unit) {
    Slot fractionOf = m.slot("fractionOf");
    Slot numberSlot = any(m, "number");
    Slot dual = m.slot("dual");
    Double n;
    if (numberSlot != null) {
      n = ctx.numbers().read(numberSlot.text());
    } else if (fractionOf != null && fractionOf.entry() != null) {
      n = fractionOf.entry().number("value");
    } else if (dual != null && dual.entry() != null) {
      n = dual.entry().number("count");
    } else {
      n = unit == null ? null : unit.number("count");
    }
    if (n == null) {
      return null;
    }
    for (String f : new String[] {"fraction", "fractionAfter"}) {
      Slot fraction = m.slot(f);
      if (fraction != null && fraction.entry() != null && fraction.entry().number("value") != null) {
        n += fraction.entry().number("value");
      }
    }
    return n + smallerUnitAdded(m, ctx, unit);
  }

  /**
   * The amount of a smaller unit written after the first ("an hour and forty minutes", "ساعة
   * وأربعين دقيقة"), in the first unit: one duration, never two. Zero when there is none; an
   * addend in a unit no smaller than the first adds nothing ("two days and three weeks" is no
   * compound of one duration).
   */
  private static double smallerUnitAdded(RuleMatch m, BuildContext ctx, LexiconEntry unit) {
    Slot plus = m.slot("plus");
    Slot plusUnit = m.slot("plusUnit");
    if (plus == null || plusUnit == null || plusUnit.entry() == null || unit == null) {
      return 0;
    }
    Specs.Unit whole = ctx.common().units().get(unit.id());
    Specs.Unit part = ctx.common().units().get(plusUnit.entry().id());
    Double amount = ctx.numbers().read(plus.text());
    if (whole == null || part == null || amount == null
        || !whole.dimension().equals(part.dimension()) || part.factor() >= whole.factor()) {
      return 0;
    }
    return amount * part.factor() / whole.factor();
  }

  private static Slot any(RuleMatch m, String slot) {
    return ClaimBuilder.slot(m, slot);
  }

  private static Interval interval(String bound, double v, BuildContext ctx) {
    double t = ctx.common().policies().approximateTolerance();
    double inf = Double.POSITIVE_INFINITY;
    return switch (bound) {
      case "approx" -> new Interval(v * (1 - t), false, v * (1 + t), false);
      case "nearly" -> new Interval(v * (1 - t), false, v, false); // "nearly 45": just under 45
      case "above" -> new Interval(v, true, inf, true);
      case "at_least" -> new Interval(v, false, inf, true);
      case "below" -> new Interval(0, false, v, true);
      case "at_most" -> new Interval(0, false, v, false);
      default -> Interval.exact(v);
    };
  }
}
