package org.tadqiq.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tadqiq.align.CrossScriptPersons;
import org.tadqiq.align.Event;
import org.tadqiq.align.EventGrouper;
import org.tadqiq.align.Facet;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.compare.Explainer;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.extract.Extractor;
import org.tadqiq.ingest.ContentHash;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.rules.RuleBook;

/** ingest → clean → normalize → extract → align → compare, over a set of inputs. */
public final class CheckPipeline {
  /** How many sources are read, then extracted in parallel, at a time. */
  private static final int BATCH = 256;
  /** A batch also ends at this many chars of text, so a batch of huge articles stays in memory. */
  public static final long BATCH_CHARS = 32L << 20;
  /** The report's text view keeps texts up to this many chars in all. */
  private static final long KEPT_CHARS = 64L << 20;
  private final RuleBook rules;
  private final int threads;
  private final java.util.concurrent.ForkJoinPool pool;
  /** by language; an extractor is built when the first source of its language comes */
  /** by language, each built on first use: a run of one language skips the others' */
  private final Map<String, org.tadqiq.rules.Lazy<Extractor>> extractors = new LinkedHashMap<>();
  private final LanguageDetector languages;
  private final Explainer explainer;
  private final Limits limits;
  private final CrossScriptPersons crossScriptPersons;

  public CheckPipeline(RuleBook rules) {
    this(rules, Runtime.getRuntime().availableProcessors());
  }

  public CheckPipeline(RuleBook rules, int threads) {
    this(rules, threads, Limits.DEFAULTS);
  }

  public CheckPipeline(RuleBook rules, int threads, Limits limits) {
    this.rules = rules;
    this.limits = limits;
    this.threads = Math.max(1, threads);
    // worker threads are daemons: an unfinished pipeline never keeps the JVM alive
    this.pool = this.threads == 1 ? null : new java.util.concurrent.ForkJoinPool(this.threads);
    for (String language : rules.languages()) {
      // a pack (and its matching machinery) is built when the first text of its language comes
      extractors.put(language, new org.tadqiq.rules.Lazy<>(() -> new Extractor(
          rules.pack(language).orElseThrow(), rules.common(), limits.match())));
    }
    this.languages = new LanguageDetector(rules);
    // the listed people's names are gathered once (CrossScriptPersons holds them lazily), and only
    // by a run that has a join to check
    this.crossScriptPersons = new CrossScriptPersons(rules.common().crossScriptNames(),
        () -> listedNames(rules));
    this.explainer = new Explainer(rules.common());
  }

  public Explainer explainer() {
    return explainer;
  }

  public Limits limits() {
    return limits;
  }

  /** Checks the given paths; {@code problems} hears of every input problem as it is found. */
  public CheckResult check(List<Path> inputs, Consumer<String> problems) {
    return check(inputs, problems, Integer.MAX_VALUE, n -> {});
  }

  /**
   * Checks the given paths, streaming: sources are read in batches and extracted on all threads;
   * the output order is the input order whatever the thread count. Only the first {@code
   * keepTexts} sources keep their text (for the report's text view); claims keep their sentences.
   */
  public CheckResult check(List<Path> inputs, Consumer<String> problems, int keepTexts,
      java.util.function.LongConsumer progress) {
    List<ExtractedSource> extracted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Source> batch = new ArrayList<>(BATCH);
    long[] chars = new long[2]; // in this batch, kept for the text view
    InputReader reader = new InputReader(limits.input());
    // every claim is held until the reports are written: their repeated parts are held once
    org.tadqiq.model.SharedParts shared = new org.tadqiq.model.SharedParts();
    Consumer<List<Source>> flush = b -> {
      for (ExtractedSource e : extractAll(b)) {
        e.source().problems().forEach(problems);
        boolean keep = extracted.size() < keepTexts && chars[1] + e.length() <= KEPT_CHARS;
        chars[1] += keep ? e.length() : 0;
        extracted.add((keep ? e : e.withoutText()).withClaims(shared.share(e.claims())));
      }
      progress.accept(extracted.size());
      b.clear();
      chars[0] = 0;
    };
    Map<String, String[]> byContent = new java.util.HashMap<>();
    reader.read(inputs, source -> {
      Source s = uniqueId(source, ids);
      if (s.readable()) {
        String[] first = byContent.putIfAbsent(ContentHash.of(s.text()), new String[] {s.id(), s.path()});
        if (first != null) {
          s = ContentHash.duplicate(s, first[0], first[1]);
        }
      }
      batch.add(s);
      chars[0] += s.text().length();
      if (batch.size() == BATCH || chars[0] >= BATCH_CHARS) {
        flush.accept(batch);
      }
    });
    flush.accept(batch);
    CheckResult r = compare(extracted);
    return new CheckResult(r.rules(), r.sources(), r.claims(), r.events(), r.findings(),
        r.comparisons(), reader.skipped()).withCopyGroups(r.copyGroups()).withSupport(r.support());
  }

  /** Extracts a batch on all threads, keeping its order. */
  public List<ExtractedSource> extractAll(List<Source> batch) {
    return map(batch, this::extract);
  }

  /** {@code work} applied to each item on this pipeline's threads, the results in the items' order. */
  public <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
    if (threads == 1 || items.size() < 2) {
      return items.stream().map(work).toList();
    }
    try {
      // not toList(): a result may be null (an item with nothing to give)
      return pool.submit(() -> items.parallelStream().map(work)
          .collect(java.util.stream.Collectors.toCollection(ArrayList::new))).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  public ExtractedSource extract(Source s) {
    if (!s.readable()) {
      return new ExtractedSource(s, List.of(), List.of(), 0);
    }
    String lang = languages.detect(s.text(), s.language());
    if (lang == null) {
      Source flagged = s.withProblem(s.path() + ": no rule pack for this text's language"
          + (s.language() == null ? "" : " ('" + s.language() + "')") + "; no claims read");
      return new ExtractedSource(flagged, List.of(), List.of(), 0);
    }
    return extractors.get(lang).get().extract(s.withLanguage(lang));
  }

  public CheckResult compare(List<ExtractedSource> extracted) {
    return compare(extracted, true);
  }

  /**
   * Aligns and compares extracted sources; {@code findCopies} false treats every source as
   * independent (the planted bench's echoes restate a sentence on purpose: they are not copies).
   */
  public CheckResult compare(List<ExtractedSource> found, boolean findCopies) {
    // a person no list holds, named in Arabic letters here and Latin letters there, gets one id
    // before anything is keyed by people
    List<ExtractedSource> extracted = crossScriptPersons.join(found);
    List<Claim> claims = new ArrayList<>();
    List<Facet> facets = new ArrayList<>();
    FacetMaker facetMaker = new FacetMaker(rules.common());
    // a group's facets share their key and many share their value: held once, not per facet
    Map<String, String> strings = new java.util.HashMap<>();
    for (ExtractedSource e : extracted) {
      claims.addAll(e.claims());
      for (Facet f : facetMaker.facetsOf(e)) {
        facets.add(f.sharing(strings));
      }
    }
    List<Event> events = new EventGrouper().group(claims);
    Map<String, String> copies = !findCopies ? Map.of()
        : org.tadqiq.align.CopyGroups.of(rules.common()).find(extracted);
    ConflictFinder finder = new ConflictFinder(rules.common(), explainer).withCopyGroups(copies);
    List<Finding> findings = finder.find(facets); // with the office table's, ranked
    return new CheckResult(rules, extracted, claims, events, findings, finder.comparisons(), Map.of())
        .withCopyGroups(copies)
        .withSupport(new org.tadqiq.compare.Corroboration(rules.common())
            .independentSources(facets, copies));
  }

  /** Every form of every person the packs' lists hold. */
  private static List<String> listedNames(RuleBook rules) {
    List<String> out = new ArrayList<>();
    for (org.tadqiq.rules.LanguagePack pack : rules.packs().values()) {
      String list = pack.frames() == null ? null : pack.frames().persons();
      org.tadqiq.rules.Lexicon persons = list == null ? null : pack.lexicons().get(list);
      if (persons != null) {
        persons.entries().forEach(e -> out.addAll(e.forms()));
      }
    }
    return out;
  }

  // Two files named alike in different folders must not share an id: the second gets a suffix.
  private static Source uniqueId(Source s, Set<String> ids) {
    String id = s.id();
    for (int n = 2; !ids.add(id); n++) {
      id = s.id() + "~" + n;
    }
    if (id.equals(s.id())) {
      return s;
    }
    return new Source(id, s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
        s.text(), s.status(), s.problems());
  }
}
