package org.tadqiq.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tadqiq.text.TextNormalizer;

/**
 * Everything one language's rules folder provides, loaded and compiled.
 *
 * @param shapesFile where the rules' shapes ({@link RuleShapes}) may be kept between runs; null:
 *     nowhere, they are computed each time
 */
public record LanguagePack(
    String language,
    String direction,
    Pattern script,
    TextNormalizer normalizer,
    Pattern sentenceEnd,
    Specs.Frames frames,
    String numberWords,
    Specs.Clitics clitics,
    Map<String, Lexicon> lexicons,
    List<CompiledRule> rules,
    List<FurnitureMarker> furniture,
    List<String> frameLexicons,
    org.tadqiq.names.NameMatcher names,
    java.nio.file.Path shapesFile) {

  public Lexicon lexicon(String name) {
    Lexicon l = lexicons.get(name);
    if (l == null) {
      throw new IllegalStateException("no lexicon " + name + " in pack " + language);
    }
    return l;
  }

}
