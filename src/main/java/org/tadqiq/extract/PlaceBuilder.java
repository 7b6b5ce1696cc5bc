package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.rules.CommonData;

/**
 * Slots: {@code place} (or {@code place2}, for a pattern's second way to say it), an entity of
 * common/entities.yaml; {@code facility}, a kind of facility named after that place ("Muan
 * International Airport", "مطار موان الدولي"): the place is then that facility of the place;
 * {@code part} (or {@code part2}), a part of it named by a compass point or as a town's region
 * ("southern Turkey", "شمال غزة", "Odesa region"): the place is then that part of the place.
 */
final class PlaceBuilder implements ClaimBuilder {
  @Override
  public List<Draft> build(RuleMatch m, BuildContext ctx) {
    String place = ClaimBuilder.entryId(ClaimBuilder.slot(m, "place"));
    if (place == null) {
      return List.of();
    }
    String facility = ClaimBuilder.entryId(ClaimBuilder.slot(m, "facility"));
    String part = ClaimBuilder.entryId(ClaimBuilder.slot(m, "part"));
    if (facility != null) {
      place = CommonData.qualifiedPlaceId(facility, place);
    } else if (part != null) {
      place = CommonData.qualifiedPlaceId(part, place);
    }
    return List.of(
        new Draft(m, ClaimKind.PLACE, "where", new ClaimValue.Place(place), m.start(), m.end(), null));
  }
}
