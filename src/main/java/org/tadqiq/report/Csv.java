package org.tadqiq.report;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break. */
public final class Csv {
  private Csv() {}

  public static String row(List<?> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String f = fields.get(i) == null ? "" : String.valueOf(fields.get(i));
      // a leading = + - @ would run as a formula in a spreadsheet: quote it with a leading '
      if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9.]+")) {
        f = "'" + f;
      }
      if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.append("\r\n").toString();
  }

  /** Every record of a CSV text (quoted fields may hold commas and line breaks). */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
