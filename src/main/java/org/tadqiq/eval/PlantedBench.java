package org.tadqiq.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.Span;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.text.SentenceBounds;
import org.tadqiq.rules.RuleBook;

/**
 * Plants one change at a time in a corpus and sees whether the check flags it. For each claim the
 * comparison can see, an "echo" source restating the claim's sentence unchanged is added, so every
 * claim has a counterpart to disagree with; then the claim's quote is changed in its own article.
 * A variant is flagged when a conflict appears that the unchanged corpus plus echo did not have.
 */
public final class PlantedBench {
  private static final String ECHO = "echo";
  private static final String COPY = "republished-copy";
  private final RuleBook rules;
  private final CheckPipeline pipeline;
  private final Mutator mutator = new Mutator();

  public PlantedBench(RuleBook rules) {
    this.rules = rules;
    this.pipeline = new CheckPipeline(rules);
  }

  /**
   * One planted variant and what the check made of it.
   *
   * @param flagged a conflict set the changed claim against its echo, or a new conflict appeared
   * @param possible short of that, a possible discrepancy did (not counted as flagged)
   */
  public record Variant(
      String transformation, boolean mustFlag, String source, String claim, String before,
      String after, boolean flagged, boolean possible, String newConflict, boolean strong) {

    /**
     * Whether the check did what it should: a change that must be flagged is a conflict when the
     * event's identity is strong and a possible discrepancy (never a conflict) when it is weak; a
     * harmless change is no conflict.
     */
    public boolean asExpected() {
      if (!mustFlag) {
        return !flagged;
      }
      return strong ? flagged : possible && !flagged;
    }
  }

  /** All variants, with the two rates the bench is about. */
  public record Result(List<Variant> variants) {
    /** Of the changes that must be flagged on strongly identified events, the share flagged. */
    public double detectionRate() {
      long n = variants.stream().filter(v -> v.mustFlag() && v.strong()).count();
      long hit = variants.stream().filter(v -> v.mustFlag() && v.strong() && v.flagged()).count();
      return n == 0 ? 0 : (double) hit / n;
    }

    /**
     * Of the changes that must be flagged on weakly identified events (one person, countries or
     * places only), the share listed as possible discrepancies and not as conflicts.
     */
    public double weakKeptPossibleRate() {
      long n = variants.stream().filter(v -> v.mustFlag() && !v.strong()).count();
      long ok = variants.stream()
          .filter(v -> v.mustFlag() && !v.strong() && v.possible() && !v.flagged()).count();
      return n == 0 ? 1 : (double) ok / n;
    }

    /** Changes that must be flagged on strongly identified events. */
    public long strongCount() {
      return variants.stream().filter(v -> v.mustFlag() && v.strong()).count();
    }

    public double falseConflictRate() {
      return rate(false);
    }

    /** Changes that must be flagged and were listed only as possible discrepancies. */
    public long possibleOnly() {
      return variants.stream().filter(v -> v.mustFlag() && !v.flagged() && v.possible()).count();
    }

    public long count(boolean mustFlag) {
      return variants.stream().filter(v -> v.mustFlag() == mustFlag).count();
    }

    /** Of all changes that must be flagged, the share flagged as a conflict (identity aside). */
    public double anyDetectionRate() {
      return rate(true);
    }

    private double rate(boolean mustFlag) {
      long n = count(mustFlag);
      long flagged = variants.stream().filter(v -> v.mustFlag() == mustFlag && v.flagged()).count();
      return n == 0 ? 0 : (double) flagged / n;
    }

    /** Per transformation: variants and how many were flagged. */
    public Map<String, long[]> byTransformation() {
      Map<String, long[]> out = new LinkedHashMap<>();
      for (Variant v : variants) {
        long[] c = out.computeIfAbsent(v.transformation(), k -> new long[2]);
        c[0]++;
        c[1] += v.flagged() ? 1 : 0;
      }
      return out;
    }
  }

  public static List<Transformation> load(InputStream yaml) throws IOException {
    ObjectMapper m = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    JsonNode root = m.readTree(yaml);
    List<Transformation> out = new ArrayList<>();
    for (JsonNode n : root.path("transformations")) {
      out.add(m.treeToValue(n, Transformation.class));
    }
    return out;
  }

  public Result run(List<Source> corpus, List<Transformation> transformations) {
    List<ExtractedSource> base = new ArrayList<>();
    for (Source s : corpus) {
      base.add(pipeline.extract(s));
    }
    FacetMaker facets = new FacetMaker(rules.common());
    List<Variant> variants = new ArrayList<>();
    for (int si = 0; si < base.size(); si++) {
      ExtractedSource target = base.get(si);
      if (!target.source().readable()) {
        continue;
      }
      for (Transformation t : transformations) {
        if ("append".equals(t.action())) {
          variants.add(appendVariant(base, si, t));
        }
      }
      for (Transformation t : transformations) {
        if ("republish".equals(t.action())) {
          variants.addAll(republishVariants(base, si, t));
        }
      }
      for (Claim claim : target.claims()) {
        if (facets.facetsOf(claim, target.source().published()).isEmpty()) {
          continue; // the comparison cannot see this claim: nothing to plant
        }
        ExtractedSource echo = pipeline.extract(echoOf(target.source(), claim));
        Set<String> baseline = signatures(with(base, si, target, echo));
        for (Transformation t : transformations) {
          if ("append".equals(t.action()) || "republish".equals(t.action())
              || !t.appliesTo(claim.kind().id())) {
            continue;
          }
          if ("scale-number".equals(t.action()) && !bounded(claim)) {
            continue; // "more than 400" and "more than 720" agree: scaling needs a bounded amount
          }
          String changed = mutator.apply(t, claim.quote());
          if (changed == null || changed.equals(claim.quote())) {
            continue;
          }
          String text = target.source().text();
          int start = claim.span().start();
          String mutatedText = text.substring(0, start) + changed + text.substring(claim.span().end());
          ExtractedSource mutated = pipeline.extract(withText(target.source(), mutatedText));
          CheckResult r = pipeline.compare(with(base, si, mutated, echo), false);
          Span planted = new Span(start, start + changed.length());
          String against = against(r, Finding.Verdict.CONFLICT, target.source().id(), planted);
          String news = against != null ? against : newConflict(r, baseline);
          boolean possible = against(r, Finding.Verdict.POSSIBLE, target.source().id(), planted) != null;
          variants.add(new Variant(t.id(), t.mustFlag(), target.source().id(), claim.id(),
              claim.quote(), changed, news != null, possible && news == null, news,
              strong(facets, claim, target)));
        }
      }
    }
    return new Result(variants);
  }

  private Variant appendVariant(List<ExtractedSource> base, int si, Transformation t) {
    Source s = base.get(si).source();
    Set<String> baseline = signatures(base);
    ExtractedSource mutated = pipeline.extract(withText(s, s.text() + "\n" + t.text()));
    List<ExtractedSource> all = new ArrayList<>(base);
    all.set(si, mutated);
    String news = newConflict(pipeline.compare(all, false), baseline);
    return new Variant(t.id(), t.mustFlag(), s.id(), null, "", t.text(), news != null, false, news,
        true);
  }

  /** Whether the claim's identity is strong enough for a disagreement on it to be a conflict. */
  private boolean strong(FacetMaker facets, Claim claim, ExtractedSource in) {
    double threshold = rules.common().policies().conflictThreshold();
    return facets.facetsOf(claim, in.source().published()).stream()
        .anyMatch(f -> f.strength() >= threshold);
  }

  /**
   * A site republishes the article with one figure changed (a typo in a copy): the two texts are
   * copies of one dispatch, so the change is a copying difference, never a conflict between
   * outlets. One variant per bounded amount the comparison can see.
   */
  private List<Variant> republishVariants(List<ExtractedSource> base, int si, Transformation t) {
    List<Variant> out = new ArrayList<>();
    ExtractedSource target = base.get(si);
    FacetMaker facets = new FacetMaker(rules.common());
    for (Claim claim : target.claims()) {
      if (claim.kind() != org.tadqiq.model.ClaimKind.QUANTITY || !bounded(claim)
          || facets.facetsOf(claim, target.source().published()).isEmpty()) {
        continue;
      }
      String changed = mutator.apply(new Transformation(t.id(), t.kind(), t.expect(),
          "scale-number", null, null, t.factor(), null), claim.quote());
      if (changed == null || changed.equals(claim.quote())) {
        continue;
      }
      Source s = target.source();
      String text = s.text();
      String copyText = "\n" + text.substring(0, claim.span().start()) + changed
          + text.substring(claim.span().end()) + "\n";
      Source copy = new Source(COPY, COPY, null, "a site that republishes", s.title(),
          s.language(), s.published(), copyText, Source.Status.OK, List.of());
      List<ExtractedSource> all = new ArrayList<>(base);
      all.add(pipeline.extract(copy));
      CheckResult r = pipeline.compare(all, true);
      int at = 1 + claim.span().start();
      String news = against(r, Finding.Verdict.CONFLICT, COPY, new Span(at, at + changed.length()),
          null);
      out.add(new Variant(t.id(), t.mustFlag(), s.id(), claim.id(), claim.quote(), changed,
          news != null, false, news, true));
    }
    return out;
  }

  private static boolean bounded(Claim c) {
    return c.value() instanceof ClaimValue.Quantity q
        && q.interval().low() > 0 && !Double.isInfinite(q.interval().high());
  }

  /** The summary of a finding that sets a claim at {@code planted} against an echo claim. */
  private static String against(CheckResult r, Finding.Verdict verdict, String source, Span planted) {
    return against(r, verdict, source, planted, ECHO);
  }

  /**
   * The summary of a finding that sets a claim at {@code planted} in {@code source} against a
   * claim of {@code other} (any other source when null).
   */
  private static String against(CheckResult r, Finding.Verdict verdict, String source, Span planted,
      String other) {
    Map<String, Claim> claims = new LinkedHashMap<>();
    r.claims().forEach(c -> claims.put(c.id(), c));
    for (Finding f : r.with(verdict)) {
      int plantedSide = -1;
      int echoSide = -1;
      for (int i = 0; i < f.sides().size(); i++) {
        for (String id : f.sides().get(i).claims()) {
          Claim c = claims.get(id);
          if (c.source().equals(source) && c.span().overlaps(planted)) {
            plantedSide = i;
          }
          if (other == null ? !c.source().equals(source) : c.source().equals(other)) {
            echoSide = i;
          }
        }
      }
      if (plantedSide >= 0 && echoSide >= 0 && plantedSide != echoSide) {
        return f.summary();
      }
    }
    return null;
  }

  private static List<ExtractedSource> with(
      List<ExtractedSource> base, int si, ExtractedSource replacement, ExtractedSource echo) {
    List<ExtractedSource> all = new ArrayList<>(base);
    all.set(si, replacement);
    all.add(echo);
    return all;
  }

  private Set<String> signatures(List<ExtractedSource> sources) {
    Set<String> out = new HashSet<>();
    for (Finding f : pipeline.compare(sources, false).with(Finding.Verdict.CONFLICT)) {
      out.add(f.policy().id() + "|" + f.key());
    }
    return out;
  }

  private static String newConflict(CheckResult r, Set<String> baseline) {
    for (Finding f : r.with(Finding.Verdict.CONFLICT)) {
      if (!baseline.contains(f.policy().id() + "|" + f.key())) {
        return f.summary();
      }
    }
    return null;
  }

  /**
   * The claim's sentence and the one before it (whose people a sentence may lean on), unchanged;
   * from the article's start through the sentence of the event word when the claim's event is the
   * article's own, carried from its lead ("the toll rose to 5,000" names no event): a restatement
   * without the lead would speak of no event, and the change could not be seen against it.
   */
  private static Source echoOf(Source s, Claim c) {
    String text = s.text();
    int[] sentence = SentenceBounds.sentenceAround(text, c.span().start(), c.span().end());
    int from = sentence[0];
    int to = sentence[1];
    if (c.frame() != null && c.frame().eventCarried()) {
      from = 0;
      Span word = c.frame().eventWord();
      to = Math.max(to, SentenceBounds.sentenceAround(text, word.start(), word.end())[1]);
    } else if (from > 1) {
      from = SentenceBounds.sentenceAround(text, from - 2, from - 1)[0];
    }
    return new Source(ECHO, ECHO, null, null, null, s.language(), s.published(),
        text.substring(from, to), Source.Status.OK, List.of());
  }

  private static Source withText(Source s, String text) {
    return new Source(s.id(), s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
        text, s.status(), s.problems());
  }
}
