package org.tadqiq.model;

import java.util.Objects;

/**
 * One atomic claim found in one source by one rule.
 *
 * @param subject what the claim is about (a person id, an event key)
 * @param attribute what is asserted of the subject (duration, count:drone, status, place ...)
 * @param frame the event the claim belongs to, or null when it is about no event
 * @param context the sentence around the quote, so evidence can be shown without the whole text
 * @param contextStart where {@code context} starts in the original text
 * @param attribution who the sentence says asserts the claim, or null when it names no one
 */
public record Claim(
    String id,
    String source,
    ClaimKind kind,
    String subject,
    String attribute,
    ClaimValue value,
    Span span,
    String quote,
    String rule,
    EventFrame frame,
    Modality modality,
    String context,
    int contextStart,
    Attribution attribution) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(modality, "modality");
  }

  /** The same claim, asserted by {@code who}. */
  public Claim withAttribution(Attribution who) {
    return new Claim(id, source, kind, subject, attribute, value, span, quote, rule, frame,
        modality, context, contextStart, who);
  }
}
