package se.tjanstekatalog.consumption.control;

import java.io.IOException;
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
}
