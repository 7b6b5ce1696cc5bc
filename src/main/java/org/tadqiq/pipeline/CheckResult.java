package org.tadqiq.pipeline;

import java.util.List;
import org.tadqiq.align.Event;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.rules.RuleBook;

/** Everything one check found, in a stable order: what the reports are written from. */
public record CheckResult(
    RuleBook rules,
    List<ExtractedSource> sources,
    List<Claim> claims,
    List<Event> events,
    List<Finding> findings,
    long comparisons,
    java.util.Map<String, Long> skippedRecords) {

  public List<Finding> with(Finding.Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).toList();
  }

  public int problemCount() {
    return sources.stream().mapToInt(s -> s.source().problems().size()).sum();
  }

  public long readableSources() {
    return sources.stream().filter(s -> s.source().readable()).count();
  }
}
