package se.tjanstekatalog.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rows streamed into {@code LOAD DATA LOCAL INFILE} while the caller is still producing them.
 * The statement runs on a worker thread and reads, through a small bounded pipe of byte
 * chunks, what the caller writes with {@link #number}, {@link #text} and {@link #endRow}; so
 * the caller's parsing and the server's inserting overlap instead of taking turns. The
 * statement runs on the caller's connection (and so in its transaction): the caller must not
 * use the connection between {@link #start} and {@link #finish} or {@link #close}.
 *
 * <p>The rows are MariaDB's default text format: fields separated by a tab, rows by a newline,
 * a backslash escapes, {@code \N} is NULL. Memory stays at a few chunks whatever the number of
 * rows. See docs/adr/0006-month-sums.md for why the importer writes this way.
 */
public final class LocalInfile implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LocalInfile.class.getName());
  private static final int CHUNK = 64 * 1024;
  private static final int CHUNKS_IN_FLIGHT = 8;
  private static final byte[] END = new byte[0];
  private static final String FORMAT = " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t'"
      + " ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'";

  private final BlockingQueue<byte[]> pipe = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
  private final FutureTask<Long> load;
  private byte[] chunk = new byte[CHUNK + 1024];
  private int length;
  private boolean fieldOpen;
  private long rows;
  private boolean ended;

  private LocalInfile(Connection c, String sql) {
    InputStream in = new PipeInput();
    load = new FutureTask<>(() -> {
      try (Statement s = c.createStatement()) {
        s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
        long loaded = s.executeLargeUpdate(sql);
        if (loaded != rows) {
          throw refused(s.getWarnings(), loaded);
        }
        return loaded;
      }
    });
  }

  /**
   * Whether this connection can load local data at all (the server's {@code local_infile} and
   * the driver's {@code allowLocalInfile}): tried with no rows, which changes nothing.
   */
  public static boolean available(Connection c, String table) {
    try (Statement s = c.createStatement()) {
      s.unwrap(org.mariadb.jdbc.Statement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(new byte[0]));
      s.executeUpdate(statement(table, "", ""));
      return true;
    } catch (SQLException e) {
      LOG.log(Level.INFO, "LOAD DATA LOCAL INFILE is not available, rows are inserted instead: {0}",
          e.getMessage());
      return false;
    }
  }

  /**
   * Starts loading into {@code table}: {@code columns} is the list of the fields each row
   * gives, in order, and {@code set} an optional {@code SET} clause for the columns that are
   * the same in every row (built by the caller from values it checked, never from input).
   */
  public static LocalInfile start(Connection c, String table, String columns, String set,
      Executor worker) {
    LocalInfile infile = new LocalInfile(c, statement(table, columns, set));
    worker.execute(infile.load);
    return infile;
  }

  private static String statement(String table, String columns, String set) {
    return "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table + FORMAT
        + (columns.isEmpty() ? "" : " (" + columns + ")") + (set.isEmpty() ? "" : " SET " + set);
  }

  public LocalInfile number(long value) {
    separate();
    ensure(20);
    String digits = Long.toString(value);
    for (int i = 0; i < digits.length(); i++) {
      chunk[length++] = (byte) digits.charAt(i);
    }
    return this;
  }

  public LocalInfile number(BigDecimal value) {
    return plain(value.toPlainString());
  }

  /** A text field, escaped; null is SQL NULL. */
  public LocalInfile text(String value) {
    if (value == null) {
      return plain("\\N");
    }
    separate();
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    ensure(2 * utf8.length);
    for (byte b : utf8) {
      switch (b) {
        case '\\' -> escape('\\');
        case '\t' -> escape('t');
        case '\n' -> escape('n');
        case '\r' -> escape('r');
        case 0 -> escape('0');
        default -> chunk[length++] = b;
      }
    }
    return this;
  }

  /** Ends the row; a full chunk goes to the statement. */
  public void endRow() throws SQLException {
    ensure(1);
    chunk[length++] = '\n';
    fieldOpen = false;
    rows++;
    if (length >= CHUNK) {
      send(Arrays.copyOf(chunk, length));
      length = 0;
    }
  }

  public long rows() {
    return rows;
  }

  /**
   * Ends the rows and waits for the statement.
   *
   * @return the number of rows loaded, always {@link #rows()}
   * @throws SQLException what the statement threw, or a refusal if the server loaded fewer
   *     rows than were sent (a row it turned into a warning)
   */
  public long finish() throws SQLException {
    end();
    return outcome();
  }

  /** Ends the rows if {@link #finish} did not, and waits for the statement either way. */
  @Override
  public void close() {
    if (ended) {
      return;
    }
    try {
      end();
      load.get();
    } catch (SQLException | ExecutionException e) {
      LOG.log(Level.FINE, "Loading rows ended early", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void end() throws SQLException {
    if (ended) {
      return;
    }
    ended = true;
    if (length > 0) {
      send(Arrays.copyOf(chunk, length));
      length = 0;
    }
    send(END);
  }

  /** Hands a chunk to the statement; if the statement has already failed, says so. */
  private void send(byte[] bytes) throws SQLException {
    try {
      while (!pipe.offer(bytes, 50, TimeUnit.MILLISECONDS)) {
        if (load.isDone()) {
          finishFailed();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while loading rows", e);
    }
  }

  private void finishFailed() throws SQLException {
    outcome();
    throw new SQLException("The statement ended before all rows were sent");
  }

  /** Waits for the statement: the rows it loaded, or what it threw. */
  private long outcome() throws SQLException {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while loading rows", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SQLException sql ? sql
          : new SQLException("Loading rows failed", e.getCause());
    }
  }

  /**
   * With LOCAL the server cannot stop the client mid-file, so it skips a row it refuses and
   * warns (a duplicate key, a trigger's signal). Such a row must fail the whole load.
   */
  private SQLException refused(SQLWarning warning, long loaded) {
    String counts = " (" + loaded + " of " + rows + " rows loaded)";
    return warning == null ? new SQLException("Rows were refused" + counts)
        : new SQLException(warning.getMessage() + counts, warning.getSQLState(),
            warning.getErrorCode());
  }

  private void separate() {
    if (fieldOpen) {
      ensure(1);
      chunk[length++] = '\t';
    }
    fieldOpen = true;
  }

  private LocalInfile plain(String ascii) {
    separate();
    ensure(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      chunk[length++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  private void escape(char c) {
    chunk[length++] = '\\';
    chunk[length++] = (byte) c;
  }

  private void ensure(int more) {
    if (length + more > chunk.length) {
      chunk = Arrays.copyOf(chunk, Math.max(2 * chunk.length, length + more));
    }
  }

  /** The statement's side of the pipe. */
  private final class PipeInput extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == current.length) {
        if (done) {
          return -1;
        }
        try {
          current = pipe.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("Interrupted while waiting for rows");
        }
        position = 0;
        done = current == END;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }
  }
}
