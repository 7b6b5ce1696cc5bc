package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Slot: {@code place} (or {@code place2}, for a pattern's second way to say it), an entity of
 * common/entities.yaml.
 */
final class PlaceBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    String place = ClaimBuilder.entryId(ClaimBuilder.slot(m, "place"));
    if (place == null) {
      return List.of();
    }
    return List.of(
        new Draft(m, ClaimKind.PLACE, "where", new ClaimValue.Place(place), m.start(), m.end(), null));
  }
}
