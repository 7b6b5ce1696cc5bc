package org.tadqiq.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tadqiq.align.Event;
import org.tadqiq.align.EventGrouper;
import org.tadqiq.align.Facet;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.compare.Explainer;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.extract.Extractor;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.RuleBook;

/** ingest → clean → normalize → extract → align → compare, over a set of inputs. */
public final class CheckPipeline {
  private final RuleBook rules;
  private final Map<String, Extractor> extractors = new LinkedHashMap<>();
  private final LanguageDetector languages;
  private final Explainer explainer;

  public CheckPipeline(RuleBook rules) {
    this.rules = rules;
    for (LanguagePack pack : rules.packs().values()) {
      extractors.put(pack.language(), new Extractor(pack, rules.common()));
    }
    this.languages = new LanguageDetector(rules.packs());
    this.explainer = new Explainer(rules.common());
  }

  public Explainer explainer() {
    return explainer;
  }

  /** Checks the given paths; {@code problems} hears of every input problem as it is found. */
  public CheckResult check(List<Path> inputs, Consumer<String> problems) {
    List<ExtractedSource> extracted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    new InputReader().read(inputs, source -> {
      Source s = uniqueId(source, ids);
      ExtractedSource e = extract(s);
      e.source().problems().forEach(problems);
      extracted.add(e);
    });
    return compare(extracted);
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
    return extractors.get(lang).extract(s.withLanguage(lang));
  }

  public CheckResult compare(List<ExtractedSource> extracted) {
    List<Claim> claims = new ArrayList<>();
    List<Facet> facets = new ArrayList<>();
    FacetMaker facetMaker = new FacetMaker(rules.common());
    for (ExtractedSource e : extracted) {
      claims.addAll(e.claims());
      for (Claim c : e.claims()) {
        facets.addAll(facetMaker.facetsOf(c, e.source().published()));
      }
    }
    List<Event> events = new EventGrouper().group(claims);
    ConflictFinder finder = new ConflictFinder(rules.common(), explainer);
    List<Finding> findings = finder.find(facets);
    return new CheckResult(rules, extracted, claims, events, findings, finder.comparisons());
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
