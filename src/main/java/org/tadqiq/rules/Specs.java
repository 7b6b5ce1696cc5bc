package org.tadqiq.rules;

import java.util.List;
import java.util.Map;

/** The shapes of rule-file entries, as Jackson binds them (unknown keys are errors). */
public final class Specs {
  private Specs() {}

  public record Normalization(List<String> steps, Map<String, String> charMap) {}

  /**
   * Attached prefixes: {@code prefix} as a regex, the definite {@code article}, its contracted
   * form after ل, and the {@code letters} that may be attached (a rule match may start after them).
   */
  public record Clitics(String prefix, String article, String articleContracted, String letters) {}

  /** Which lexicons describe events and their participants; see rules/ar/language.yaml. */
  /**
   * Which lexicons describe events, their participants and who reports them; see
   * rules/ar/language.yaml. {@code organizations} and {@code jurisdictions} name the bodies and
   * countries an attribution may name; {@code reportingSubject} says on which side of a verb of
   * saying its subject stands in the language ({@code after}: "قالت الوزارة"; {@code before}: "the
   * ministry said").
   */
  public record Frames(
      String eventWords,
      String backdrop,
      String prior,
      String another,
      String modality,
      String persons,
      String actors,
      String attribution,
      String reporting,
      String organizations,
      String jurisdictions,
      String places,
      String attendance,
      String contrast,
      String parties,
      String regions,
      String localVotes,
      String respectively,
      String subjectPronouns,
      String clauseOpeners,
      String asides,
      String holderTime,
      String notPlaces,
      String placeHomographs,
      String placeContext,
      String notEvents,
      String modalityBreaks,
      String origins,
      String namedCraft,
      String landFeatures,
      String countStamps,
      String pairs,
      String timeZones,
      String arrivals,
      String complementizers,
      String lastYear,
      String since,
      String reportingSubject,
      int window,
      int markerWindow) {
    /** The one component that names no lexicon: where a verb of saying's subject stands. */
    private static final java.util.Set<String> NOT_LEXICONS = java.util.Set.of("reportingSubject");

    /**
     * The names of the lexicons the frames use, in the order of the components (those set): every
     * text component but {@code reportingSubject} names one, so a frame lexicon added to the record
     * is loaded and checked without being listed again.
     */
    public java.util.List<String> lexiconNames() {
      java.util.List<String> out = new java.util.ArrayList<>();
      for (java.lang.reflect.RecordComponent c : Frames.class.getRecordComponents()) {
        if (c.getType() != String.class || NOT_LEXICONS.contains(c.getName())) {
          continue;
        }
        try {
          Object name = c.getAccessor().invoke(this);
          if (name != null) {
            out.add((String) name);
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("frames component " + c.getName(), e);
        }
      }
      return out;
    }
  }

  public record Language(
      String language,
      String direction,
      String script,
      Normalization normalization,
      Clitics clitics,
      String sentenceEnd,
      Frames frames,
      String numberWords,
      Names names,
      Map<String, String> parts) {}

  /**
   * How names no list holds are matched to known persons: the persons' lexicon, and the
   * skeleton a name token is compared on (letters dropped, letters mapped).
   */
  public record Names(String persons, String skeletonDrop, Map<String, String> skeletonMap) {}

  public record Entry(String id, List<String> forms, Map<String, Object> data) {}

  /**
   * A word list. {@code include} adds generated forms after the listed entries (which win a
   * clash): {@code countries} is every country's name in the pack's language from CLDR. {@code
   * case}: {@code any} (default: a lower-case form matches any casing) or {@code exact}. {@code
   * exclude}: lexicons whose words a generated form may not be (a town named like a common word).
   */
  public record Lexicon(
      String name,
      String description,
      Boolean clitics,
      String refersTo,
      String caseMatching,
      List<String> include,
      List<String> exclude,
      List<Entry> entries,
      Boolean possessive) {}

  /** A row of rules/common/countries.yaml: a country's Wikidata id and, optionally, a label. */
  public record Country(String iso, String id, String label) {}

  public record Expect(String quote, String value, String subject, String attribute) {}

  /**
   * A rule example; {@code published} (optional) is the article's day for rules whose reading
   * depends on it (a title that names no one is read through the office table at that day).
   */
  public record Example(String text, List<Expect> expect, java.time.LocalDate published) {}

  public record Rule(
      String id,
      String kind,
      String description,
      String pattern,
      List<String> triggers,
      Map<String, String> set,
      Integer priority,
      Integer lookback,
      List<Example> examples,
      List<String> negatives) {}

  public record Furniture(
      String id,
      String description,
      String pattern,
      String scope,
      List<String> examples,
      List<String> negatives) {}

  /**
   * A unit: {@code factor} converts to its {@code canonical} unit (shown in values: hours become
   * minutes, weeks days), {@code baseFactor} to the one base unit of its dimension (so days and
   * hours can be compared). {@code system} names the system of measures it belongs to (metric,
   * imperial), or none: a figure told in one system and one told in another are often one figure
   * converted and rounded ("6 miles" for the agency's 10 km), so they are compared with the
   * policies' other_system_tolerance.
   */
  public record Unit(String id, String dimension, String canonical, double factor, double baseFactor,
      String system) {}

  /**
   * An office. {@code counterpartsDiffer}: a holder's "counterpart" abroad may hold another
   * office (a president's counterpart is often a prime minister), so "his Indian counterpart"
   * does not tell the office.
   */
  public record Office(String id, String label, boolean singleHolder, boolean exclusive,
      boolean counterpartsDiffer) {}

  /**
   * A person, place, party or body. A party that is an alliance lists its {@code members}; news
   * often name the whole alliance's result by one of them ({@code namedBy}: "the CDU received
   * 28.5%" for the CDU/CSU union). A kind of part of a place (type part) is labelled {@code
   * label} when the place is a country or a region ("southern {place}") and {@code labelOfTown}
   * when it is a town, whose compass point is a direction from it ("south of {place}").
   */
  public record Entity(String id, String type, String label, String within, String wikidata,
      List<String> members, String namedBy, String labelOfTown) {
    public Entity(String id, String type, String label, String within, String wikidata) {
      this(id, type, label, within, wikidata, null, null, null);
    }

    public Entity {
      members = members == null ? List.of() : List.copyOf(members);
    }
  }

  /**
   * A row of rules/common/office-holders.yaml: who held which office of which jurisdiction from
   * when to when ({@code to} null: still in office as of {@code evidence}, the date of the newest
   * page that confirmed it), and the public page it was confirmed on.
   */
  public record Holder(
      String person,
      String office,
      String jurisdiction,
      java.time.LocalDate from,
      java.time.LocalDate to,
      java.time.LocalDate evidence,
      String source,
      Boolean acting) {}
}
