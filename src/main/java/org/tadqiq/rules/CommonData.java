package org.tadqiq.rules;

import java.util.Map;

/** Language-neutral knowledge shared by every rule pack: policies, units, offices, entities. */
public record CommonData(
    Policies policies,
    Map<String, Specs.Unit> units,
    Map<String, Specs.Office> offices,
    Map<String, Specs.Entity> entities,
    Countries countries,
    java.util.List<Specs.Holder> holders,
    Map<String, java.util.Set<String>> namesakeCountries,
    org.tadqiq.names.CrossScriptNames crossScriptNames) {

  public String label(String entityId) {
    Specs.Entity e = entity(entityId);
    return e == null || e.label() == null ? entityId : e.label();
  }

  /**
   * An entity by id: one of the tables', or a place qualified by a kind of facility or part
   * ({@code airport@gn:1840982}, "Muan International Airport"; {@code south@Q43}, "southern
   * Turkey"): news name an airport after its town and a part of a country by a compass point, so
   * any place has them without a table listing them all. A facility is a landmark within its
   * place; a part is a vague part of it (type part, see the place policy). Each is labelled by its
   * kind's label with the place's label for {@code {place}}; null when either is unknown.
   */
  public Specs.Entity entity(String id) {
    Specs.Entity e = id == null ? null : entities.get(id);
    if (e != null || id == null) {
      return e;
    }
    int at = id.indexOf('@');
    Specs.Entity kind = at <= 0 ? null : entities.get(id.substring(0, at));
    Specs.Entity place = at <= 0 ? null : entities.get(id.substring(at + 1));
    if (kind == null || place == null || !(FACILITY.equals(kind.type()) || PART.equals(kind.type()))
        || FACILITY.equals(place.type()) || PART.equals(place.type())) {
      return null;
    }
    String label = kind.label() == null ? kind.id() : kind.label();
    if (PART.equals(kind.type())) {
      boolean wide = "country".equals(place.type()) || "region".equals(place.type());
      String template = wide || kind.labelOfTown() == null ? label : kind.labelOfTown();
      return new Specs.Entity(id, PART, template.replace("{place}", label(place.id())),
          place.id(), null);
    }
    return new Specs.Entity(id, "landmark", label.replace("{place}", label(place.id())),
        place.id(), null);
  }

  /**
   * The id of a place qualified by a kind of facility or part (entities of type facility or
   * part): "airport@gn:1840982", "south@Q43".
   */
  public static String qualifiedPlaceId(String kind, String place) {
    return kind + "@" + place;
  }

  /** The entity type of parts of a place named by a compass point or as a town's region. */
  public static final String PART = "part";

  /** Whether a place is a part of another ("southern Turkey"), whose bounds no table holds. */
  public boolean isPart(String place) {
    Specs.Entity e = entity(place);
    return e != null && PART.equals(e.type());
  }

  /** The entity type of kinds of facility named after their place (an airport). */
  public static final String FACILITY = "facility";

  /**
   * The party a figure's attribute names after its '@' ("rate@de-afd": a share of the vote of
   * the AfD), or null when it names none of the entities of type party.
   */
  public String partyOf(String attribute) {
    int at = attribute == null ? -1 : attribute.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    Specs.Entity e = entities.get(attribute.substring(at + 1));
    return e != null && "party".equals(e.type()) ? e.id() : null;
  }

  /** The parties that are alliances of others (entities.yaml: {@code members}). */
  public java.util.List<Specs.Entity> alliances() {
    return entities.values().stream().filter(e -> !e.members().isEmpty()).toList();
  }

  /**
   * Whether {@code town} has namesakes (towns of other countries with the same name, as
   * "Valencia" in Spain and in Venezuela) of which one lies in {@code place}, a country or a region:
   * the gazetteer resolved the name to one of them, so that country is no second place.
   */
  public boolean namesakeIn(String town, String place) {
    java.util.Set<String> countries = namesakeCountries.get(town);
    Specs.Entity p = entity(place);
    if (countries == null || p == null
        || !("country".equals(p.type()) || "region".equals(p.type()))) {
      return false;
    }
    return countries.contains(countryOf(place));
  }

  /** Whether place {@code inner} is {@code outer} or lies within it (Anchorage within Alaska). */
  public boolean placeWithin(String inner, String outer) {
    String at = inner;
    for (int depth = 0; at != null && depth < 10; depth++) {
      if (at.equals(outer)) {
        return true;
      }
      Specs.Entity e = entity(at);
      at = e == null ? null : e.within();
    }
    return false;
  }

  /** The country a place lies in (itself when it is one); null when unknown. */
  public String countryOf(String place) {
    String at = place;
    for (int depth = 0; at != null && depth < 10; depth++) {
      Specs.Entity e = entity(at);
      if (e == null) {
        return null;
      }
      if ("country".equals(e.type())) {
        return at;
      }
      at = e.within();
    }
    return null;
  }
}
