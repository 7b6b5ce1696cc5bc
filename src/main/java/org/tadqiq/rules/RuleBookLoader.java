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

  /** Loads and checks every file of the folder: the packs of every language are built. */
  public RuleBook load(Path rulesDir) {
    return load(rulesDir, null);
  }

  /** The same; data derived from the rules is kept in {@code derivedDir} when it is not null. */
  private RuleBook load(Path rulesDir, Path derivedDir) {
    if (!Files.isDirectory(rulesDir)) {
      throw new RuleFileException(rulesDir, 0, null, "rules folder not found");
    }
    CommonData common = loadCommon(rulesDir.resolve("common"));
    List<Path> dirs = packDirs(rulesDir);
    // the packs load side by side (each on its own thread, the last on this one); the outcome is
    // read in folder order, so the error reported is the one a load in that order meets first
    List<java.util.concurrent.FutureTask<LanguagePack>> loads = new ArrayList<>();
    for (Path dir : dirs) {
      java.util.concurrent.FutureTask<LanguagePack> load =
          new java.util.concurrent.FutureTask<>(() -> loadPack(dir, common, true, derivedDir));
      loads.add(load);
      if (loads.size() < dirs.size()) {
        Thread t = new Thread(load, "rules-" + dir.getFileName());
        t.setDaemon(true);
        t.start();
      } else {
        load.run();
      }
    }
    Map<String, LanguagePack> packs = new TreeMap<>();
    for (java.util.concurrent.FutureTask<LanguagePack> load : loads) {
      LanguagePack pack = outcome(load);
      packs.put(pack.language(), pack);
    }
    return new RuleBook(Map.copyOf(packs), common);
  }

  /**
   * Loads the folder as {@link #load} does the first time it meets these files (and notes in
   * {@code cacheDir} that they passed every check); when they passed before, checks nothing again
   * and builds each language's pack only when a text of that language asks for it. The book is the
   * same either way: checks only ever reject.
   */
  public RuleBook loadChecked(Path rulesDir, Path cacheDir) {
    RulesStamp stamp = Files.isDirectory(rulesDir) ? RulesStamp.of(rulesDir, cacheDir) : null;
    if (stamp == null || !stamp.checked()) {
      RuleBook book = load(rulesDir, stamp == null ? null : stamp.derivedDir());
      if (stamp != null) {
        stamp.markChecked();
      }
      return book;
    }
    CommonData common = loadCommon(rulesDir.resolve("common"));
    Map<String, Pattern> scripts = new LinkedHashMap<>();
    Map<String, java.util.function.Supplier<LanguagePack>> builds = new LinkedHashMap<>();
    for (Path dir : packDirs(rulesDir)) {
      LanguageHead head = languageHead(dir);
      scripts.put(head.spec().language(), head.script());
      builds.put(head.spec().language(), () -> loadPack(dir, common, false, stamp.derivedDir()));
    }
    return RuleBook.lazy(common, scripts, builds);
  }

  private static List<Path> packDirs(Path rulesDir) {
    List<Path> dirs = new ArrayList<>();
    for (Path dir : children(rulesDir)) {
      if (Files.isDirectory(dir) && Files.exists(dir.resolve(LANGUAGE_FILE))) {
        dirs.add(dir);
      }
    }
    return dirs;
  }

  /** A pack's language.yaml, read and checked, and the script its texts are written in. */
  private record LanguageHead(Specs.Language spec, Located<JsonNode> where, Pattern script) {}

  private static LanguageHead languageHead(Path dir) {
    YamlFile langFile = YamlFile.read(dir.resolve(LANGUAGE_FILE));
    langFile.allowOnly(Set.of("language"));
    Located<JsonNode> langNode = langFile.locate(langFile.get("language"));
    Specs.Language lang = langFile.bind(langNode, Specs.Language.class, null);
    if (lang.language() == null || lang.normalization() == null || lang.frames() == null) {
      throw new RuleFileException(
          langNode, null, "'language', 'normalization' and 'frames' are required");
    }
    Pattern script = compileRegex(lang.script() == null ? "\\p{L}" : lang.script(), langNode, null);
    return new LanguageHead(lang, langNode, script);
  }

  private static LanguagePack outcome(java.util.concurrent.FutureTask<LanguagePack> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the rules", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
    List<Specs.Country> countryRows = new ArrayList<>();
    Map<String, Located<JsonNode>> countryWhere = new TreeMap<>();
    List<Located<Specs.Holder>> holderRows = new ArrayList<>();
    for (YamlFile f : yamlFiles(dir)) {
      f.allowOnly(Set.of("policies", "units", "offices", "entities", "countries", "holders"));
      for (Located<JsonNode> n : f.list("holders")) {
        holderRows.add(new Located<>(f.bind(n, Specs.Holder.class, null), n.file(), n.line()));
      }
      if (f.get("policies") != null) {
        Located<JsonNode> where = f.locate(f.get("policies"));
        policies = f.bind(where, Policies.class, "policies");
        inRange(policies.approximateTolerance(), 0, 0.99, where, "policies", "approximate_tolerance");
        inRange(policies.approximateNearMiss(), 0, 0.99, where, "policies", "approximate_near_miss");
        inRange(policies.otherSystemTolerance(), 0, 0.5, where, "policies", "other_system_tolerance");
        inRange(policies.conflictThreshold(), 0, 1, where, "policies", "conflict_threshold");
        inRange(policies.officeSameTimeWindowDays(), 0, 36_500, where, "policies",
            "office_same_time_window_days");
        inRange(policies.eventSameTimeWindowDays(), 0, 36_500, where, "policies",
            "event_same_time_window_days");
        inRange(policies.furnitureRestMinPosition(), 0, 1, where, "policies",
            "furniture_rest_min_position");
        inRange(policies.updateIdentityFigures(), 1, 100, where, "policies",
            "update_identity_figures");
        inRange(policies.updateIdentityStrength(), 0, 1, where, "policies",
            "update_identity_strength");
        inRange(policies.tallyDisputeWindowDays(), 0, 36_500, where, "policies",
            "tally_dispute_window_days");
        inRange(policies.roundSameTimeWindowDays(), 0, 36_500, where, "policies",
            "round_same_time_window_days");
        inRange(policies.earlierEventDays(), 0, 36_500, where, "policies", "earlier_event_days");
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
      for (Located<JsonNode> n : f.list("countries")) {
        Specs.Country c = f.bind(n, Specs.Country.class, null);
        if (c.iso() == null || !c.iso().matches("[A-Z]{2}")) {
          throw new RuleFileException(n, c.id(), "a country needs a two-letter upper-case 'iso' code");
        }
        if (countryWhere.put(c.iso(), n) != null) {
          throw new RuleFileException(n, c.iso(), "country '" + c.iso() + "' is listed twice");
        }
        countryRows.add(c);
      }
    }
    Countries countries = new Countries(countryRows);
    readPeople(dir.resolve("people.tsv"), entities);
    for (Countries.Country c : countries.all()) {
      Located<JsonNode> where = countryWhere.get(c.iso());
      if (entities.containsKey(c.id())) {
        throw new RuleFileException(where == null ? new Located<>(null, dir, 0) : where, c.id(),
            "country id '" + c.id() + "' is also an entity of its own: list countries only in"
                + " countries.yaml");
      }
      entities.put(c.id(), new Specs.Entity(c.id(), "country", c.label(), null, null));
    }
    Map<String, String> regionOfAdmin1 = readRegions(dir.resolve("regions.tsv"), countries, entities);
    readCities(dir.resolve("cities.tsv"), countries, entities, regionOfAdmin1);
    if (policies == null) {
      throw new RuleFileException(dir, 0, null, "no 'policies' found in the common rules");
    }
    for (Specs.Entity e : entities.values()) {
      if (e.within() != null && !entities.containsKey(e.within())) {
        throw new RuleFileException(
            dir, 0, e.id(), "entity is within unknown entity '" + e.within() + "'");
      }
      checkAlliance(dir, e, entities);
    }
    List<Specs.Holder> holders = new ArrayList<>();
    for (Located<Specs.Holder> h : holderRows) {
      holders.add(checkHolder(h, entities, offices));
    }
    return new CommonData(policies, Map.copyOf(units), Map.copyOf(offices), Map.copyOf(entities),
        countries, List.copyOf(holders), namesakeCountries(entities),
        new org.tadqiq.names.CrossScriptNames(policies.crossScriptNames()));
  }

  /**
   * For every town of the gazetteer whose name towns of other countries share: the countries of
   * all of them. The language lists give one shared name to its most populous town only
   * ("Valencia" is Venezuela's), so a reader of Spanish news must not be told of a second place.
   */
  private static Map<String, java.util.Set<String>> namesakeCountries(
      Map<String, Specs.Entity> entities) {
    Map<String, List<Specs.Entity>> byName = new java.util.HashMap<>();
    for (Specs.Entity e : entities.values()) {
      if ("city".equals(e.type()) && e.label() != null && e.within() != null) {
        // a town lies in its region, the region in the country: namesakes are told by country
        Specs.Entity in = entities.get(e.within());
        if (in != null && "region".equals(in.type()) && in.within() != null) {
          e = new Specs.Entity(e.id(), e.type(), e.label(), in.within(), null);
        }
        byName.computeIfAbsent(e.label().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
            .add(e);
      }
    }
    Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
    for (List<Specs.Entity> towns : byName.values()) {
      java.util.Set<String> countries = new java.util.TreeSet<>();
      towns.forEach(t -> countries.add(t.within()));
      if (countries.size() > 1) {
        towns.forEach(t -> out.put(t.id(), java.util.Set.copyOf(countries)));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * An alliance's members are parties of the lists, and the member that names it is one of them
   * (a share read for that member may be the alliance's: see ShareHolders).
   */
  private static void checkAlliance(Path dir, Specs.Entity e, Map<String, Specs.Entity> entities) {
    for (String m : e.members()) {
      Specs.Entity member = entities.get(m);
      if (member == null || !"party".equals(member.type()) || !"party".equals(e.type())) {
        throw new RuleFileException(dir, 0, e.id(),
            "alliance member '" + m + "' must be a party of the lists, and so must the alliance");
      }
    }
    if (e.namedBy() != null && !e.members().contains(e.namedBy())) {
      throw new RuleFileException(dir, 0, e.id(),
          "'named_by' is '" + e.namedBy() + "', which is not one of the alliance's members");
    }
  }

  /** People of rules/common/people.tsv (id, label): entities like those of entities.yaml. */
  private static void readPeople(Path file, Map<String, Specs.Entity> entities) {
    if (!Files.exists(file)) {
      return;
    }
    TsvTable t = TsvTable.read(file);
    int id = t.column("id");
    int label = t.column("label");
    for (TsvTable.Row r : t.rows()) {
      putEntity(entities, new Specs.Entity(r.cell(id), "person", r.cell(label), null, null), t, r);
    }
  }

  /**
   * The first-level divisions (rules/common/regions.tsv: id, label, country, admin1): every one a
   * region within its country (a few second-level ones too, with no admin1 code). A row whose id entities.yaml already lists (the hand-listed states
   * of the United States and Germany) keeps that entity, which must be a region of the same
   * country. Returns the region of each GeoNames admin1 code, keyed "country|admin1".
   */
  private static Map<String, String> readRegions(
      Path file, Countries countries, Map<String, Specs.Entity> entities) {
    Map<String, String> byAdmin1 = new java.util.HashMap<>();
    if (!Files.exists(file)) {
      return byAdmin1;
    }
    TsvTable t = TsvTable.read(file);
    int id = t.column("id");
    int label = t.column("label");
    int country = t.column("country");
    int admin1 = t.column("admin1");
    for (TsvTable.Row r : t.rows()) {
      String within = countries.id(r.cell(country));
      if (within == null) {
        throw new RuleFileException(t.file(), r.line(), r.cell(id),
            "region of unknown country '" + r.cell(country) + "'");
      }
      Specs.Entity listed = entities.get(r.cell(id));
      if (listed == null) {
        putEntity(entities, new Specs.Entity(r.cell(id), "region", r.cell(label), within, null), t, r);
      } else if (!"region".equals(listed.type()) || !within.equals(listed.within())) {
        throw new RuleFileException(t.file(), r.line(), r.cell(id),
            "entity id '" + r.cell(id) + "' is listed as another place than this region");
      }
      // a division below the first level (a province of Morocco) has no admin1 code of its own
      if (!r.cell(admin1).isEmpty()
          && byAdmin1.put(r.cell(country) + "|" + r.cell(admin1), r.cell(id)) != null) {
        throw new RuleFileException(t.file(), r.line(), r.cell(id),
            "two regions of one admin1 code " + r.cell(country) + "|" + r.cell(admin1));
      }
    }
    return byAdmin1;
  }

  /**
   * The gazetteer (rules/common/cities.tsv: id, label, country, admin1, …): every city is an entity
   * within its region (by its GeoNames admin1 code) or, where no region holds that code, within its
   * country, so "Anchorage" agrees with "Alaska" and "the United States".
   */
  private static void readCities(Path file, Countries countries, Map<String, Specs.Entity> entities,
      Map<String, String> regionOfAdmin1) {
    if (!Files.exists(file)) {
      return;
    }
    TsvTable t = TsvTable.read(file);
    int id = t.column("id");
    int label = t.column("label");
    int country = t.column("country");
    int admin1 = t.column("admin1");
    for (TsvTable.Row r : t.rows()) {
      String region = regionOfAdmin1.get(r.cell(country) + "|" + r.cell(admin1));
      String within = region != null ? region : countries.id(r.cell(country));
      putEntity(entities, new Specs.Entity(r.cell(id), "city", r.cell(label), within, null), t, r);
    }
  }

  private static void putEntity(
      Map<String, Specs.Entity> entities, Specs.Entity e, TsvTable t, TsvTable.Row r) {
    if (e.id().isEmpty()) {
      throw new RuleFileException(t.file(), r.line(), null, "a row without an id");
    }
    if (entities.putIfAbsent(e.id(), e) != null) {
      throw new RuleFileException(t.file(), r.line(), e.id(),
          "entity id '" + e.id() + "' is defined twice");
    }
  }

  private static Specs.Holder checkHolder(
      Located<Specs.Holder> where, Map<String, Specs.Entity> entities,
      Map<String, Specs.Office> offices) {
    Specs.Holder h = where.value();
    Located<JsonNode> at = new Located<>(null, where.file(), where.line());
    if (h.person() == null || !entities.containsKey(h.person())) {
      throw new RuleFileException(at, h.person(), "holder is not a known person: '" + h.person() + "'");
    }
    if (h.office() == null || !offices.containsKey(h.office())) {
      throw new RuleFileException(at, h.person(), "unknown office '" + h.office() + "'");
    }
    if (h.jurisdiction() == null || !entities.containsKey(h.jurisdiction())) {
      throw new RuleFileException(at, h.person(), "unknown jurisdiction '" + h.jurisdiction() + "'");
    }
    if (h.from() == null || h.to() != null && h.to().isBefore(h.from())) {
      throw new RuleFileException(at, h.person(), "a term needs 'from', and 'to' may not be before it");
    }
    if (h.source() == null || h.source().isBlank()) {
      throw new RuleFileException(at, h.person(), "every row names the public page it was confirmed on");
    }
    return h;
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

  /**
   * One language's folder as a pack; {@code check} false leaves out the checks that only reject
   * (patterns that could backtrack without end): for files that passed them before. Data derived
   * from the pack is kept in {@code derivedDir} when it is not null.
   */
  private LanguagePack loadPack(Path dir, CommonData common, boolean check, Path derivedDir) {
    LanguageHead head = languageHead(dir);
    Specs.Language lang = head.spec();
    Located<JsonNode> langNode = head.where();
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
    List<Located<Specs.Lexicon>> withExclusions = new ArrayList<>();
    for (YamlFile f : files) {
      for (Located<JsonNode> n : f.list("lexicons")) {
        Specs.Lexicon spec = f.bind(n, Specs.Lexicon.class, null);
        if (lexicons.containsKey(spec.name())) {
          throw new RuleFileException(n, spec.name(), "lexicon is defined twice");
        }
        lexicons.put(spec.name(), buildLexicon(spec, n, normalizer, common, articleHead,
            lang.language(), dir, Set.of()));
        if (spec.exclude() != null && !spec.exclude().isEmpty()) {
          withExclusions.add(new Located<>(spec, n.file(), n.line()));
        }
      }
    }
    // a generated name that is also a word of the lists a lexicon excludes is left out
    // ("في إطار" is "within the framework of", not the town of Atar)
    for (Located<Specs.Lexicon> l : withExclusions) {
      Located<JsonNode> n = new Located<>(null, l.file(), l.line());
      Set<String> excluded = new java.util.HashSet<>();
      for (String name : l.value().exclude()) {
        Lexicon other = lexicons.get(name);
        if (other == null) {
          throw new RuleFileException(n, l.value().name(), "excludes unknown lexicon '" + name + "'");
        }
        excluded.addAll(other.formsLongestFirst());
      }
      lexicons.put(l.value().name(), buildLexicon(l.value(), n, normalizer, common, articleHead,
          lang.language(), dir, excluded));
    }
    Pattern script = head.script();
    ScriptWords scriptWords = new ScriptWords(script, normalizer);
    Map<String, String> parts = new LinkedHashMap<>();
    if (lang.parts() != null) {
      lang.parts().forEach((k, v) -> parts.put(k, scriptWords.apply(v)));
    }
    PatternCompiler compiler = new PatternCompiler(lexicons, parts, clitics);
    Map<String, List<String>> wordLists = new LinkedHashMap<>();
    lexicons.forEach((name, lex) -> wordLists.put(name, lex.formsLongestFirst()));
    PatternSafety safety = check ? new PatternSafety(parts, wordLists) : null;

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
    for (String name : frames.lexiconNames()) {
      if (!lexicons.containsKey(name)) {
        throw new RuleFileException(langNode, null, "frames name unknown lexicon '" + name + "'");
      }
      frameLexicons.add(name);
    }
    if (frames.reportingSubject() != null
        && !Set.of("before", "after").contains(frames.reportingSubject())) {
      throw new RuleFileException(langNode, null, "reporting_subject must be before or after");
    }
    if (lang.numberWords() != null && !lexicons.containsKey(lang.numberWords())) {
      throw new RuleFileException(
          langNode, null, "number_words names unknown lexicon '" + lang.numberWords() + "'");
    }
    String sentenceEndRegex = lang.sentenceEnd() == null ? "\\n" : lang.sentenceEnd();
    Pattern sentenceEnd = compileRegex(sentenceEndRegex, langNode, null);
    if (safety != null) {
      safe(safety.checkRegex(sentenceEndRegex, 0), langNode, "sentence_end");
    }
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
        List.copyOf(frameLexicons),
        nameMatcher(lang, langNode, lexicons, common),
        derivedDir == null ? null : derivedDir.resolve(lang.language() + "-rule-shapes.tsv"));
  }

  /** The matcher of names no list holds against the known persons of the pack's lexicon. */
  private static org.tadqiq.names.NameMatcher nameMatcher(Specs.Language lang,
      Located<JsonNode> where, Map<String, Lexicon> lexicons, CommonData common) {
    Specs.Names n = lang.names();
    org.tadqiq.names.NameMatcher m = new org.tadqiq.names.NameMatcher(
        n == null ? null : n.skeletonDrop(), n == null ? null : n.skeletonMap(),
        common.policies().nameSimilarity(), common.policies().nameSkeletonMinLength());
    if (n != null && n.persons() != null) {
      Lexicon persons = lexicons.get(n.persons());
      if (persons == null) {
        throw new RuleFileException(where, null, "names: unknown lexicon '" + n.persons() + "'");
      }
      for (LexiconEntry e : persons.entries()) {
        e.forms().forEach(f -> m.know(e.id(), f));
      }
    }
    return m;
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

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A form as the lexicon keeps it: normalized, runs of white space one space (one compiled pattern, not one per form). */
  private static String lexiconForm(TextNormalizer normalizer, String raw) {
    return SPACES.matcher(normalizer.normalize(raw.trim()).normalized()).replaceAll(" ");
  }

  private static Lexicon buildLexicon(
      Specs.Lexicon spec,
      Located<JsonNode> where,
      TextNormalizer normalizer,
      CommonData common,
      String articleHead,
      String language,
      Path packDir,
      Set<String> excluded) {
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
        String form = lexiconForm(normalizer, raw);
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
      LexiconEntry entry = new LexiconEntry(e.id(), forms,
          LexiconEntry.withDisplay(e.data(), e.forms().isEmpty() ? null : e.forms().get(0)));
      forms.forEach(f -> byForm.put(f, entry));
      entries.add(entry);
    }
    for (String source : spec.include() == null ? List.<String>of() : spec.include()) {
      for (Specs.Entry generated : included(source, language, common, where, spec.name(), packDir)) {
        List<String> forms = new ArrayList<>();
        for (String raw : generated.forms()) {
          String form = lexiconForm(normalizer, raw);
          // a listed entry wins over a generated name, and a name two countries share is nobody's
          if (!form.isEmpty() && !byForm.containsKey(form) && !excluded.contains(form)) {
            forms.add(form);
            byForm.put(form, null);
          }
        }
        if (!forms.isEmpty()) {
          LexiconEntry entry = new LexiconEntry(generated.id(), forms,
              LexiconEntry.withDisplay(generated.data(), generated.forms().get(0)));
          forms.forEach(f -> byForm.put(f, entry));
          entries.add(entry);
        }
      }
    }
    if (Boolean.TRUE.equals(spec.possessive())) {
      // "Spain's foreign minister": every country, where a few possessives had been listed by hand
      entries = FormVariants.added(entries, byForm, excluded, FormVariants::possessive);
    }
    boolean clitics = spec.clitics() == null || spec.clitics();
    String caseMatching = spec.caseMatching() == null ? "any" : spec.caseMatching();
    if (!caseMatching.equals("any") && !caseMatching.equals("exact") && !caseMatching.equals("names")) {
      throw new RuleFileException(where, spec.name(), "case_matching must be any, exact or names");
    }
    if (caseMatching.equals("names")) {
      // people's names: "Mohammed Bin Salman" is the listed "Mohammed bin Salman"
      entries = FormVariants.added(entries, byForm, excluded, HeadlineCase::variants);
    }
    return new Lexicon(spec.name(), clitics, caseMatching.equals("exact"), entries, byForm,
        articleHead);
  }

  /**
   * Entries a lexicon's {@code include} adds, generated from well-kept data: {@code countries} is
   * every country's CLDR name in the pack's language; {@code <file>.tsv:<column>} reads a table of
   * the pack's folder (first column the entity id, or {@code iso} for a country's code) and takes
   * the forms of that column.
   */
  private static List<Specs.Entry> included(String source, String language, CommonData common,
      Located<JsonNode> where, String lexicon, Path packDir) {
    List<Specs.Entry> out = new ArrayList<>();
    if (source.equals("countries")) {
      java.util.Locale locale = java.util.Locale.forLanguageTag(language);
      for (Countries.Country c : common.countries().all()) {
        String name = Countries.name(c.iso(), locale);
        if (name != null) {
          out.add(new Specs.Entry(c.id(), List.of(name), null));
        }
      }
      return out;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([\\w.-]+\\.tsv):(\\w+)").matcher(source);
    if (!m.matches()) {
      throw new RuleFileException(where, lexicon,
          "unknown include '" + source + "', expected countries or <file>.tsv:<column>");
    }
    TsvTable t = TsvTable.read(packDir.resolve(m.group(1)));
    boolean byIso = t.firstColumn().equals("iso");
    int forms = t.column(m.group(2));
    for (TsvTable.Row r : t.rows()) {
      String id = byIso ? common.countries().id(r.cell(0)) : r.cell(0);
      if (id == null || !common.entities().containsKey(id)) {
        throw new RuleFileException(t.file(), r.line(), lexicon,
            "'" + r.cell(0) + "' is not among the common entities");
      }
      List<String> list = r.list(forms);
      if (!list.isEmpty()) {
        out.add(new Specs.Entry(id, list, null));
      }
    }
    return out;
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
    if (safety != null) { // null: these files passed the check before
      safe(safety.checkRulePattern(pattern), where, spec.id());
    }
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
    if (safety != null) { // null: these files passed the check before
      safe(safety.checkRegex(p.pattern(), 0), where, spec.id());
    }
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
