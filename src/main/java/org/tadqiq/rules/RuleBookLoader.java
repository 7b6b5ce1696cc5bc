package org.tadqiq.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.text.TextNormalizer;

/**
 * Loads {@code rules/}: {@code common/} (policies, units, offices, entities) and one folder per
 * language with {@code language.yaml}, word lists, claim rules and furniture markers. Any problem
 * stops the load with {@code file:line: [id] what is wrong}.
 */
public final class RuleBookLoader {
  private static final String LANGUAGE_FILE = "language.yaml";
  /** How far before its trigger word a rule's match may begin, unless the rule says otherwise. */
  private static final int DEFAULT_LOOKBACK = 100;
  private static final int MAX_LOOKBACK = 1000;
  private static final int MAX_PRIORITY = 1000;
  private static final int MAX_WINDOW = 2000;

  public RuleBook load(Path rulesDir) {
    if (!Files.isDirectory(rulesDir)) {
      throw new RuleFileException(rulesDir, 0, null, "rules folder not found");
    }
    CommonData common = loadCommon(rulesDir.resolve("common"));
    Map<String, LanguagePack> packs = new TreeMap<>();
    for (Path dir : children(rulesDir)) {
      if (Files.isDirectory(dir) && Files.exists(dir.resolve(LANGUAGE_FILE))) {
        LanguagePack pack = loadPack(dir, common);
        packs.put(pack.language(), pack);
      }
    }
    return new RuleBook(Map.copyOf(packs), common);
  }

  private static List<Path> children(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<YamlFile> yamlFiles(Path dir) {
    List<YamlFile> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted((a, b) -> a.toString().compareTo(b.toString()))
          .forEach(p -> files.add(YamlFile.read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private CommonData loadCommon(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleFileException(dir, 0, null, "the common rules folder is missing");
    }
    Policies policies = null;
    Map<String, Specs.Unit> units = new TreeMap<>();
    Map<String, Specs.Office> offices = new TreeMap<>();
    Map<String, Specs.Entity> entities = new TreeMap<>();
    for (YamlFile f : yamlFiles(dir)) {
      f.allowOnly(Set.of("policies", "units", "offices", "entities"));
      if (f.get("policies") != null) {
        Located<JsonNode> where = f.locate(f.get("policies"));
        policies = f.bind(where, Policies.class, "policies");
        inRange(policies.approximateTolerance(), 0, 0.99, where, "policies", "approximate_tolerance");
        inRange(policies.conflictThreshold(), 0, 1, where, "policies", "conflict_threshold");
        inRange(policies.officeSameTimeWindowDays(), 0, 36_500, where, "policies",
            "office_same_time_window_days");
        inRange(policies.eventSameTimeWindowDays(), 0, 36_500, where, "policies",
            "event_same_time_window_days");
        inRange(policies.furnitureRestMinPosition(), 0, 1, where, "policies",
            "furniture_rest_min_position");
      }
      for (Located<JsonNode> n : f.list("units")) {
        Specs.Unit u = f.bind(n, Specs.Unit.class, null);
        inRange(u.factor(), Double.MIN_NORMAL, 1e12, n, u.id(), "factor");
        inRange(u.baseFactor(), Double.MIN_NORMAL, 1e12, n, u.id(), "base_factor");
        putUnique(units, u.id(), u, n, "unit");
      }
      for (Located<JsonNode> n : f.list("offices")) {
        Specs.Office o = f.bind(n, Specs.Office.class, null);
        putUnique(offices, o.id(), o, n, "office");
      }
      for (Located<JsonNode> n : f.list("entities")) {
        Specs.Entity e = f.bind(n, Specs.Entity.class, null);
        putUnique(entities, e.id(), e, n, "entity");
      }
    }
    if (policies == null) {
      throw new RuleFileException(dir, 0, null, "no 'policies' found in the common rules");
    }
    for (Specs.Entity e : entities.values()) {
      if (e.within() != null && !entities.containsKey(e.within())) {
        throw new RuleFileException(
            dir, 0, e.id(), "entity is within unknown entity '" + e.within() + "'");
      }
    }
    return new CommonData(policies, Map.copyOf(units), Map.copyOf(offices), Map.copyOf(entities));
  }

  private static <T> void putUnique(
      Map<String, T> map, String id, T value, Located<JsonNode> where, String what) {
    if (id == null || id.isBlank()) {
      throw new RuleFileException(where, null, what + " without an id");
    }
    if (map.putIfAbsent(id, value) != null) {
      throw new RuleFileException(where, id, what + " id '" + id + "' is defined twice");
    }
  }

  private LanguagePack loadPack(Path dir, CommonData common) {
    YamlFile langFile = YamlFile.read(dir.resolve(LANGUAGE_FILE));
    langFile.allowOnly(Set.of("language"));
    Located<JsonNode> langNode = langFile.locate(langFile.get("language"));
    Specs.Language lang = langFile.bind(langNode, Specs.Language.class, null);
    if (lang.language() == null || lang.normalization() == null || lang.frames() == null) {
      throw new RuleFileException(
          langNode, null, "'language', 'normalization' and 'frames' are required");
    }
    inRange(lang.frames().window(), 0, MAX_WINDOW, langNode, null, "frames.window");
    inRange(lang.frames().markerWindow(), 0, MAX_WINDOW, langNode, null, "frames.marker_window");
    TextNormalizer normalizer = normalizerOf(lang, langNode);
    Specs.Clitics clitics = lang.clitics();
    String articleHead =
        clitics == null || clitics.article() == null || clitics.article().isEmpty()
            ? ""
            : clitics.article().substring(0, 1);

    List<YamlFile> files = new ArrayList<>();
    for (YamlFile f : yamlFiles(dir)) {
      if (!f.file().getFileName().toString().equals(LANGUAGE_FILE)) {
        f.allowOnly(Set.of("lexicons", "rules", "furniture"));
        files.add(f);
      }
    }

    Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    for (YamlFile f : files) {
      for (Located<JsonNode> n : f.list("lexicons")) {
        Specs.Lexicon spec = f.bind(n, Specs.Lexicon.class, null);
        if (lexicons.containsKey(spec.name())) {
          throw new RuleFileException(n, spec.name(), "lexicon is defined twice");
        }
        lexicons.put(spec.name(), buildLexicon(spec, n, normalizer, common, articleHead));
      }
    }
    Pattern script = compileRegex(lang.script() == null ? "\\p{L}" : lang.script(), langNode, null);
    ScriptWords scriptWords = new ScriptWords(script, normalizer);
    Map<String, String> parts = new LinkedHashMap<>();
    if (lang.parts() != null) {
      lang.parts().forEach((k, v) -> parts.put(k, scriptWords.apply(v)));
    }
    PatternCompiler compiler = new PatternCompiler(lexicons, parts, clitics);
    Map<String, List<String>> wordLists = new LinkedHashMap<>();
    lexicons.forEach((name, lex) -> wordLists.put(name, lex.formsLongestFirst()));
    PatternSafety safety = new PatternSafety(parts, wordLists);

    List<CompiledRule> rules = new ArrayList<>();
    List<FurnitureMarker> furniture = new ArrayList<>();
    Set<String> ruleIds = new java.util.HashSet<>();
    for (YamlFile f : files) {
      for (Located<JsonNode> n : f.list("rules")) {
        Specs.Rule spec = f.bind(n, Specs.Rule.class, idOf(n));
        if (!ruleIds.add(spec.id())) {
          throw new RuleFileException(n, spec.id(), "rule id is used twice");
        }
        rules.add(compileRule(spec, n, compiler, scriptWords, lexicons, safety, rules.size()));
      }
      for (Located<JsonNode> n : f.list("furniture")) {
        Specs.Furniture spec = f.bind(n, Specs.Furniture.class, idOf(n));
        if (!ruleIds.add(spec.id())) {
          throw new RuleFileException(n, spec.id(), "rule id is used twice");
        }
        furniture.add(compileFurniture(spec, n, scriptWords, safety));
      }
    }

    Specs.Frames frames = lang.frames();
    List<String> frameLexicons = new ArrayList<>();
    for (String name :
        new String[] {
          frames.eventWords(), frames.backdrop(), frames.prior(), frames.modality(),
          frames.persons(), frames.actors(), frames.attribution(), frames.reporting()
        }) {
      if (name != null) {
        if (!lexicons.containsKey(name)) {
          throw new RuleFileException(langNode, null, "frames name unknown lexicon '" + name + "'");
        }
        frameLexicons.add(name);
      }
    }
    if (lang.numberWords() != null && !lexicons.containsKey(lang.numberWords())) {
      throw new RuleFileException(
          langNode, null, "number_words names unknown lexicon '" + lang.numberWords() + "'");
    }
    String sentenceEndRegex = lang.sentenceEnd() == null ? "\\n" : lang.sentenceEnd();
    Pattern sentenceEnd = compileRegex(sentenceEndRegex, langNode, null);
    safe(safety.checkRegex(sentenceEndRegex, 0), langNode, "sentence_end");
    return new LanguagePack(
        lang.language(),
        "rtl".equals(lang.direction()) ? "rtl" : "ltr",
        script,
        normalizer,
        sentenceEnd,
        frames,
        lang.numberWords(),
        clitics,
        Map.copyOf(lexicons),
        List.copyOf(rules),
        List.copyOf(furniture),
        List.copyOf(frameLexicons));
  }

  private static String idOf(Located<JsonNode> n) {
    JsonNode id = n.value().get("id");
    return id == null ? null : id.asText();
  }

  private static TextNormalizer normalizerOf(Specs.Language lang, Located<JsonNode> where) {
    List<TextNormalizer.Step> steps = new ArrayList<>();
    for (String s : lang.normalization().steps()) {
      try {
        steps.add(TextNormalizer.Step.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new RuleFileException(
            where, null, "unknown normalization step '" + s + "', expected one of "
                + List.of(TextNormalizer.Step.values()));
      }
    }
    Map<String, String> map =
        lang.normalization().charMap() == null ? Map.of() : lang.normalization().charMap();
    return new TextNormalizer(steps, map);
  }

  private static Lexicon buildLexicon(
      Specs.Lexicon spec,
      Located<JsonNode> where,
      TextNormalizer normalizer,
      CommonData common,
      String articleHead) {
    if (spec.name() == null || !spec.name().matches("[A-Z][A-Z0-9_]*")) {
      throw new RuleFileException(where, spec.name(), "lexicon name must be UPPER_CASE");
    }
    Map<String, LexiconEntry> byForm = new LinkedHashMap<>();
    List<LexiconEntry> entries = new ArrayList<>();
    String refersTo = spec.refersTo() == null ? "none" : spec.refersTo();
    for (Specs.Entry e : spec.entries() == null ? List.<Specs.Entry>of() : spec.entries()) {
      if (e.id() == null || e.forms() == null || e.forms().isEmpty()) {
        throw new RuleFileException(where, spec.name(), "every entry needs an id and forms");
      }
      checkReference(refersTo, e.id(), common, where, spec.name());
      List<String> forms = new ArrayList<>();
      for (String raw : e.forms()) {
        String form = normalizer.normalize(raw.trim()).normalized().replaceAll("\\s+", " ");
        if (form.isEmpty()) {
          throw new RuleFileException(where, spec.name(), "entry '" + e.id() + "' has an empty form");
        }
        LexiconEntry clash = byForm.get(form);
        if (clash != null) {
          throw new RuleFileException(
              where,
              spec.name(),
              "form '" + raw + "' appears twice (entries '" + clash.id() + "' and '" + e.id() + "')");
        }
        forms.add(form);
        byForm.put(form, null);
      }
      LexiconEntry entry = new LexiconEntry(e.id(), forms, e.data());
      forms.forEach(f -> byForm.put(f, entry));
      entries.add(entry);
    }
    boolean clitics = spec.clitics() == null || spec.clitics();
    return new Lexicon(spec.name(), clitics, entries, byForm, articleHead);
  }

  private static void checkReference(
      String refersTo, String id, CommonData common, Located<JsonNode> where, String lexicon) {
    boolean known =
        switch (refersTo) {
          case "none" -> true;
          case "entities" -> common.entities().containsKey(id);
          case "units" -> common.units().containsKey(id);
          case "offices" -> common.offices().containsKey(id);
          default -> throw new RuleFileException(
              where, lexicon, "refers_to must be none, entities, units or offices");
        };
    if (!known) {
      throw new RuleFileException(
          where, lexicon, "entry '" + id + "' is not among the common " + refersTo);
    }
  }

  private static CompiledRule compileRule(
      Specs.Rule spec,
      Located<JsonNode> where,
      PatternCompiler compiler,
      ScriptWords scriptWords,
      Map<String, Lexicon> lexicons,
      PatternSafety safety,
      int order) {
    if (spec.id() == null || spec.pattern() == null || spec.kind() == null) {
      throw new RuleFileException(where, spec.id(), "a rule needs id, kind and pattern");
    }
    ClaimKind kind;
    try {
      kind = ClaimKind.fromId(spec.kind());
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(where, spec.id(), e.getMessage());
    }
    if (spec.triggers() == null || spec.triggers().isEmpty()) {
      throw new RuleFileException(
          where, spec.id(), "'triggers' must name the lexicon(s) whose words wake this rule");
    }
    for (String t : spec.triggers()) {
      if (!lexicons.containsKey(t)) {
        throw new RuleFileException(where, spec.id(), "unknown trigger lexicon '" + t + "'");
      }
    }
    if (spec.examples() == null || spec.examples().isEmpty()) {
      throw new RuleFileException(where, spec.id(), "a rule must carry examples");
    }
    if (spec.lookback() != null) {
      inRange(spec.lookback(), 0, MAX_LOOKBACK, where, spec.id(), "lookback");
    }
    if (spec.priority() != null) {
      inRange(spec.priority(), -MAX_PRIORITY, MAX_PRIORITY, where, spec.id(), "priority");
    }
    String pattern = scriptWords.apply(spec.pattern());
    PatternCompiler.Compiled c = compiler.compile(pattern, where.file(), where.line(), spec.id());
    safe(safety.checkRulePattern(pattern), where, spec.id());
    return new CompiledRule(
        spec.id(),
        kind,
        c.pattern(),
        List.copyOf(spec.triggers()),
        c.slotLexicons(),
        spec.set() == null ? Map.of() : Map.copyOf(spec.set()),
        spec.priority() == null ? 0 : spec.priority(),
        order,
        spec.lookback() == null ? DEFAULT_LOOKBACK : spec.lookback(),
        List.copyOf(spec.examples()),
        spec.negatives() == null ? List.of() : List.copyOf(spec.negatives()),
        where.file(),
        where.line());
  }

  private static FurnitureMarker compileFurniture(
      Specs.Furniture spec, Located<JsonNode> where, ScriptWords scriptWords, PatternSafety safety) {
    if (spec.id() == null || spec.pattern() == null || spec.scope() == null) {
      throw new RuleFileException(where, spec.id(), "a furniture marker needs id, pattern, scope");
    }
    FurnitureMarker.Scope scope;
    try {
      scope = FurnitureMarker.Scope.fromId(spec.scope());
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(
          where, spec.id(), "scope must be line, line-and-next or rest, not '" + spec.scope() + "'");
    }
    if (spec.examples() == null || spec.examples().isEmpty()) {
      throw new RuleFileException(where, spec.id(), "a furniture marker must carry examples");
    }
    Pattern p = compileRegex("(?m)" + scriptWords.apply(spec.pattern()), where, spec.id());
    safe(safety.checkRegex(p.pattern(), 0), where, spec.id());
    return new FurnitureMarker(
        spec.id(),
        p,
        scope,
        List.copyOf(spec.examples()),
        spec.negatives() == null ? List.of() : List.copyOf(spec.negatives()),
        where.file(),
        where.line());
  }

  /** A pattern that could backtrack catastrophically, or scan back without end, is a load error. */
  private static void safe(List<String> problems, Located<JsonNode> where, String id) {
    if (!problems.isEmpty()) {
      throw new RuleFileException(where, id, problems.get(0));
    }
  }

  /** A number out of its range is a load error, not a rule that silently never fires. */
  private static void inRange(double value, double min, double max, Located<JsonNode> where,
      String id, String field) {
    if (!(value >= min && value <= max)) {
      throw new RuleFileException(where, id, "'" + field + "' is " + number(value)
          + ", it must be between " + number(min) + " and " + number(max));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : v == Double.MIN_NORMAL ? "0 (exclusive)" : Double.toString(v);
  }

  private static Pattern compileRegex(String regex, Located<JsonNode> where, String id) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new RuleFileException(where, id, "not a valid regex: " + e.getDescription());
    }
  }
}
