package se.tjanstekatalog.consumption.control;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import se.tjanstekatalog.platform.BatchInsert;
import se.tjanstekatalog.shared.imports.ImportSource;

/**
 * The one writer of consumption: an import's rows as blocks of up to {@value #BLOCK} rows
 * ({@code consumption_block}, a JSON array of rows each, see {@link #appendRow}), then, in the
 * same transaction, their sums per org and service level ({@code consumption_sum}), which is
 * what the month run reads.
 *
 * <p>The batch row and the open period come with the first row. A full block goes to the
 * server on the worker thread while the next one is being read, one block in flight at a
 * time, so parsing and storing overlap on two cores and memory stays at two blocks whatever
 * the file's size. The session variable {@code @tk_import_batch} names the batch, so the
 * blocks' trigger leaves the sums to this class (changesets 0010 and 0026, ADR 0011).
 */
final class ConsumptionRows implements AutoCloseable {
  static final int BLOCK = 10_000;
  private static final HexFormat HEX = HexFormat.of();

  private final Connection c;
  private final ImportSource source;
  private final Executor worker;
  private final Map<Key, Sum> sums = new HashMap<>();
  private long batchId = -1;
  private Date date;
  private PreparedStatement insert;
  private StringBuilder block;
  private int inBlock;
  private int blockNo;
  private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);

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
    if (block == null) {
      block = new StringBuilder(48 * BLOCK).append('[');
    } else {
      block.append(',');
    }
    appendRow(block, rowNo, orgId, levelId, quantity, reference);
    if (++inBlock == BLOCK) {
      send();
    }
  }

  /**
   * One row as a JSON array: {@code [row_no, org_id, level_id, quantity]}, then the reference:
   * as a string if JSON needs no escape for it, else as {@code null} and its UTF-8 bytes in hex
   * (changeset 0026-3: MariaDB 10.11.5's JSON_TABLE would return the escapes unresolved). So
   * nothing here is ever escaped, and the row is written by hand: a JSON library would only add
   * its cost to each of a million rows.
   */
  static void appendRow(StringBuilder json, long rowNo, long orgId, long levelId,
      BigDecimal quantity, String reference) {
    json.append('[').append(rowNo).append(',').append(orgId).append(',').append(levelId)
        .append(',').append(quantity.toPlainString());
    if (plain(reference)) {
      json.append(",\"").append(reference).append('"');
    } else if (!reference.isEmpty()) {
      json.append(",null,\"").append(HEX.formatHex(reference.getBytes(StandardCharsets.UTF_8)))
          .append('"');
    }
    json.append(']');
  }

  /** Not empty and nothing JSON escapes: a quote, a backslash or a control character. */
  private static boolean plain(String reference) {
    if (reference.isEmpty()) {
      return false;
    }
    for (int i = 0; i < reference.length(); i++) {
      char ch = reference.charAt(i);
      if (ch < 0x20 || ch == '"' || ch == '\\') {
        return false;
      }
    }
    return true;
  }

  long batchId() {
    return batchId;
  }

  /**
   * Sends the last block and waits until every block is stored; after this the connection is
   * the caller's again.
   */
  void endRows() throws SQLException {
    if (block != null) {
      send();
    }
    awaitSending();
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
    insert = BatchInsert.prepare(c, "INSERT INTO consumption_block (period, batch_id, block_no,"
        + " row_count, row_data) VALUES (?, ?, ?, ?, ?)");
  }

  /** Hands the full block to the worker once the one before it is stored. */
  private void send() throws SQLException {
    String rows = block.append(']').toString();
    int count = inBlock;
    int no = blockNo++;
    block = null;
    inBlock = 0;
    awaitSending();
    sending = CompletableFuture.runAsync(() -> {
      try {
        insert.setDate(1, date);
        insert.setLong(2, batchId);
        insert.setInt(3, no);
        insert.setInt(4, count);
        insert.setString(5, rows);
        insert.executeUpdate();
      } catch (SQLException e) {
        throw new CompletionException(e);
      }
    }, worker);
  }

  private void awaitSending() throws SQLException {
    try {
      sending.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
  }

  /** Waits for a block still being stored and forgets the session's batch. */
  @Override
  public void close() throws SQLException {
    try {
      sending.handle((done, failed) -> done).join();
    } finally {
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
}
