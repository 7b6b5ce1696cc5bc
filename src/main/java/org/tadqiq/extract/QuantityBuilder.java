package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.Interval;
import org.tadqiq.rules.Specs;

/**
 * Slots: {@code unit} (a unit of common/units.yaml, or a counted noun), {@code number} (absent
 * when a dual unit word carries it: "يومين" has data count 2), {@code qualifier} or {@code
 * qualifierAfter} (an entry whose id is a bound: exact, approx, above, at_least, below, at_most).
 */
final class QuantityBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    Slot unit = m.slot("unit");
    if (unit == null || unit.entry() == null) {
      return List.of();
    }
    Slot numberSlot = m.slot("number");
    Double n =
        numberSlot != null ? ctx.numbers().read(numberSlot.text()) : unit.entry().number("count");
    if (n == null) {
      return List.of();
    }
    String bound = ClaimBuilder.entryId(m.slot("qualifier"));
    if (bound == null) {
      bound = ClaimBuilder.entryId(m.slot("qualifierAfter"));
    }
    Interval interval = interval(bound == null ? "exact" : bound, n, ctx);
    Specs.Unit known = ctx.common().units().get(unit.entry().id());
    String unitId;
    String attribute;
    String dimension;
    Interval base;
    if (known != null) {
      base = interval.scale(known.baseFactor());
      interval = interval.scale(known.factor());
      unitId = known.canonical();
      dimension = known.dimension();
      attribute = m.rule().set().getOrDefault("attribute", known.dimension());
    } else {
      base = interval;
      unitId = unit.entry().id();
      dimension = "count:" + unitId;
      attribute = m.rule().set().getOrDefault("attribute", "count") + ":" + unitId;
    }
    ClaimValue value = new ClaimValue.Quantity(
        interval, unitId, bound == null ? "exact" : bound, base, dimension);
    return List.of(new Draft(m, ClaimKind.QUANTITY, attribute, value, m.start(), m.end(), null));
  }

  private static Interval interval(String bound, double v, BuildContext ctx) {
    double t = ctx.common().policies().approximateTolerance();
    double inf = Double.POSITIVE_INFINITY;
    return switch (bound) {
      case "approx" -> new Interval(v * (1 - t), false, v * (1 + t), false);
      case "above" -> new Interval(v, true, inf, true);
      case "at_least" -> new Interval(v, false, inf, true);
      case "below" -> new Interval(0, false, v, true);
      case "at_most" -> new Interval(0, false, v, false);
      default -> Interval.exact(v);
    };
  }
}
