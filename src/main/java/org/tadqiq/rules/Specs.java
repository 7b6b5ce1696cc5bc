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
  public record Frames(
      String eventWords,
      String backdrop,
      String prior,
      String modality,
      String persons,
      String actors,
      String attribution,
      String reporting,
      int window,
      int markerWindow) {}

  public record Language(
      String language,
      String direction,
      String script,
      Normalization normalization,
      Clitics clitics,
      String sentenceEnd,
      Frames frames,
      String numberWords,
      Map<String, String> parts) {}

  public record Entry(String id, List<String> forms, Map<String, Object> data) {}

  /**
   * A word list. {@code include} adds generated forms after the listed entries (which win a
   * clash): {@code countries} is every country's name in the pack's language from CLDR. {@code
   * case}: {@code any} (default: a lower-case form matches any casing) or {@code exact}.
   */
  public record Lexicon(
      String name,
      String description,
      Boolean clitics,
      String refersTo,
      String caseMatching,
      List<String> include,
      List<Entry> entries) {}

  /** A row of rules/common/countries.yaml: a country's Wikidata id and, optionally, a label. */
  public record Country(String iso, String id, String label) {}

  public record Expect(String quote, String value, String subject, String attribute) {}

  public record Example(String text, List<Expect> expect) {}

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
   * hours can be compared).
   */
  public record Unit(String id, String dimension, String canonical, double factor, double baseFactor) {}

  public record Office(String id, String label, boolean singleHolder, boolean exclusive) {}

  public record Entity(String id, String type, String label, String within, String wikidata) {}
}
