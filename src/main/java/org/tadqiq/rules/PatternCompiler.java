package org.tadqiq.rules;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a rule pattern into a regex. A pattern is a regex over normalized text where {@code {NAME}}
 * stands for a lexicon (its forms, longest first, with attached prefixes and word edges) or a named
 * part of the language file, {@code {NAME:slot}} also captures it as {@code slot}, a space means
 * "one or more spaces" and {@code ~} "optional spaces".
 */
public final class PatternCompiler {
  private static final Pattern REFERENCE =
      Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)(?::([a-z][a-zA-Z0-9]*))?\\}");
  private static final String LETTER = "[\\p{L}\\p{M}\\p{N}]";
  /** The most white space a space in a lookbehind stands for. */
  static final int LOOKBEHIND_SPACES = 8;
  // a word may follow digits directly: units are written attached to their number ("17.9km")
  private static final String LETTER_BEFORE = "[\\p{L}\\p{M}]";

  private final Map<String, Lexicon> lexicons;
  private final Map<String, String> parts;
  private final Specs.Clitics clitics;
  private final Map<String, String> lexiconRegexCache = new HashMap<>();

  public PatternCompiler(
      Map<String, Lexicon> lexicons, Map<String, String> parts, Specs.Clitics clitics) {
    this.lexicons = lexicons;
    this.parts = parts == null ? Map.of() : parts;
    this.clitics = clitics;
  }

  /** The result of compiling one pattern. */
  public record Compiled(Pattern pattern, Map<String, String> slotLexicons) {}

  public Compiled compile(String source, Path file, int line, String ruleId) {
    Map<String, String> slots = new LinkedHashMap<>();
    // a space inside a lookbehind ("(?<!صلاة )") must not become an unbounded \s+: the
    // regex engine would then scan back to the start of the text at every try
    String regex = RegexSyntax.boundLookbehinds(
        expand(source, new ArrayDeque<>(), slots, file, line, ruleId), LOOKBEHIND_SPACES);
    try {
      return new Compiled(Pattern.compile(regex), slots);
    } catch (PatternSyntaxException e) {
      throw new RuleFileException(
          file, line, ruleId, "pattern is not a valid regex: " + e.getDescription());
    }
  }

  private String expand(
      String source,
      Deque<String> stack,
      Map<String, String> slots,
      Path file,
      int line,
      String ruleId) {
    StringBuilder out = new StringBuilder();
    Matcher m = REFERENCE.matcher(source);
    int last = 0;
    while (m.find()) {
      out.append(spaces(source.substring(last, m.start())));
      String name = m.group(1);
      String slot = m.group(2);
      String body;
      if (lexicons.containsKey(name)) {
        body = lexiconRegex(lexicons.get(name));
      } else if (parts.containsKey(name)) {
        if (stack.contains(name)) {
          throw new RuleFileException(
              file, line, ruleId, "circular reference: " + path(stack) + " → " + name);
        }
        stack.push(name);
        body = expand(parts.get(name), stack, slots, file, line, ruleId);
        stack.pop();
      } else {
        throw new RuleFileException(
            file, line, ruleId, "unknown lexicon or part '" + name + "'");
      }
      if (slot != null) {
        if (!stack.isEmpty()) {
          throw new RuleFileException(
              file, line, ruleId, "part '" + stack.peek() + "' may not capture slot '" + slot + "'");
        }
        if (slots.containsKey(slot)) {
          throw new RuleFileException(file, line, ruleId, "slot '" + slot + "' is captured twice");
        }
        slots.put(slot, lexicons.containsKey(name) ? name : null);
        out.append("(?<").append(slot).append('>').append(body).append(')');
      } else {
        out.append("(?:").append(body).append(')');
      }
      last = m.end();
    }
    out.append(spaces(source.substring(last)));
    return out.toString();
  }

  private static String path(Deque<String> stack) {
    List<String> names = new ArrayList<>();
    stack.descendingIterator().forEachRemaining(names::add);
    return String.join(" → ", names);
  }

  private static String spaces(String literal) {
    return literal.replace(" ", "\\s+").replace("~", "\\s*");
  }

  private String lexiconRegex(Lexicon lex) {
    return lexiconRegexCache.computeIfAbsent(lex.name(), n -> buildLexiconRegex(lex));
  }

  private String buildLexiconRegex(Lexicon lex) {
    List<String> withArticle = new ArrayList<>();
    List<String> plainWords = new ArrayList<>();
    List<String> symbols = new ArrayList<>();
    String article = clitics == null || clitics.article() == null ? "" : clitics.article();
    for (String form : lex.formsLongestFirst()) {
      boolean letterEdges =
          Character.isLetterOrDigit(form.charAt(0))
              && Character.isLetterOrDigit(form.charAt(form.length() - 1));
      if (!letterEdges) {
        symbols.add(form);
      } else if (lex.clitics() && !article.isEmpty() && form.startsWith(article)) {
        withArticle.add(form);
      } else {
        plainWords.add(form);
      }
    }
    List<String> alternatives = new ArrayList<>();
    String prefix = lex.clitics() && clitics != null ? clitics.prefix() : "";
    if (!withArticle.isEmpty()) {
      String rest = "(?:" + trie(lex, withArticle, article.length()) + ")";
      String contracted = clitics.articleContracted();
      String art = "(?:" + prefix + Pattern.quote(article) + rest + ")";
      if (contracted != null) {
        // the contracted prefix stands for preposition + article ("لل" = ل + ال); the trie is
        // written once after either head (the same tries in the same order as one copy after
        // each, at half the groups: each group is a slot every try clears)
        art = "(?:" + prefix + Pattern.quote(article) + "|" + contracted + ")" + rest;
      }
      alternatives.add("(?<!" + LETTER_BEFORE + ")(?:" + art + ")(?!" + LETTER + ")");
    }
    if (!plainWords.isEmpty()) {
      alternatives.add(
          "(?<!" + LETTER_BEFORE + ")" + prefix + "(?:" + trie(lex, plainWords, 0) + ")(?!"
              + LETTER + ")");
    }
    if (!symbols.isEmpty()) {
      alternatives.add("(?:" + trie(lex, symbols, 0) + ")");
    }
    if (alternatives.isEmpty()) {
      return "(?!)";
    }
    return String.join("|", alternatives);
  }

  /**
   * The forms (each without its first {@code skip} characters) as trie regexes: the forms that
   * match in any case in one, inside {@code (?iu:)}, the forms that match only as written in another.
   */
  private static String trie(Lexicon lex, List<String> forms, int skip) {
    List<String> exact = new ArrayList<>();
    List<String> anyCase = new ArrayList<>();
    for (String f : forms) {
      (lex.anyCase(f) ? anyCase : exact).add(f.substring(skip));
    }
    String e = TrieRegex.of(exact);
    String a = TrieRegex.of(anyCase);
    if (a == null) {
      return e;
    }
    a = "(?iu:" + a + ")";
    return e == null ? a : e + "|" + a;
  }

}
