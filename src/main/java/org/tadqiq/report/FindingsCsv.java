package org.tadqiq.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Side;
import org.tadqiq.review.Decision;

/**
 * findings.csv: one row per finding for spreadsheets — id, verdict, confidence, what it is about,
 * each side's value with its source count and sources, and the reviewer's decision if any.
 */
public final class FindingsCsv {
  public static final List<String> COLUMNS = List.of("id", "verdict", "rank", "confidence",
      "policy", "kind", "sources", "summary", "side_1", "side_1_sources", "side_1_source_ids",
      "side_2", "side_2_sources", "side_2_source_ids", "more_sides", "decision", "reviewer",
      "decided_at", "note", "key");

  private final Writer out;

  public FindingsCsv(Writer out) throws IOException {
    this.out = out;
    out.write('\uFEFF'); // spreadsheets read the file as UTF-8 (Arabic) only with the mark
    out.write(Csv.row(COLUMNS));
  }

  public void write(Finding f, int rank, Decision d) throws IOException {
    List<Object> row = new ArrayList<>();
    row.add(f.id());
    row.add(f.verdict().name().toLowerCase(Locale.ROOT));
    row.add(rank);
    row.add(String.format(Locale.ROOT, "%.2f", f.confidence()));
    row.add(f.policy().id());
    row.add(f.kind().id());
    row.add(f.sources().size());
    row.add(f.summary());
    for (int i = 0; i < 2; i++) {
      Side s = i < f.sides().size() ? f.sides().get(i) : null;
      row.add(s == null ? "" : s.value());
      row.add(s == null ? "" : s.sources().size());
      row.add(s == null ? "" : ids(s.sources()));
    }
    row.add(Math.max(0, f.sides().size() - 2));
    row.add(d == null ? "" : d.decision());
    row.add(d == null ? "" : d.reviewer());
    row.add(d == null ? "" : d.decidedAt());
    row.add(d == null ? "" : d.note());
    row.add(f.key());
    out.write(Csv.row(row));
  }

  /** At most 50 ids in a cell: a spreadsheet cell is no place for an archive's worth. */
  private static String ids(List<String> ids) {
    if (ids.size() <= 50) {
      return String.join(" ", ids);
    }
    return String.join(" ", ids.subList(0, 50)) + " … +" + (ids.size() - 50);
  }
}
