package org.tadqiq.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tadqiq.align.Event;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.rules.RuleBook;

/**
 * Everything one check found, in a stable order: what the reports are written from.
 *
 * @param declared the counts when the lists hold only part of the result (a store's report shows
 *     its top findings and their claims, not every article); null to count the lists
 * @param copyGroups source id → the id of its group of copies of one dispatch (sources without
 *     copies are absent)
 * @param support how many independent sources make each claim (claims compared with nothing are
 *     absent; see {@code compare.Corroboration})
 */
public record CheckResult(
    RuleBook rules,
    List<ExtractedSource> sources,
    List<Claim> claims,
    List<Event> events,
    List<Finding> findings,
    long comparisons,
    Map<String, Long> skippedRecords,
    Counts declared,
    Map<String, String> copyGroups,
    org.tadqiq.compare.ClaimSupport support) {

  /** The totals a report shows. */
  public record Counts(long inputs, long read, long claims, long events, long conflicts,
      long possible, long agreements, long problems, Map<String, Long> claimsByKind) {}

  public CheckResult(RuleBook rules, List<ExtractedSource> sources, List<Claim> claims,
      List<Event> events, List<Finding> findings, long comparisons, Map<String, Long> skippedRecords) {
    this(rules, sources, claims, events, findings, comparisons, skippedRecords, null, Map.of(),
        org.tadqiq.compare.ClaimSupport.NONE);
  }

  public CheckResult(RuleBook rules, List<ExtractedSource> sources, List<Claim> claims,
      List<Event> events, List<Finding> findings, long comparisons, Map<String, Long> skippedRecords,
      Counts declared) {
    this(rules, sources, claims, events, findings, comparisons, skippedRecords, declared, Map.of(),
        org.tadqiq.compare.ClaimSupport.NONE);
  }

  /** The same result, knowing which sources are copies of one dispatch. */
  public CheckResult withCopyGroups(Map<String, String> groups) {
    return new CheckResult(rules, sources, claims, events, findings, comparisons, skippedRecords,
        declared, Map.copyOf(groups), support);
  }

  /** The same result, knowing how many independent sources make each claim. */
  public CheckResult withSupport(org.tadqiq.compare.ClaimSupport bySupport) {
    return new CheckResult(rules, sources, claims, events, findings, comparisons, skippedRecords,
        declared, copyGroups, bySupport);
  }

  /** How many independent sources a list of sources is: copies of one dispatch count once. */
  public long independent(List<String> sourceIds) {
    return org.tadqiq.align.CopyGroups.independent(copyGroups, sourceIds);
  }

  public List<Finding> with(Finding.Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).toList();
  }

  public int problemCount() {
    return sources.stream().mapToInt(s -> s.source().problems().size()).sum();
  }

  public long readableSources() {
    return sources.stream().filter(s -> s.source().readable()).count();
  }

  public Counts counts() {
    if (declared != null) {
      return declared;
    }
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (ClaimKind k : ClaimKind.values()) {
      byKind.put(k.id(), claims.stream().filter(c -> c.kind() == k).count());
    }
    return new Counts(sources.size(), readableSources(), claims.size(), events.size(),
        with(Finding.Verdict.CONFLICT).size(), with(Finding.Verdict.POSSIBLE).size(),
        with(Finding.Verdict.AGREEMENT).size(), problemCount(), byKind);
  }
}
