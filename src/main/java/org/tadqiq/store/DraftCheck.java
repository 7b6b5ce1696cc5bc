package org.tadqiq.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.align.Facet;
import org.tadqiq.align.FacetMaker;
import org.tadqiq.compare.ConflictFinder;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/**
 * The editor's check: a draft's claims against everything in the store. Each of the draft's facets
 * fetches its group by an index look-up (no scan) — only articles within the policy's time window
 * of the draft, and for offices one article per distinct value — and only disagreements that
 * involve the draft are kept, so the report says which of the draft's sentences disagree with
 * which published ones.
 */
public final class DraftCheck {
  private final RuleBook rules;
  private final CheckPipeline pipeline;

  public DraftCheck(RuleBook rules, CheckPipeline pipeline) {
    this.rules = rules;
    this.pipeline = pipeline;
  }

  public CheckResult check(List<ExtractedSource> drafts, ClaimStore store) throws SQLException {
    FacetMaker maker = new FacetMaker(rules.common());
    ConflictFinder finder = new ConflictFinder(rules.common(), pipeline.explainer());
    List<Finding> findings = new ArrayList<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (ExtractedSource draft : drafts) {
      String id = draft.source().id();
      draft.claims().forEach(c -> claims.put(c.id(), c));
      Map<String, List<Facet>> groups = new LinkedHashMap<>();
      for (Facet f : maker.facetsOf(draft)) {
        groups.computeIfAbsent(f.groupKey(), k -> new ArrayList<>()).add(f);
      }
      // a draft without a date is being written now
      java.time.LocalDate when = draft.source().published() != null
          ? draft.source().published() : java.time.LocalDate.now();
      for (List<Facet> mine : groups.values()) {
        List<Facet> group = new ArrayList<>();
        var policy = mine.get(0).policy();
        for (Facet stored : store.group(policy, mine.get(0).key(), when,
            policy.windowDays(rules.common()), !policy.allowsSeveralValues())) {
          if (!stored.claim().source().equals(id)) { // the draft may already be in the store
            group.add(stored);
          }
        }
        if (group.isEmpty()) {
          continue;
        }
        group.addAll(mine);
        Finding f = finder.judge(group, id);
        if (f != null && f.verdict() != Finding.Verdict.AGREEMENT) {
          findings.add(f);
          group.forEach(x -> claims.putIfAbsent(x.claim().id(), x.claim()));
        }
      }
    }
    Set<String> quoted = new LinkedHashSet<>();
    findings.forEach(f -> quoted.addAll(f.claims()));
    List<Claim> shown = claims.values().stream()
        .filter(c -> quoted.contains(c.id()) || drafts.stream().anyMatch(d -> d.source().id().equals(c.source())))
        .toList();
    return new CheckResult(rules, drafts, shown, List.of(), ConflictFinder.rankAndNumber(findings),
        finder.comparisons(), Map.of());
  }
}
