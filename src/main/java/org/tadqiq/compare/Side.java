package org.tadqiq.compare;

import java.util.List;

/**
 * One position in a disagreement: a value and the claims (from one or more sources) that hold it.
 *
 * @param whoSays the parties the claims of this side are attributed to ("Ukraine's air force"),
 *     in the sources' own words; empty when none names one
 * @param knowledge the row of a dated table in rules/ that holds this position, for a finding
 *     against knowledge (then the side has no source); null otherwise
 */
public record Side(
    String value, List<String> sources, List<String> claims, List<String> whoSays,
    Knowledge knowledge) {
  public Side {
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
    whoSays = whoSays == null ? List.of() : List.copyOf(whoSays);
  }

  /**
   * The side of facets that hold one value: their sources and claims, and the words of whoever
   * their claims are attributed to.
   */
  static Side holding(String value, List<org.tadqiq.align.Facet> facets) {
    java.util.TreeSet<String> sources = new java.util.TreeSet<>();
    java.util.TreeSet<String> who = new java.util.TreeSet<>();
    for (org.tadqiq.align.Facet f : facets) {
      sources.add(f.claim().source());
      if (f.claim().attribution() != null) {
        who.add(f.claim().attribution().who());
      }
    }
    return new Side(value, List.copyOf(sources),
        facets.stream().map(f -> f.claim().id()).distinct().toList(), List.copyOf(who), null);
  }

  public Side(String value, List<String> sources, List<String> claims) {
    this(value, sources, claims, List.of(), null);
  }

  /**
   * A row of a table of rules/ that a side rests on, and the public page the row names; what the
   * row says of the office on the article's date: held ({@code inOffice}) or not, and the row's
   * term, so that a report can write the row in its reader's language.
   */
  public record Knowledge(String row, String file, String source,
      org.tadqiq.model.ClaimValue.Office office, java.time.LocalDate on, boolean inOffice,
      Term term) {}

  /** The row's term: from, to (null while open) and the newest evidence of an open term. */
  public record Term(java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate evidence) {}
}
