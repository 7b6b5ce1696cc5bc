package org.tadqiq.report;

import java.time.LocalDate;
import java.util.Map;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.review.Decision;

/**
 * Everything a report is written from: the result, what kind of run it was, and what the run
 * knows beside the result (the metadata of stored articles quoted, the store, the decisions).
 *
 * @param known metadata of sources quoted in findings but not among the result's sources (stored
 *     articles); their text is empty
 * @param ui the interface language ("en", "ar"), or null for the sources' majority language
 */
public record ReportInput(
    CheckResult result,
    Mode mode,
    Map<String, Source> known,
    DraftSummary draft,
    StoreSummary store,
    Map<String, Decision> decisions,
    String ui) {

  /** Which command wrote the report. */
  public enum Mode { CHECK, AUDIT, DRAFT }

  public ReportInput {
    known = known == null ? Map.of() : Map.copyOf(known);
    decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
  }

  public static ReportInput check(CheckResult result, String ui) {
    return new ReportInput(result, Mode.CHECK, Map.of(), null, null, Map.of(), ui);
  }

  /**
   * What a draft was compared with.
   *
   * @param dateFrom "published" (its header), "option" (--date) or "today"
   * @param nothingCompared null when something was compared, else why not ("noclaims",
   *     "nomatch", "unreadable")
   */
  public record DraftSummary(
      String store, long storeArticles, LocalDate date, String dateFrom, int windowDays,
      long storedInWindow, long storedUndated, int draftClaims, int claimsMet,
      int storedSourcesMet, long comparisons, String nothingCompared) {}

  /**
   * The claim store a report was written from.
   *
   * @param dismissed conflicts a reviewer dismissed (whose positions have not changed since)
   * @param claimsPerArticle claim counts of the articles listed (their claims are not loaded)
   */
  public record StoreSummary(String path, long articles, long read, long claims, long dismissed,
      Map<String, Integer> claimsPerArticle) {
    public StoreSummary {
      claimsPerArticle = claimsPerArticle == null ? Map.of() : Map.copyOf(claimsPerArticle);
    }
  }
}
