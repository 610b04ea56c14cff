package se.tjanstekatalog.shared.imports;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/** Rows with a header: a file, or a feed's JSON body turned into rows. */
public interface RowSource {
  void read(TabularFile.RowHandler handler, LongConsumer progress) throws IOException;

  /** The encoding found, for the report ("UTF-8 (BOM)", "Windows-1252", "xlsx", "JSON"). */
  String encodingLabel();

  /** The separator found ("semikolon", "komma"), or "" where there is none. */
  default String delimiterLabel() {
    return "";
  }

  /**
   * Rows made in memory (a grid, generated data), numbered as in a file: the header is row
   * 1, the first row is row 2.
   */
  static RowSource of(List<String> header, List<String[]> rows) {
    return new RowSource() {
      @Override
      public void read(TabularFile.RowHandler handler, LongConsumer progress) {
        handler.header(header.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
          handler.row(i + 2L, rows.get(i));
        }
      }

      @Override
      public String encodingLabel() {
        return "";
      }
    };
  }
}
