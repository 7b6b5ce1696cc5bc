package org.tadqiq.extract;

import java.util.List;
import org.tadqiq.clean.ExcludedRange;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;

/**
 * A source after extraction: its claims and the furniture left out of it.
 *
 * @param length the length of the source's text, kept when the text itself is let go
 */
public record ExtractedSource(
    Source source, List<Claim> claims, List<ExcludedRange> excluded, int sentences, int length) {
  public ExtractedSource {
    claims = List.copyOf(claims);
    excluded = List.copyOf(excluded);
  }

  public ExtractedSource(Source source, List<Claim> claims, List<ExcludedRange> excluded, int sentences) {
    this(source, claims, excluded, sentences, source.text().length());
  }

  /** The same without the article text: claims keep their quotes and sentences. */
  public ExtractedSource withoutText() {
    Source s = source;
    Source lean = new Source(s.id(), s.path(), s.url(), s.outlet(), s.title(), s.language(),
        s.published(), "", s.status(), s.problems());
    return new ExtractedSource(lean, claims, excluded, sentences, length);
  }

  /** The same source with these claims (its own, made leaner). */
  public ExtractedSource withClaims(List<Claim> lean) {
    return new ExtractedSource(source, lean, excluded, sentences, length);
  }

  public boolean hasText() {
    return length == 0 || !source.text().isEmpty();
  }
}
