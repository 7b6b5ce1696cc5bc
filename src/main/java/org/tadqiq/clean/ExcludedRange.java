package org.tadqiq.clean;

import org.tadqiq.model.Span;

/**
 * A part of a source that is page furniture, not the article: claims inside it are not the
 * source's own. {@code normalized} is the same range in normalized text.
 */
public record ExcludedRange(Span original, Span normalized, String marker) {}
