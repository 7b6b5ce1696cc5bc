package org.tadqiq.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated table of rules/ (a gazetteer, a list of people): lines starting with {@code #}
 * are comments, the first other line names the columns, lists inside a cell are separated by
 * {@code ;}. A row with the wrong number of cells is an error naming file and line.
 */
final class TsvTable {
  /** One row, with the line it was read from. */
  record Row(int line, List<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column).strip() : "";
    }

    List<String> list(int column) {
      List<String> out = new ArrayList<>();
      for (String v : cell(column).split(";")) {
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      }
      return out;
    }
  }

  private final Path file;
  private final List<String> columns;
  private final List<Row> rows;

  private TsvTable(Path file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  static TsvTable read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleFileException(file, 0, null, "cannot read: " + e.getMessage());
    }
    List<String> columns = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (columns == null) {
        columns = cells.stream().map(String::strip).toList();
      } else if (cells.size() != columns.size()) {
        throw new RuleFileException(file, i + 1, null,
            "expected " + columns.size() + " tab-separated cells " + columns + ", found " + cells.size());
      } else {
        rows.add(new Row(i + 1, cells));
      }
    }
    if (columns == null) {
      throw new RuleFileException(file, 1, null, "no header line naming the columns");
    }
    return new TsvTable(file, columns, List.copyOf(rows));
  }

  Path file() {
    return file;
  }

  String firstColumn() {
    return columns.get(0);
  }

  List<Row> rows() {
    return rows;
  }

  /** The index of a column, or an error naming the file and the columns it has. */
  int column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new RuleFileException(file, 1, null, "no column '" + name + "', columns are " + columns);
    }
    return i;
  }
}
