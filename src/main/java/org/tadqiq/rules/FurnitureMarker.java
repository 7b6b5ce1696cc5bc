package org.tadqiq.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A marker of page furniture ("اقرأ أيضًا", "كلمات دلالية") and how much text it takes out. */
public record FurnitureMarker(
    String id,
    Pattern pattern,
    Scope scope,
    List<String> examples,
    List<String> negatives,
    Path file,
    int line) {

  /** How far a marker reaches. */
  public enum Scope {
    /** only the line it is on (a "Related" strip) */
    LINE,
    /** its line and the next non-empty one (a "read also" teaser headline) */
    LINE_AND_NEXT,
    /** everything from its line to the end: the article is over */
    REST;

    public static Scope fromId(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
