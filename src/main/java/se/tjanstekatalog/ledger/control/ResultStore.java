package se.tjanstekatalog.ledger.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PoolOutcome;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.platform.BatchInsert;

/**
 * Writes a month's result in one go (delete the month's lines, insert the new ones in JDBC
 * batches, upsert the run), with plain JDBC: the only writer of {@code result_line},
 * {@code pool_result} and {@code costing_run} ({@link LedgerReads} reads them back). The
 * database refuses all of it for a locked month (changeset 0004-7).
 */
public final class ResultStore {
  private static final int BATCH = 2_000;

  /** What a costing run hands the ledger: a month's lines and pools, and its inputs' hash. */
  public record Computed(YearMonth period, String fingerprint, List<ResultLine> lines,
      List<PoolOutcome> pools) {}

  private ResultStore() {}

  /**
   * Stores a computed month: its lines and pools replace the month's, and its run records the
   * inputs' fingerprint, the totals, who and how long.
   */
  public static void store(Connection c, Computed result, String who, long durationMs)
      throws SQLException {
    Date period = Date.valueOf(result.period().atDay(1));
    for (String table : List.of("result_line", "pool_result")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
          + " WHERE period = ?")) {
        ps.setDate(1, period);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = BatchInsert.prepare(c, "INSERT INTO result_line (period, line_no,"
        + " org_id, model, binding, area_id, service_id, level_id, pool_id, source, quantity,"
        + " unit_price, key_value, key_total, amount)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (ResultLine l : result.lines()) {
        ps.setDate(1, period);
        ps.setInt(2, ++n);
        bindLine(ps, 3, l);
        ps.addBatch();
        if (n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = BatchInsert.prepare(c, "INSERT INTO pool_result (period, pool_id,"
        + " allocation_key, cost, key_total, revenue, binding_model) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (PoolOutcome p : result.pools()) {
        ps.setDate(1, period);
        ps.setLong(2, p.poolId());
        ps.setString(3, p.key().name());
        ps.setBigDecimal(4, p.cost().value());
        ps.setBigDecimal(5, p.keyTotal());
        ps.setBigDecimal(6, p.revenue().value());
        ps.setString(7, p.binding().name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO costing_run (period,"
        + " fingerprint, stale, line_count, chargeback_total, allocation_total, binding_total,"
        + " computed_by, computed_at, duration_ms) VALUES (?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), stale = FALSE,"
        + " line_count = VALUES(line_count), chargeback_total = VALUES(chargeback_total),"
        + " allocation_total = VALUES(allocation_total), binding_total = VALUES(binding_total),"
        + " computed_by = VALUES(computed_by), computed_at = VALUES(computed_at),"
        + " duration_ms = VALUES(duration_ms)")) {
      ps.setDate(1, period);
      ps.setString(2, result.fingerprint());
      ps.setInt(3, result.lines().size());
      ps.setBigDecimal(4, total(result, l -> l.model() == FinancingModel.CHARGEBACK));
      ps.setBigDecimal(5, total(result, l -> l.model() == FinancingModel.ALLOCATION));
      ps.setBigDecimal(6, total(result, ResultLine::binding));
      ps.setString(7, who);
      ps.setTimestamp(8, Timestamp.from(Instant.now()));
      ps.setInt(9, (int) Math.min(Integer.MAX_VALUE, durationMs));
      ps.executeUpdate();
    }
  }

  /**
   * Sets a line's columns in the order {@code org_id, model, binding, area_id, service_id,
   * level_id, pool_id, source, quantity, unit_price, key_value, key_total, amount} from
   * parameter {@code from} on (13 parameters): the result_line layout, also of the
   * budgetunderlag's frozen lines.
   */
  public static void bindLine(PreparedStatement ps, int from, ResultLine l) throws SQLException {
    ps.setLong(from, l.orgId());
    ps.setString(from + 1, l.model().name());
    ps.setBoolean(from + 2, l.binding());
    ps.setLong(from + 3, l.areaId());
    setLong(ps, from + 4, l.serviceId());
    setLong(ps, from + 5, l.levelId());
    setLong(ps, from + 6, l.poolId());
    ps.setString(from + 7, l.source().name());
    ps.setBigDecimal(from + 8, l.quantity());
    ps.setBigDecimal(from + 9, l.unitPrice());
    ps.setBigDecimal(from + 10, l.keyValue());
    ps.setBigDecimal(from + 11, l.keyTotal());
    ps.setBigDecimal(from + 12, l.amount().value());
  }

  private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }

  private static BigDecimal total(Computed result, Predicate<ResultLine> which) {
    return result.lines().stream().filter(which).map(ResultLine::amount)
        .reduce(Amount.ZERO, Amount::plus).value();
  }
}
