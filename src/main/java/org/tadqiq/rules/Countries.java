package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every country as a language-neutral entity. The list of countries and their names in any
 * language come from the JDK's own CLDR data (not from a hand list); rules/common/countries.yaml
 * only says which Wikidata id a country has (where checked), adds codes CLDR names but ISO does not
 * list (Kosovo), and may fix a label. A country without a checked Q-id gets the id
 * {@code iso:<code>}.
 */
public final class Countries {
  /** One country: ISO 3166 alpha-2 code, entity id, English label. */
  public record Country(String iso, String id, String label) {}

  private final Map<String, Country> byIso;
  private final Map<String, Country> byId;

  Countries(List<Specs.Country> table) {
    Map<String, Specs.Country> rows = new TreeMap<>();
    for (Specs.Country c : table) {
      rows.put(c.iso(), c);
    }
    TreeSet<String> codes = new TreeSet<>(List.of(Locale.getISOCountries()));
    codes.addAll(rows.keySet());
    Map<String, Country> out = new TreeMap<>();
    for (String iso : codes) {
      Specs.Country row = rows.get(iso);
      String id = row != null && row.id() != null ? row.id() : "iso:" + iso;
      String label = row != null && row.label() != null ? row.label() : name(iso, Locale.ENGLISH);
      out.put(iso, new Country(iso, id, label));
    }
    this.byIso = Collections.unmodifiableMap(out);
    Map<String, Country> ids = new java.util.HashMap<>();
    out.values().forEach(c -> ids.putIfAbsent(c.id(), c));
    this.byId = Collections.unmodifiableMap(ids);
  }

  public List<Country> all() {
    return new ArrayList<>(byIso.values());
  }

  /** The entity id of a country by its ISO code, or null for an unknown code. */
  public String id(String iso) {
    Country c = byIso.get(iso == null ? "" : iso.toUpperCase(Locale.ROOT));
    return c == null ? null : c.id();
  }

  /** The ISO code of a country by its entity id, or null when the id is no country. */
  public String iso(String id) {
    Country c = id == null ? null : byId.get(id);
    return c == null ? null : c.iso();
  }

  /** A country's name in a language as CLDR gives it; null when CLDR has none for it. */
  public static String name(String iso, Locale language) {
    String name = new Locale("", iso).getDisplayCountry(language);
    return name == null || name.isBlank() || name.equals(iso) ? null : name;
  }
}
