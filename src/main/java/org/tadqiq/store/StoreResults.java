package org.tadqiq.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Side;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/**
 * Turns what the store holds into a CheckResult for the reports: the ranked top findings, only the
 * claims they quote (fetched back by id), and every stored article's metadata (never its text),
 * so the report of a large store stays small and still lists what the store holds.
 */
public final class StoreResults {
  /** How many findings of each verdict a report shows (conflicts.jsonl has all conflicts). */
  public record Limits(int conflicts, int possible, int agreements) {}

  /** The result, and each listed article's claim count (its claims are not loaded). */
  public record Loaded(CheckResult result, Map<String, Integer> claimsPerArticle) {}

  /** Sources quoted per side (report.html shows 3, and 20 more on demand). */
  static final int QUOTED_SOURCES = 23;

  private StoreResults() {}

  public static Loaded of(ClaimStore store, RuleBook rules, Limits limits, long comparisons)
      throws SQLException {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(store.findings(Finding.Verdict.CONFLICT, limits.conflicts()));
    // disputes and copying differences are shown apart from conflicts, as many as conflicts
    findings.addAll(store.findings(Finding.Verdict.DISPUTED, limits.conflicts()));
    findings.addAll(store.findings(Finding.Verdict.COPY_DIFFERENCE, limits.conflicts()));
    findings.addAll(store.findings(Finding.Verdict.POSSIBLE, limits.possible()));
    findings.addAll(store.findings(Finding.Verdict.AGREEMENT, limits.agreements()));
    List<Finding> ranked = ConflictFinder.rankAndNumber(findings);
    Set<String> ids = new LinkedHashSet<>();
    for (Finding f : ranked) {
      for (Side s : f.sides()) {
        // a side of a whole archive may hold tens of thousands of claims: the report quotes the
        // first QUOTED_SOURCES sources of each side (conflicts.jsonl has every one)
        Set<String> sources = new java.util.HashSet<>();
        for (String id : s.claims()) {
          String source = id.substring(0, Math.max(0, id.lastIndexOf(':')));
          if (sources.contains(source) || sources.size() < QUOTED_SOURCES) {
            sources.add(source);
            ids.add(id);
          }
        }
      }
    }
    Map<String, Claim> claims = store.claims(new ArrayList<>(ids));
    List<ExtractedSource> sources = new ArrayList<>();
    Map<String, Integer> claimCounts = new HashMap<>();
    store.eachArticle((Source s, Integer n) -> {
      sources.add(new ExtractedSource(s, List.of(), List.of(), 0, 0));
      claimCounts.put(s.id(), n);
    });
    Map<String, Long> t = store.totals();
    Map<String, Long> byKind = new java.util.LinkedHashMap<>();
    for (org.tadqiq.model.ClaimKind k : org.tadqiq.model.ClaimKind.values()) {
      byKind.put(k.id(), t.get("claims." + k.id()));
    }
    CheckResult.Counts counts = new CheckResult.Counts(t.get("articles"), t.get("read"),
        t.get("claims"), 0, t.get("findings.conflict"), t.get("findings.possible"),
        t.get("findings.agreement"), t.get("problems"), byKind);
    // the groups of copies the listed findings' sources belong to (report.json names them)
    Set<String> cited = new java.util.TreeSet<>();
    ranked.forEach(f -> cited.addAll(f.sources()));
    Map<String, String> copies = store.copyIndex(
        org.tadqiq.align.CopyGroups.of(rules.common())).groupsOf(cited);
    CheckResult result = new CheckResult(rules, sources, new ArrayList<>(claims.values()), List.of(),
        ranked, comparisons, Map.of(), counts).withCopyGroups(copies);
    return new Loaded(result, claimCounts);
  }
}
