package org.tadqiq.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tadqiq.report.Csv;

/**
 * Reads the decisions a reviewer exported from report.html: JSON ({@code {"decisions": [...]}})
 * or CSV with a header row. A bad entry is reported with its place and skipped; the rest are read.
 */
public final class DecisionsFile {
  /** The CSV columns, in the order report.html writes them. */
  public static final List<String> COLUMNS =
      List.of("finding", "decision", "note", "reviewer", "decided_at", "signature", "summary");

  private DecisionsFile() {}

  public static List<Decision> read(Path file, Consumer<String> problems) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? csv(file, text, problems) : json(file, text, problems);
  }

  private static List<Decision> json(Path file, String text, Consumer<String> problems) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new IOException(file + ": not a decisions file (JSON): " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.isArray() ? root : root.get("decisions");
    if (list == null || !list.isArray()) {
      throw new IOException(file + ": not a decisions file: no \"decisions\" list");
    }
    List<Decision> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode d = list.get(i);
      add(out, file + ": decision " + (i + 1), text(d, "finding"), text(d, "decision"),
          text(d, "note"), text(d, "reviewer"), text(d, "decided_at"), text(d, "signature"),
          text(d, "summary"), problems);
    }
    return out;
  }

  private static List<Decision> csv(Path file, String text, Consumer<String> problems) throws IOException {
    List<List<String>> rows = Csv.parse(text);
    if (rows.isEmpty() || !rows.get(0).contains("finding") || !rows.get(0).contains("decision")) {
      throw new IOException(file + ": not a decisions file (CSV): the first row must name the columns "
          + String.join(",", COLUMNS));
    }
    List<String> header = rows.get(0);
    List<Decision> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String[] v = new String[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        int at = header.indexOf(COLUMNS.get(c));
        v[c] = at >= 0 && at < row.size() ? row.get(at) : null;
      }
      add(out, file + ": row " + (r + 1), v[0], v[1], v[2], v[3], v[4], v[5], v[6], problems);
    }
    return out;
  }

  private static void add(List<Decision> out, String where, String finding, String decision,
      String note, String reviewer, String at, String signature, String summary, Consumer<String> problems) {
    if (finding == null || finding.isBlank()) {
      problems.accept(where + ": no finding id; skipped");
      return;
    }
    String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
    if (!d.equals(Decision.CONFIRMED) && !d.equals(Decision.DISMISSED)) {
      problems.accept(where + ": decision '" + decision + "' is neither confirmed nor dismissed; skipped");
      return;
    }
    out.add(new Decision(finding.strip(), d, note, reviewer, at, signature, summary));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
