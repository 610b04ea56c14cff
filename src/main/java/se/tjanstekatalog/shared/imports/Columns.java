package se.tjanstekatalog.shared.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the columns an import needs in a file's header row, by any of their accepted names
 * (case, spaces and punctuation ignored), and reads cells from a row by column.
 */
public final class Columns {
  /** A column an import reads: its display name (Swedish) and the header names it accepts. */
  public record Column(String label, boolean required, Set<String> names) {
    public static Column required(String label, String... names) {
      return new Column(label, true, normalised(label, names));
    }

    public static Column optional(String label, String... names) {
      return new Column(label, false, normalised(label, names));
    }

    private static Set<String> normalised(String label, String... names) {
      Set<String> all = Arrays.stream(names).map(TabularFile::normaliseHeader)
          .collect(Collectors.toSet());
      all.add(TabularFile.normaliseHeader(label));
      return Set.copyOf(all);
    }
  }

  private final List<Column> columns;
  private final int[] index;
  private final String[] headerNames;

  private Columns(List<Column> columns, int[] index, String[] headerNames) {
    this.columns = columns;
    this.index = index;
    this.headerNames = headerNames;
  }

  /** Resolves the columns in a header; a missing required or repeated column is a problem. */
  public static Columns resolve(String[] header, List<Column> columns, List<ImportProblem> problems) {
    int[] index = new int[columns.size()];
    String[] names = new String[columns.size()];
    Arrays.fill(index, -1);
    for (int h = 0; h < header.length; h++) {
      String name = TabularFile.normaliseHeader(header[h]);
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).names().contains(name)) {
          if (index[c] >= 0) {
            problems.add(ImportProblem.of(1, header[h], header[h], "import.problem.columnTwice",
                columns.get(c).label()));
          } else {
            index[c] = h;
            names[c] = header[h];
          }
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (Column column : columns) {
      expected.add(column.label());
    }
    for (int c = 0; c < columns.size(); c++) {
      if (index[c] < 0) {
        names[c] = columns.get(c).label();
        if (columns.get(c).required()) {
          problems.add(ImportProblem.of(1, columns.get(c).label(), "",
              "import.problem.columnMissing", columns.get(c).label(), String.join("; ", expected)));
        }
      }
    }
    return new Columns(columns, index, names);
  }

  /** The cell of column {@code c} (its position in the list given to resolve), or "". */
  public String cell(String[] row, int c) {
    int i = index[c];
    if (i < 0 || i >= row.length || row[i] == null) {
      return "";
    }
    return row[i];
  }

  public boolean present(int c) {
    return index[c] >= 0;
  }

  /** The column's name as the file writes it (or its label if the file lacks it). */
  public String name(int c) {
    return headerNames[c];
  }

  public int size() {
    return columns.size();
  }
}
