package org.tadqiq.report;

import java.util.List;

/** What the HTML template shows, already in display form and in the interface language. */
public record ReportView(
    Labels t,
    String title,
    String mode,
    String script,
    String contentSecurityPolicy,
    List<Total> totals,
    String claimsByKind,
    List<String> draftLines,
    String draftWarning,
    String storeLine,
    List<SectionView> sections,
    List<EventView> events,
    int eventsHidden,
    List<SourceView> texts,
    List<InputView> inputs,
    String inputsMore,
    long inputsTotal) {

  /** One count at the top of the report. */
  public record Total(String label, String value, String cssClass) {}

  /** The findings of one verdict: title, what the verdict means, and the cards shown. */
  public record SectionView(
      String id, String cssClass, String title, String explain, String empty, long total,
      String shownNote, List<FindingView> findings) {}

  /** One finding, ready to read: what disagrees and why, then the sides. */
  public record FindingView(
      String id, int rank, String cssClass, String verdict, String headline, String why,
      String kind, String policy, String confidence, String confidenceText, String key,
      String signature, String summary, String decisionKind, String decisionText,
      List<SideView> sides) {}

  /**
   * One position: its value in words, how many sources take it, and the first few quotes (the
   * rest on demand). A side may say who asserts it, or stand for a row of a reference table.
   */
  public record SideView(
      String value, String count, int sources, boolean odd, boolean draft, String whoSays,
      String knowledgeRow, List<EvidenceView> shown, List<EvidenceView> more, String moreLabel,
      String hiddenLabel) {}

  /** One claim quoted in its sentence, with where it was published. */
  public record EvidenceView(
      String source, String outlet, String date, String iso, String title, String url, String lang, String dir,
      boolean draft, boolean hasText, String technical, String moreInSource,
      List<Highlighter.Segment> sentence) {}

  /** An event and who describes it. */
  public record EventView(
      String id, String description, String participants, List<String> sources, int claims) {}

  /** One source's text with every claim highlighted. */
  public record SourceView(
      String id, String title, String lang, String dir, boolean ok, String notShown,
      String claims, List<String> leftOut, List<Highlighter.Segment> text) {}

  /** One row of the inputs table; {@code copies}: the other sources that copy the same dispatch. */
  public record InputView(
      String id, String path, String status, boolean ok, String language, String published,
      String outlet, String title, String url, long claims, List<String> problems, boolean hasText,
      List<String> copies) {}
}
