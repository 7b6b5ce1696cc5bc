package org.tadqiq.report;

import java.util.List;

/** What the HTML template shows, already in display form. */
public record ReportView(
    Totals totals,
    List<FindingView> conflicts,
    List<FindingView> possible,
    List<FindingView> agreements,
    List<EventView> events,
    List<SourceView> sources) {

  /** The counts at the top of the report. */
  public record Totals(
      int inputs, long read, int claims, int events, int conflicts, int possible,
      int agreements, int problems, long comparisons, String claimsByKind) {}

  /** A conflict, possible conflict or agreement. */
  public record FindingView(
      String id, String summary, String policy, String kind, String confidence, String key,
      List<SideView> sides) {}

  /** One position in a finding, with its evidence. */
  public record SideView(String value, List<EvidenceView> evidence) {}

  /** One claim quoted in its sentence. */
  public record EvidenceView(
      String source, String sourceTitle, String claim, String rule, int start, int end,
      String quote, String lang, String dir, int more, List<Highlighter.Segment> sentence) {}

  /** An event and who describes it. */
  public record EventView(
      String id, String description, String participants, List<String> sources, int claims) {}

  /** One input: its status, problems, and its text with every claim highlighted. */
  public record SourceView(
      String id, String path, String title, String outlet, String published, String language,
      String lang, String dir, String status, boolean ok, List<String> problems, int claims,
      List<String> leftOut, List<Highlighter.Segment> text) {}
}
