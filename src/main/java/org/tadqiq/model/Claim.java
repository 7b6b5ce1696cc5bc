package org.tadqiq.model;

import java.util.Objects;

/**
 * One atomic claim found in one source by one rule.
 *
 * <p>A check holds every claim of an archive until its reports are written, so a claim is kept
 * compact: its span as two ints; its sentence ({@code context}) as a range of {@link
 * ClaimSentences} that the claims of one source share (deflated in a check); and its quote not as
 * a string of its own when the quote is the slice of its sentence at the span — then {@link
 * #quote()} cuts it from the sentence. A quote that is not that slice (a claim read back from a
 * store without its sentence) is kept as given.
 *
 * @param subject what the claim is about (a person id, an event key)
 * @param attribute what is asserted of the subject (duration, count:drone, status, place ...)
 * @param frame the event the claim belongs to, or null when it is about no event
 * @param context the sentence around the quote, so evidence can be shown without the whole text
 * @param contextStart where {@code context} starts in the original text
 * @param attribution who the sentence says asserts the claim, or null when it names no one
 */
public final class Claim {
  /**
   * The attribute of an office claim whose holder the article did not name: a title alone ("the
   * Russian president") that the office table resolved at the article's day. It makes its holder
   * a participant of the sentence's events, and is never compared (the table, not the article,
   * said who it is).
   */
  public static final String REFERENCE = "reference";

  private final String id;
  private final String source;
  private final ClaimKind kind;
  private final String subject;
  private final String attribute;
  private final ClaimValue value;
  private final int start;
  private final int end;
  /** null when the quote is the context's slice at the span (see the class comment) */
  private final String ownQuote;
  private final String rule;
  private final EventFrame frame;
  private final Modality modality;
  /** null when the claim has no sentence */
  private final ClaimSentences sentences;
  /** where the claim's sentence is in {@code sentences}, and its length */
  private final int contextAt;
  private final int contextLength;
  private final int contextStart;
  private final Attribution attribution;

  public Claim(
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
    this(id, source, kind, subject, attribute, value, Objects.requireNonNull(span, "span").start(),
        span.end(), ownQuote(Objects.requireNonNull(quote, "quote"), span, context, contextStart),
        rule, frame, modality, context == null ? null : ClaimSentences.plain(context), 0,
        context == null ? 0 : context.length(), contextStart, attribution);
  }

  private Claim(String id, String source, ClaimKind kind, String subject, String attribute,
      ClaimValue value, int start, int end, String ownQuote, String rule, EventFrame frame,
      Modality modality, ClaimSentences sentences, int contextAt, int contextLength,
      int contextStart, Attribution attribution) {
    this.id = Objects.requireNonNull(id, "id");
    this.source = Objects.requireNonNull(source, "source");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = subject;
    this.attribute = attribute;
    this.value = Objects.requireNonNull(value, "value");
    this.start = start;
    this.end = end;
    this.ownQuote = ownQuote;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.frame = frame;
    this.modality = Objects.requireNonNull(modality, "modality");
    this.sentences = sentences;
    this.contextAt = contextAt;
    this.contextLength = contextLength;
    this.contextStart = contextStart;
    this.attribution = attribution;
  }

  /** The quote to keep: none when the sentence holds it at the span. */
  private static String ownQuote(String quote, Span span, String context, int contextStart) {
    int from = span.start() - contextStart;
    boolean inContext = context != null && from >= 0 && span.end() - span.start() == quote.length()
        && span.end() - contextStart <= context.length()
        && context.regionMatches(from, quote, 0, quote.length());
    return inContext ? null : quote;
  }

  public String id() {
    return id;
  }

  public String source() {
    return source;
  }

  public ClaimKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public String attribute() {
    return attribute;
  }

  public ClaimValue value() {
    return value;
  }

  public Span span() {
    return new Span(start, end);
  }

  public String quote() {
    if (ownQuote != null) {
      return ownQuote;
    }
    int from = contextAt + start - contextStart;
    return sentences.text().substring(from, from + end - start);
  }

  public String rule() {
    return rule;
  }

  public EventFrame frame() {
    return frame;
  }

  public Modality modality() {
    return modality;
  }

  public String context() {
    if (sentences == null) {
      return null;
    }
    String text = sentences.text();
    return contextAt == 0 && contextLength == text.length() ? text
        : text.substring(contextAt, contextAt + contextLength);
  }

  public int contextStart() {
    return contextStart;
  }

  public Attribution attribution() {
    return attribution;
  }

  /** The same claim, asserted by {@code who}. */
  public Claim withAttribution(Attribution who) {
    return new Claim(id, source, kind, subject, attribute, value, start, end, ownQuote, rule, frame,
        modality, sentences, contextAt, contextLength, contextStart, who);
  }

  /**
   * The same claim told of other ids: its subject, value, event and attribution as given (a run
   * that finds two ids to be one person renames them in every claim); its quote and sentence as
   * they were.
   */
  public Claim renamed(String otherSubject, ClaimValue otherValue, EventFrame otherFrame,
      Attribution otherAttribution) {
    return new Claim(id, source, kind, otherSubject, attribute,
        Objects.requireNonNull(otherValue, "value"), start, end, ownQuote, rule, otherFrame,
        modality, sentences, contextAt, contextLength, contextStart, otherAttribution);
  }

  /**
   * The same claim holding {@code shared}'s instance of each of its parts that equals one seen
   * before in the run, so that equal parts of many claims are held once ({@code frames}: those of
   * the claim's source), and its sentence at {@code contextAt} in {@code ofSource}, the sentences
   * of its source's claims.
   */
  Claim sharing(SharedParts shared, java.util.Map<EventFrame, EventFrame> frames,
      ClaimSentences ofSource, int contextAt) {
    return new Claim(id, source, kind, shared.of(subject), shared.of(attribute), shared.value(value),
        start, end, ownQuote, shared.of(rule), shared.frame(frame, frames), modality,
        sentences == null ? null : ofSource, contextAt, contextLength, contextStart,
        shared.attribution(attribution));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c && id.equals(c.id) && source.equals(c.source) && kind == c.kind
        && Objects.equals(subject, c.subject) && Objects.equals(attribute, c.attribute)
        && value.equals(c.value) && start == c.start && end == c.end && quote().equals(c.quote())
        && rule.equals(c.rule) && Objects.equals(frame, c.frame) && modality == c.modality
        && Objects.equals(context(), c.context()) && contextStart == c.contextStart
        && Objects.equals(attribution, c.attribution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, kind, subject, attribute, value, start, end, rule, frame,
        modality, contextStart, attribution);
  }

  @Override
  public String toString() {
    return "Claim[id=" + id + ", source=" + source + ", kind=" + kind + ", subject=" + subject
        + ", attribute=" + attribute + ", value=" + value + ", span=" + span() + ", quote=" + quote()
        + ", rule=" + rule + ", frame=" + frame + ", modality=" + modality + ", context=" + context()
        + ", contextStart=" + contextStart + ", attribution=" + attribution + "]";
  }
}
