package se.tjanstekatalog.ledger.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.tjanstekatalog.ledger.domain.PeriodStatus;

/**
 * The month's state, as the ledger keeps it in the {@code period} table (changeset 0003-1) and
 * guards it in the database (0003-9, 0008): a month's {@link PeriodStatus}, of one month or a
 * range, the row made on demand and locked for the caller's transaction, the locked months,
 * and whether an SQL error is the guard refusing a locked month. A month without a row is
 * OPEN. Plain JDBC on the caller's connection, so the portal, the demo and the benchmark share
 * it. The only writer of {@code period} and {@code open_period} (besides
 * {@code tk_lock_period}, which it calls); transitions go through {@link PeriodTransitions}.
 */
public final class LedgerPeriods {
  /** Message of the guard triggers' SIGNAL. */
  public static final String GUARD_SIGNAL = "TK_PERIOD_LOCKED";

  private LedgerPeriods() {}

  /** The month's state (OPEN when it has no row). */
  public static PeriodStatus status(Connection c, YearMonth month) throws SQLException {
    return statuses(c, month, month).get(month);
  }

  /** The state of every month from {@code from} to {@code to} (OPEN for those without a row). */
  public static Map<YearMonth, PeriodStatus> statuses(Connection c, YearMonth from,
      YearMonth to) throws SQLException {
    Map<YearMonth, PeriodStatus> states = new TreeMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      states.put(m, PeriodStatus.OPEN);
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT period, status FROM period WHERE period BETWEEN ? AND ?")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          states.put(month(rs.getDate(1)), PeriodStatus.valueOf(rs.getString(2)));
        }
      }
    }
    return states;
  }

  /** The state of every month that has a row, whatever its year. */
  public static Map<YearMonth, PeriodStatus> recorded(Connection c) throws SQLException {
    Map<YearMonth, PeriodStatus> states = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period, status FROM period");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        states.put(month(rs.getDate(1)), PeriodStatus.valueOf(rs.getString(2)));
      }
    }
    return states;
  }

  /** The locked months, newest first. */
  public static List<YearMonth> lockedMonths(Connection c) throws SQLException {
    List<YearMonth> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT period FROM period WHERE status = ? ORDER BY period DESC")) {
      ps.setString(1, PeriodStatus.LOCKED.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(month(rs.getDate(1)));
        }
      }
    }
    return out;
  }

  /** The latest locked month, if any. */
  public static Optional<YearMonth> lastLocked(Connection c) throws SQLException {
    return lastLocked(c, null, null);
  }

  /** The latest locked month in {@code from}..{@code to} (either end open when null). */
  public static Optional<YearMonth> lastLocked(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(period) FROM period"
        + " WHERE status = ?" + (from == null ? "" : " AND period >= ?")
        + (to == null ? "" : " AND period <= ?"))) {
      int i = 0;
      ps.setString(++i, PeriodStatus.LOCKED.name());
      if (from != null) {
        ps.setDate(++i, first(from));
      }
      if (to != null) {
        ps.setDate(++i, first(to));
      }
      try (ResultSet rs = ps.executeQuery()) {
        Date last = rs.next() ? rs.getDate(1) : null;
        return Optional.ofNullable(last).map(LedgerPeriods::month);
      }
    }
  }

  /** Makes the month's row (OPEN) unless it exists. */
  public static void ensure(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO period (period, status)"
        + " SELECT ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM period WHERE period = ?)")) {
      ps.setDate(1, first(month));
      ps.setString(2, PeriodStatus.OPEN.name());
      ps.setDate(3, first(month));
      ps.executeUpdate();
    }
  }

  /**
   * Makes sure the month has its period row and, unless locked, its open_period row (the
   * target of consumption's guard key). The database refuses the latter for a locked month.
   */
  public static void ensureOpen(Connection c, YearMonth month) throws SQLException {
    ensure(c, month);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO open_period (period)"
        + " SELECT ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM open_period WHERE period = ?)")) {
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
  public static PeriodStatus lockForUpdate(Connection c, YearMonth month) throws SQLException {
    ensure(c, month);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT status FROM period WHERE period = ? FOR UPDATE")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return PeriodStatus.valueOf(rs.getString(1));
      }
    }
  }

  /**
   * Whether the error is the database refusing to change a locked month: the guard triggers'
   * signal, or an insert into consumption for a month not in open_period.
   */
  public static boolean isLockGuard(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && (message.contains(GUARD_SIGNAL)
          || message.contains("fk_consumption_open_period"))) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null
          && isLockGuard(sql.getNextException())) {
        return true;
      }
    }
    return false;
  }

  // ---- writing the state: only through PeriodTransitions

  /**
   * Moves the month from {@code from} to {@code to} (not LOCKED: see {@link #lock}).
   *
   * @param at when; null for now
   * @return false when the month was no longer in {@code from}
   */
  static boolean move(Connection c, YearMonth month, PeriodStatus from, PeriodStatus to,
      String who, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE period SET status = ?,"
        + " changed_by = ?, changed_at = COALESCE(?, CURRENT_TIMESTAMP(3)),"
        + " version = version + 1 WHERE period = ? AND status = ?")) {
      ps.setString(1, to.name());
      ps.setString(2, who);
      ps.setTimestamp(3, at == null ? null : Timestamp.from(at));
      ps.setDate(4, first(month));
      ps.setString(5, from.name());
      return ps.executeUpdate() == 1;
    }
  }

  /** Locks the month with {@code tk_lock_period}, the only way to lock. */
  static void lock(Connection c, YearMonth month, String who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("CALL tk_lock_period(?, ?)")) {
      ps.setDate(1, first(month));
      ps.setString(2, who);
      ps.execute();
    }
  }

  static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }

  static YearMonth month(Date date) {
    return YearMonth.from(date.toLocalDate());
  }
}
