package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import se.tjanstekatalog.platform.BatchInsert;
import se.tjanstekatalog.platform.LocalInfile;
import se.tjanstekatalog.shared.imports.ImportSource;

/**
 * The one writer of consumption: an import's rows, then, in the same transaction, their sums
 * per org and service level ({@code consumption_sum}), which is what the month run reads.
 *
 * <p>The batch row and the open period come with the first row. The rows go to the server as
 * a stream into {@code LOAD DATA LOCAL INFILE} while the file is still being read ({@link
 * LocalInfile}); where the server or driver does not allow local data, as JDBC batches of
 * {@value #BATCH} INSERTs. Either way the session variable {@code @tk_import_batch} names the
 * batch, so the rows' trigger leaves the sums to this class (changeset 0010).
 */
final class ConsumptionRows implements AutoCloseable {
  static final int BATCH = 10_000;
  private static final String COLUMNS = "row_no, org_id, level_id, quantity, reference";

  private final Connection c;
  private final ImportSource source;
  private final Executor worker;
  private final Map<Key, Sum> sums = new HashMap<>();
  private long batchId = -1;
  private Date date;
  private LocalInfile infile;
  private PreparedStatement insert;
  private int pending;

  private record Key(long org, long level) {}

  private static final class Sum {
    BigDecimal quantity = BigDecimal.ZERO;
    int rows;
  }

  ConsumptionRows(Connection c, ImportSource source, Executor worker) {
    this.c = c;
    this.source = source;
    this.worker = worker;
  }

  void add(YearMonth period, long rowNo, long orgId, long levelId, BigDecimal quantity,
      String reference) throws SQLException {
    if (batchId < 0) {
      begin(period);
    }
    Sum sum = sums.computeIfAbsent(new Key(orgId, levelId), k -> new Sum());
    sum.quantity = sum.quantity.add(quantity);
    sum.rows++;
    String ref = reference.isEmpty() ? null : reference;
    if (infile != null) {
      infile.number(rowNo).number(orgId).number(levelId).number(quantity).text(ref).endRow();
      return;
    }
    insert.setDate(1, date);
    insert.setLong(2, batchId);
    insert.setInt(3, (int) rowNo);
    insert.setLong(4, orgId);
    insert.setLong(5, levelId);
    insert.setBigDecimal(6, quantity);
    if (ref == null) {
      insert.setNull(7, Types.VARCHAR);
    } else {
      insert.setString(7, ref);
    }
    insert.addBatch();
    if (++pending == BATCH) {
      insert.executeBatch();
      pending = 0;
    }
  }

  long batchId() {
    return batchId;
  }

  /**
   * Sends the last rows and waits until they are stored; after this the connection is the
   * caller's again.
   */
  void endRows() throws SQLException {
    if (infile != null) {
      infile.finish();
    } else if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  /** Writes the sums of the rows after {@link #endRows}; the batch id, or -1 without rows. */
  long writeSums() throws SQLException {
    if (batchId < 0) {
      return -1;
    }
    try (PreparedStatement ps = BatchInsert.prepare(c, "INSERT INTO consumption_sum (period,"
        + " batch_id, org_id, level_id, quantity, row_count) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Key, Sum> e : sums.entrySet()) {
        ps.setDate(1, date);
        ps.setLong(2, batchId);
        ps.setLong(3, e.getKey().org());
        ps.setLong(4, e.getKey().level());
        ps.setBigDecimal(5, e.getValue().quantity);
        ps.setInt(6, e.getValue().rows);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return batchId;
  }

  private void begin(YearMonth period) throws SQLException {
    ImportBatches.ensureOpenPeriod(c, period);
    batchId = ImportBatches.insert(c, source, period, period);
    date = Date.valueOf(period.atDay(1));
    try (Statement s = c.createStatement()) {
      s.execute("SET @tk_import_batch = " + batchId);
    }
    if (LocalInfile.available(c, "consumption")) {
      // Both values come from this class (a month and a generated id), never from the file.
      infile = LocalInfile.start(c, "consumption", COLUMNS,
          "period = '" + date + "', batch_id = " + batchId, worker);
    } else {
      // No generated keys, said explicitly: see BatchInsert.
      insert = BatchInsert.prepare(c, "INSERT INTO consumption (period, batch_id, " + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
    }
  }

  /** Waits for a load still running and forgets the session's batch. */
  @Override
  public void close() throws SQLException {
    if (infile != null) {
      infile.close();
    }
    if (insert != null) {
      insert.close();
    }
    if (batchId >= 0) {
      try (Statement s = c.createStatement()) {
        s.execute("SET @tk_import_batch = NULL");
      }
    }
  }
}
