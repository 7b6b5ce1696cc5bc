package org.tadqiq.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.Span;
import org.tadqiq.pipeline.CheckResult;

/**
 * Scores a check against gold. A found claim matches a gold claim of the same source and kind whose
 * quote span it overlaps; it is right when the canonical values are equal (white space folded). A
 * found conflict matches a gold conflict of its kind when its claims overlap the gold's quotes in at
 * least two sources.
 */
public final class Evaluator {

  public EvalResult evaluate(Gold gold, CheckResult result) {
    Map<String, ExtractedSource> sources = new LinkedHashMap<>();
    result.sources().forEach(s -> sources.put(s.source().id(), s));
    List<String> problems = new ArrayList<>();
    Map<String, Score> byKind = new LinkedHashMap<>();
    for (ClaimKind k : ClaimKind.values()) {
      byKind.put(k.id(), new Score(0, 0, 0));
    }
    List<EvalResult.Item> misses = new ArrayList<>();
    List<EvalResult.Item> falseHits = new ArrayList<>();

    for (Map.Entry<String, Gold.GoldSource> g : gold.sources().entrySet()) {
      ExtractedSource s = sources.get(g.getKey());
      if (s == null) {
        problems.add("gold source '" + g.getKey() + "' was not among the inputs");
        continue;
      }
      String text = s.source().text();
      List<Claim> found = new ArrayList<>(s.claims());
      boolean[] used = new boolean[found.size()];
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
          if (best < 0 || sameValue(c, gc.value()) && !sameValue(found.get(best), gc.value())) {
            best = i;
          }
        }
        if (best >= 0 && sameValue(found.get(best), gc.value())) {
          used[best] = true;
          add(byKind, gc.kind(), new Score(1, 0, 0));
        } else {
          add(byKind, gc.kind(), new Score(0, 0, 1));
          String foundValue = best < 0 ? null : found.get(best).value().canonical();
          misses.add(new EvalResult.Item(g.getKey(), gc.kind(), gc.quote(), span.start(), gc.value(),
              foundValue));
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          Claim c = found.get(i);
          add(byKind, c.kind().id(), new Score(0, 1, 0));
          falseHits.add(new EvalResult.Item(c.source(), c.kind().id(), c.quote(), c.span().start(),
              null, c.value().canonical()));
        }
      }
    }
    Score all = byKind.values().stream().reduce(new Score(0, 0, 0), Score::plus);

    List<Finding> conflicts = result.with(Finding.Verdict.CONFLICT);
    Map<String, Claim> claimsById = new LinkedHashMap<>();
    result.claims().forEach(c -> claimsById.put(c.id(), c));
    List<String> missedConflicts = new ArrayList<>();
    boolean[] matchedFound = new boolean[conflicts.size()];
    int goldMatched = 0;
    List<Gold.Group> goldConflicts = gold.conflicts() == null ? List.of() : gold.conflicts();
    for (Gold.Group g : goldConflicts) {
      boolean hit = false;
      for (int i = 0; i < conflicts.size(); i++) {
        if (covers(conflicts.get(i), g, claimsById, sources)) {
          matchedFound[i] = true;
          hit = true;
        }
      }
      if (hit) {
        goldMatched++;
      } else {
        missedConflicts.add(g.kind() + ": " + g.note());
      }
    }
    List<String> falseConflicts = new ArrayList<>();
    for (int i = 0; i < conflicts.size(); i++) {
      if (!matchedFound[i]) {
        falseConflicts.add(conflicts.get(i).id() + " " + conflicts.get(i).summary());
      }
    }
    List<String> violations = new ArrayList<>();
    for (Gold.Group g : gold.nonConflicts() == null ? List.<Gold.Group>of() : gold.nonConflicts()) {
      for (Finding f : result.findings()) {
        if (f.verdict() != Finding.Verdict.AGREEMENT && covers(f, g, claimsById, sources)) {
          violations.add(f.id() + " flags a known non-conflict (" + g.note() + ")");
        }
      }
    }
    int foundRight = 0;
    for (boolean b : matchedFound) {
      foundRight += b ? 1 : 0;
    }
    Score conflictScore = new Score(foundRight, conflicts.size() - foundRight,
        goldConflicts.size() - goldMatched);
    return new EvalResult(byKind, all, conflictScore, misses, falseHits, missedConflicts,
        falseConflicts, violations, problems);
  }

  private static boolean covers(Finding f, Gold.Group g, Map<String, Claim> claims,
      Map<String, ExtractedSource> sources) {
    if (!f.kind().id().equals(g.kind())) {
      return false;
    }
    java.util.Set<String> hitSources = new java.util.TreeSet<>();
    for (Gold.Ref ref : g.claims()) {
      ExtractedSource s = sources.get(ref.source());
      if (s == null) {
        continue;
      }
      Span span = locate(s.source().text(), ref.quote(), ref.occurrence());
      for (String id : f.claims()) {
        Claim c = claims.get(id);
        if (span != null && c.source().equals(ref.source()) && c.span().overlaps(span)) {
          hitSources.add(ref.source());
        }
      }
    }
    return hitSources.size() >= 2;
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

  private static boolean sameValue(Claim c, String value) {
    return fold(c.value().canonical()).equals(fold(value));
  }

  private static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static void add(Map<String, Score> byKind, String kind, Score s) {
    byKind.merge(kind, s, Score::plus);
  }
}
