package org.tadqiq.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.Span;
import org.tadqiq.pipeline.CheckResult;

/**
 * Scores a check against gold. A found claim matches a gold claim of the same source and kind whose
 * quote span it overlaps; it is right when {@link ValueJudge} says the values are the same. A
 * finding covers a gold pair or group when its claims overlap the gold's quotes in two sources.
 */
public final class Evaluator {

  public EvalResult evaluate(Gold gold, CheckResult result) {
    ValueJudge judge = new ValueJudge(result.rules());
    Map<String, ExtractedSource> sources = new LinkedHashMap<>();
    result.sources().forEach(s -> sources.put(s.source().id(), s));
    List<String> problems = new ArrayList<>();
    Map<String, Score> byKind = new LinkedHashMap<>();
    for (ClaimKind k : ClaimKind.values()) {
      byKind.put(k.id(), new Score(0, 0, 0));
    }
    Map<String, Score> byLanguage = new TreeMap<>();
    List<EvalResult.Item> misses = new ArrayList<>();
    List<EvalResult.Item> falseHits = new ArrayList<>();
    List<EvalResult.Item> unscored = new ArrayList<>();

    for (Map.Entry<String, Gold.GoldSource> g : gold.sources().entrySet()) {
      ExtractedSource s = sources.get(g.getKey());
      if (s == null) {
        problems.add("gold source '" + g.getKey() + "' was not among the inputs");
        continue;
      }
      String language = s.source().language() == null ? "none" : s.source().language();
      String text = s.source().text();
      // a title that names no one, read through the office table, is no claim of the article's
      List<Claim> found = new ArrayList<>(s.claims().stream()
          .filter(c -> !Claim.REFERENCE.equals(c.attribute())).toList());
      boolean[] used = new boolean[found.size()];
      List<Map.Entry<Gold.GoldClaim, Span>> severalPlaces = new ArrayList<>();
      for (Gold.GoldClaim gc : g.getValue().claims()) {
        Span span = locate(text, gc.quote(), gc.occurrence());
        if (span == null) {
          problems.add(g.getKey() + ": gold quote not in the text: " + gc.quote());
          continue;
        }
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
          Claim c = found.get(i);
          if (used[i] || !c.kind().id().equals(gc.kind()) || !c.span().overlaps(span)) {
            continue;
          }
          if (best < 0 || judge.same(c, gc) && !judge.same(found.get(best), gc)) {
            best = i;
          }
        }
        if (best >= 0 && judge.same(found.get(best), gc)) {
          used[best] = true;
          add(byKind, byLanguage, gc.kind(), language, new Score(1, 0, 0));
          if (ValueJudge.namesSeveralPlaces(gc)) {
            severalPlaces.add(Map.entry(gc, span));
          }
        } else {
          add(byKind, byLanguage, gc.kind(), language, new Score(0, 0, 1));
          String foundValue = best < 0 ? null : found.get(best).value().canonical();
          misses.add(new EvalResult.Item(g.getKey(), gc.kind(), gc.quote(), span.start(),
              ValueJudge.describe(gc), foundValue));
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          Claim c = found.get(i);
          if (outsideGoldScope(c) || anotherNamedPlace(c, severalPlaces, judge)) {
            unscored.add(new EvalResult.Item(c.source(), c.kind().id(), c.quote(),
                c.span().start(), null, c.value().canonical()));
            continue;
          }
          add(byKind, byLanguage, c.kind().id(), language, new Score(0, 1, 0));
          falseHits.add(new EvalResult.Item(c.source(), c.kind().id(), c.quote(), c.span().start(),
              null, c.value().canonical()));
        }
      }
    }
    Score all = byKind.values().stream().reduce(new Score(0, 0, 0), Score::plus);

    Map<String, Claim> claimsById = new LinkedHashMap<>();
    result.claims().forEach(c -> claimsById.put(c.id(), c));
    Coverage coverage = new Coverage(claimsById, sources);
    List<Finding> conflicts = result.with(Finding.Verdict.CONFLICT);

    // which gold pairs and groups each conflict covers
    List<Gold.Pair> goldPairs = new ArrayList<>(gold.pairs());
    for (Gold.Group g : gold.conflicts()) {
      goldPairs.add(new Gold.Pair(Gold.Verdict.CONFLICT, g.kind(), g.note(), g.claims()));
    }
    for (Gold.Group g : gold.nonConflicts()) {
      goldPairs.add(new Gold.Pair(Gold.Verdict.NOT_SAME_EVENT, g.kind(), g.note(), g.claims()));
    }
    int right = 0;
    int wrong = 0;
    List<String> falseConflicts = new ArrayList<>();
    List<String> unjudged = new ArrayList<>();
    for (Finding f : conflicts) {
      boolean coversConflict = false;
      boolean coversOther = false;
      for (Gold.Pair p : goldPairs) {
        if (coverage.covers(f, p.kind(), p.claims())) {
          if (p.verdict() == Gold.Verdict.CONFLICT) {
            coversConflict = true;
          } else {
            coversOther = true;
          }
        }
      }
      if (coversConflict) {
        right++;
      } else if (coversOther) {
        wrong++;
        falseConflicts.add(f.id() + " " + f.summary());
      } else {
        unjudged.add(f.id() + " " + f.summary());
      }
    }
    Map<String, EvalResult.PairScore> pairScores = new LinkedHashMap<>();
    List<String> missedConflicts = new ArrayList<>();
    List<EvalResult.MissedPair> missedPairs = new ArrayList<>();
    PairDiagnosis diagnosis =
        new PairDiagnosis(sources, new org.tadqiq.align.FacetMaker(result.rules().common()));
    List<String> violations = new ArrayList<>();
    int goldConflicts = 0;
    int goldConflictsFound = 0;
    for (Gold.Pair p : goldPairs) {
      List<Finding> covering = result.findings().stream()
          .filter(f -> coverage.covers(f, p.kind(), p.claims())).toList();
      boolean asJudged = switch (p.verdict()) {
        case CONFLICT -> covering.stream().anyMatch(f -> f.verdict() == Finding.Verdict.CONFLICT);
        case AGREE -> covering.stream().anyMatch(f -> f.verdict() == Finding.Verdict.AGREEMENT
            || coverage.onOneSide(f, p.kind(), p.claims()));
        case DISPUTED -> covering.stream().anyMatch(f -> f.verdict().name().equals("DISPUTED"));
        case COPY_DIFFERENCE -> covering.stream()
            .anyMatch(f -> f.verdict().name().equals("COPY_DIFFERENCE"));
        default -> covering.stream().noneMatch(f -> f.verdict() == Finding.Verdict.CONFLICT);
      };
      pairScores.merge(p.verdict().name(), new EvalResult.PairScore(1, asJudged ? 1 : 0),
          (a, b) -> new EvalResult.PairScore(a.gold() + b.gold(), a.asJudged() + b.asJudged()));
      String instead = null;
      if (!asJudged && listsMisses(p.verdict())) {
        instead = diagnosis.instead(p, covering, claimsById);
        missedPairs.add(new EvalResult.MissedPair(p.verdict().name(), p.kind(), p.note(),
            p.claims().stream().map(r -> r.source() + " \"" + r.quote() + "\"").toList(), instead));
      }
      if (p.verdict() == Gold.Verdict.CONFLICT) {
        goldConflicts++;
        if (asJudged) {
          goldConflictsFound++;
        } else {
          missedConflicts.add(p.kind() + ": " + p.note() + " " + refs(p.claims())
              + " → instead: " + instead);
        }
      }
      if (p.verdict().isTrap() && !asJudged) {
        covering.stream().filter(f -> f.verdict() == Finding.Verdict.CONFLICT).forEach(f ->
            violations.add(f.id() + " flags a known " + p.verdict() + " pair (" + p.note() + ")"));
      }
      // a dispute or copying difference that sets apart two claims the gold says agree (or do not
      // conflict) is as wrong as a conflict there, though it counts for no exit code
      if (p.verdict().isTrap() || p.verdict() == Gold.Verdict.AGREE) {
        covering.stream()
            .filter(f -> f.verdict() == Finding.Verdict.DISPUTED
                || f.verdict() == Finding.Verdict.COPY_DIFFERENCE)
            .filter(f -> coverage.setsApart(f, p.claims()))
            .forEach(f -> violations.add(f.id() + " (" + f.verdict() + ") sets apart a known "
                + p.verdict() + " pair (" + p.note() + ")"));
      }
    }
    Score conflictScore = new Score(right, wrong, goldConflicts - goldConflictsFound);
    return new EvalResult(byKind, byLanguage, all, conflictScore, pairScores, misses, falseHits,
        unscored,
        missedConflicts, missedPairs, falseConflicts, unjudged, violations, problems);
  }

  /**
   * The verdicts whose misses are listed with what the check did instead: a pair the reader found
   * (a conflict, a dispute, a copying difference, an agreement) that the check did not. A trap
   * missed is a flag, listed among the violations.
   */
  private static boolean listsMisses(Gold.Verdict v) {
    return v == Gold.Verdict.CONFLICT || v == Gold.Verdict.DISPUTED
        || v == Gold.Verdict.COPY_DIFFERENCE || v == Gold.Verdict.AGREE;
  }

  private static String refs(List<Gold.Ref> refs) {
    return refs.stream().map(r -> r.source() + " \"" + r.quote() + "\"").toList().toString();
  }

  /**
   * Whether a finding's claims overlap the gold's quotes in at least two sources (one, for a
   * finding against the table of office holders, whose other side is the table).
   */
  private record Coverage(Map<String, Claim> claims, Map<String, ExtractedSource> sources) {
    boolean covers(Finding f, String kind, List<Gold.Ref> refs) {
      if (kind != null && !f.kind().id().equals(kind)) {
        return false;
      }
      // a finding against knowledge has one article side: it covers a pair through that side
      boolean againstKnowledge = f.sides().stream().anyMatch(x -> x.knowledge() != null);
      return sourcesHit(f.claims(), refs) >= (againstKnowledge ? 1 : 2);
    }

    /**
     * Whether one side of a finding holds the gold's quotes in two sources: Tadqiq put them in one
     * cluster of compatible values, so it judges them to agree even where other sources of the
     * group disagree (two outlets giving the same 7 a.m. toll, beside a later toll of others).
     */
    boolean onOneSide(Finding f, String kind, List<Gold.Ref> refs) {
      if (kind != null && !f.kind().id().equals(kind)) {
        return false;
      }
      return f.sides().stream().anyMatch(side -> side.knowledge() == null
          && sourcesHit(side.claims(), refs) >= 2);
    }

    /** How many of the gold's sources have a quote that one of the claims overlaps. */
    private int sourcesHit(List<String> claimIds, List<Gold.Ref> refs) {
      Set<String> hitSources = new TreeSet<>();
      for (Gold.Ref ref : refs) {
        ExtractedSource s = sources.get(ref.source());
        if (s == null) {
          continue;
        }
        Span span = locate(s.source().text(), ref.quote(), ref.occurrence());
        for (String id : claimIds) {
          Claim c = claims.get(id);
          if (span != null && c != null && c.source().equals(ref.source()) && c.span().overlaps(span)) {
            hitSources.add(ref.source());
          }
        }
      }
      return hitSources.size();
    }

    /**
     * Whether a finding puts the gold's claims on different sides: no side holds a claim of every
     * quote.
     */
    boolean setsApart(Finding f, List<Gold.Ref> refs) {
      for (var side : f.sides()) {
        boolean all = true;
        for (Gold.Ref ref : refs) {
          ExtractedSource s = sources.get(ref.source());
          Span span = s == null ? null : locate(s.source().text(), ref.quote(), ref.occurrence());
          boolean held = span != null && side.claims().stream().map(claims::get)
              .anyMatch(c -> c != null && c.source().equals(ref.source()) && c.span().overlaps(span));
          all &= held;
        }
        if (all) {
          return false;
        }
      }
      return true;
    }
  }

  static Span locate(String text, String quote, Integer occurrence) {
    int n = occurrence == null ? 1 : occurrence;
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(quote, at + 1);
      if (at < 0) {
        return null;
      }
    }
    return new Span(at, at + quote.length());
  }

  /**
   * Whether a claim is a second place of a gold quote that names several ("جنوب تركيا وشمال
   * سوريا"), whose first already matched: one gold claim, one claim per place, neither a miss
   * nor a false hit.
   */
  private static boolean anotherNamedPlace(
      Claim c, List<Map.Entry<Gold.GoldClaim, Span>> severalPlaces, ValueJudge judge) {
    for (var e : severalPlaces) {
      if (c.kind().id().equals(e.getKey().kind()) && c.span().overlaps(e.getValue())
          && judge.same(c, e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A week or month named relative to publication ("last week", "الشهر الماضي") dates nothing to
   * a day, and the gold format annotates only what does (and month names when they date the
   * event): such a claim is listed as unscored when the gold lacks it, neither right nor wrong.
   */
  private static boolean outsideGoldScope(Claim c) {
    return c.value() instanceof org.tadqiq.model.ClaimValue.When w && w.period() != null
        && w.month() == null;
  }

  private static void add(Map<String, Score> byKind, Map<String, Score> byLanguage, String kind,
      String language, Score s) {
    byKind.merge(kind, s, Score::plus);
    byLanguage.merge(language, s, Score::plus);
  }
}
