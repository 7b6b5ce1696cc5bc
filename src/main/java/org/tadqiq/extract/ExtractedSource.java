package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.clean.ExcludedRange;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;

/** A source after extraction: its claims and the furniture left out of it. */
public record ExtractedSource(Source source, List<Claim> claims, List<ExcludedRange> excluded, int sentences) {
  public ExtractedSource {
    claims = List.copyOf(claims);
    excluded = List.copyOf(excluded);
  }
}
