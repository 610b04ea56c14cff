package se.tjanstekatalog.shared.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Sits between a CSV file and Commons CSV and follows the file the way Commons CSV's lexer
 * reads it (separator, {@code "} quotes with {@code ""} inside, surrounding spaces ignored,
 * CR, LF or CRLF ending a row), so that reading stops at once, with the row and column, when
 * <ul>
 *   <li>a field grows beyond {@link #MAX_FIELD} characters or a row beyond {@link #MAX_ROW}
 *       (Commons CSV 1.14 has no such limit: one unterminated quote made it collect the rest of
 *       a 255 MB file into one field, and the portal ran out of memory);</li>
 *   <li>a quoted field is never closed, or something other than spaces follows its closing
 *       quote (Commons CSV refuses both, with an English message and no column).</li>
 * </ul>
 * Rows are numbered as {@link TabularFile} numbers them: one per record, the header being 1
 * (a quoted field across lines keeps its row). Commons CSV reads ahead, so this reader may
 * stop on a row after the one the importer last saw; that row is the one named.
 */
final class CheckedCsvReader extends FilterReader {
  /** Longer than any code, name, reference or FOCUS tag list a real file has. */
  static final int MAX_FIELD = 64 * 1024;
  /** A row of all the columns a FOCUS bill has, and then some. */
  static final int MAX_ROW = 1024 * 1024;
  private static final int SAMPLE = 40;

  private enum State { START, PLAIN, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTE }

  /**
   * Where reading stopped and why: the row, the column's name in the header (its number while
   * the header itself is read, or where the header has no name for it) and the start of the
   * field's value.
   */
  static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;
    final long row;
    final String column;
    final String sample;
    final String key;
    final transient Object[] args;

    Stop(long row, String column, String sample, String key, Object... args) {
      super(key + " at row " + row + ", column " + column);
      this.row = row;
      this.column = column;
      this.sample = sample;
      this.key = key;
      this.args = args;
    }

    ImportProblem problem() {
      return ImportProblem.of(row, column, sample, key, args);
    }
  }

  private final char delimiter;
  private final int maxField;
  private final int maxRow;
  private State state = State.START;
  private boolean afterCr;
  private long row = 1;
  private int column = 1;
  private int fieldLength;
  private int rowLength;
  private final StringBuilder sample = new StringBuilder(SAMPLE);
  /** The first row with content, as the importer takes it for the header; null until read. */
  private List<String> header;
  private final List<String> headerCells = new ArrayList<>();
  private final StringBuilder headerCell = new StringBuilder();

  CheckedCsvReader(Reader in, char delimiter) {
    this(in, delimiter, MAX_FIELD, MAX_ROW);
  }

  CheckedCsvReader(Reader in, char delimiter, int maxField, int maxRow) {
    super(in);
    this.delimiter = delimiter;
    this.maxField = maxField;
    this.maxRow = maxRow;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c < 0) {
      end();
    } else {
      accept((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      end();
    }
    for (int i = 0; i < n; i++) {
      accept(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void accept(char c) throws Stop {
    if (afterCr) {
      afterCr = false;
      if (c == '\n') {
        return;
      }
    }
    rowLength++;
    switch (state) {
      case START -> {
        if (c == delimiter) {
          nextField();
        } else if (c == '\r' || c == '\n') {
          nextRow(c);
        } else if (c == '"') {
          state = State.QUOTED;
        } else if (!Character.isWhitespace(c)) {
          state = State.PLAIN;
          content(c);
        }
      }
      case PLAIN -> {
        if (c == delimiter) {
          nextField();
        } else if (c == '\r' || c == '\n') {
          nextRow(c);
        } else {
          content(c);
        }
      }
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        } else {
          content(c);
        }
      }
      case QUOTE_IN_QUOTED -> {
        if (c == '"') {
          state = State.QUOTED;
          content(c);
        } else {
          afterQuote(c);
        }
      }
      case AFTER_QUOTE -> afterQuote(c);
      default -> throw new IllegalStateException(state.name());
    }
    if (rowLength > maxRow) {
      throw stop("import.problem.rowTooLong", maxRow);
    }
  }

  private void afterQuote(char c) throws Stop {
    state = State.AFTER_QUOTE;
    if (c == delimiter) {
      nextField();
    } else if (c == '\r' || c == '\n') {
      nextRow(c);
    } else if (!Character.isWhitespace(c)) {
      throw stop("import.problem.afterQuote");
    }
  }

  private void content(char c) throws Stop {
    fieldLength++;
    if (sample.length() < SAMPLE) {
      sample.append(c);
    }
    if (header == null) {
      headerCell.append(c);
    }
    if (fieldLength > maxField) {
      throw stop("import.problem.fieldTooLong", maxField);
    }
  }

  private void nextField() {
    if (header == null) {
      headerCells.add(headerCell.toString().strip());
      headerCell.setLength(0);
    }
    column++;
    fieldLength = 0;
    sample.setLength(0);
    state = State.START;
  }

  private void nextRow(char c) {
    nextField();
    if (header == null && headerCells.stream().anyMatch(h -> !h.isEmpty())) {
      header = List.copyOf(headerCells);
    }
    headerCells.clear();
    column = 1;
    rowLength = 0;
    row++;
    afterCr = c == '\r';
  }

  private void end() throws Stop {
    if (state == State.QUOTED) {
      throw stop("import.problem.unclosedQuote");
    }
  }

  private Stop stop(String key, Object... args) {
    String shown = sample.length() < SAMPLE ? sample.toString() : sample + "…";
    String name = header != null && column <= header.size() && !header.get(column - 1).isEmpty()
        ? header.get(column - 1) : String.valueOf(column);
    return new Stop(row, name, shown, key, args);
  }
}
