package se.tjanstekatalog.ledger.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code period} table's rows (changeset 0003-1): a month's state, read alone or for a
 * range, and the row made on demand and locked for the caller's transaction. A month without a
 * row is OPEN.
 */
public final class PeriodRows {
  public static final String OPEN = "OPEN";

  private PeriodRows() {}

  public static String status(Connection c, YearMonth month) throws SQLException {
    return statuses(c, month, month).getOrDefault(month, OPEN);
  }

  /** The states of the months that have a row, from {@code from} to {@code to}. */
  public static Map<YearMonth, String> statuses(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<YearMonth, String> states = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT period, status FROM period WHERE period BETWEEN ? AND ?")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          states.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2));
        }
      }
    }
    return states;
  }

  /** Makes the month's row (OPEN) unless it exists. */
  public static void ensure(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO period (period, status)"
        + " SELECT ?, 'OPEN' FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM period WHERE period = ?)")) {
      ps.setDate(1, first(month));
      ps.setDate(2, first(month));
      ps.executeUpdate();
    }
  }

  /**
   * Makes the month's row if needed and locks it until the caller's transaction ends, so
   * that work on the same month (computing it, moving it through the workflow) queues.
   *
   * @return the month's state
   */
  public static String lockForUpdate(Connection c, YearMonth month) throws SQLException {
    ensure(c, month);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT status FROM period WHERE period = ? FOR UPDATE")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
