package se.tjanstekatalog.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.costing.control.MonthComputation;

/**
 * A month of a test's own, far from the demo year: a published price list for its year (unless
 * one covers it), one consumption batch of three levels per org, computed through the portal's
 * own code and, if asked, locked as the portal locks. The ITs share one database, so each test
 * class uses months nobody else uses; preparing is done once per database.
 */
public final class PreparedMonths {
  private PreparedMonths() {}

  /** Prepares (and locks) the month once; later calls find it done. */
  public static synchronized void prepare(YearMonth month, String source, List<String> orgs,
      boolean lock) throws SQLException {
    prepare(month, source, orgs, lock, false);
  }

  /**
   * As {@link #prepare(YearMonth, String, List, boolean)}; with {@code monthOnly} the price list
   * it publishes (when none covers the month) covers this month alone, for a class that owns
   * one month of a year whose other months are another class's (NotificationIT beside
   * AuditLogIT, which copies a price list into the same year: a year's list would overlap it).
   */
  public static synchronized void prepare(YearMonth month, String source, List<String> orgs,
      boolean lock, boolean monthOnly) throws SQLException {
    String first = month.atDay(1).toString();
    try (Connection c = TestDatabase.connect()) {
      if ("LOCKED".equals(LedgerPeriods.status(c, month).name())
          || count(c, "SELECT COUNT(*) FROM costing_run WHERE period = '" + first + "'") > 0) {
        return;
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (count(c, "SELECT COUNT(*) FROM price_list WHERE status = 'PUBLISHED' AND valid_from"
            + " <= '" + first + "' AND (valid_to IS NULL OR valid_to >= '" + first + "')") == 0) {
          int year = month.getYear();
          // The month's year, but no locked month of it: nothing is published over one
          String from = text(c, "SELECT COALESCE(DATE_ADD(MAX(period), INTERVAL 1 MONTH), '" + year
              + "-01-01') FROM period WHERE status = 'LOCKED' AND period < '" + first
              + "' AND YEAR(period) = " + year);
          String to = text(c, "SELECT COALESCE(DATE_SUB(MIN(period), INTERVAL 1 MONTH), '" + year
              + "-12-01') FROM period WHERE status = 'LOCKED' AND period > '" + first
              + "' AND YEAR(period) = " + year);
          if (monthOnly) {
            from = first;
            to = first;
          }
          s.executeUpdate("INSERT INTO price_list (name, valid_from, valid_to, markup_percent,"
              + " status) VALUES ('" + source + " " + year + "', '" + from + "', '" + to
              + "', 0, 'PUBLISHED')", Statement.RETURN_GENERATED_KEYS);
          long list;
          try (ResultSet rs = s.getGeneratedKeys()) {
            rs.next();
            list = rs.getLong(1);
          }
          // every level gets a price, so no subscription or consumption lacks one
          s.executeUpdate("INSERT INTO price_list_line (price_list_id, level_id, valid_from,"
              + " cost_price, charged_price) SELECT " + list + ", id, '" + from + "',"
              + " 10.00 + MOD(id, 7) * 12.25, 10.00 + MOD(id, 7) * 12.25 FROM service_level");
        }
        s.executeUpdate("INSERT INTO period (period, status) SELECT '" + first + "', 'OPEN'"
            + " FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM period WHERE period = '" + first
            + "')");
        s.executeUpdate("INSERT INTO open_period (period) SELECT '" + first + "' FROM DUAL"
            + " WHERE NOT EXISTS (SELECT 1 FROM open_period WHERE period = '" + first + "')");
        s.executeUpdate("INSERT INTO import_batch (kind, channel, source, period_from,"
            + " period_to, row_count, status, imported_by) VALUES ('CONSUMPTION', 'MANUAL', '"
            + source + "', '" + first + "', '" + first + "', " + orgs.size() * 3
            + ", 'ACTIVE', 'test')", Statement.RETURN_GENERATED_KEYS);
        long batch;
        try (ResultSet rs = s.getGeneratedKeys()) {
          rs.next();
          batch = rs.getLong(1);
        }
        List<Long> levels = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT l.id FROM service_level l JOIN service sv"
            + " ON sv.id = l.service_id WHERE sv.unit <> 'FIXED_MONTHLY' ORDER BY l.id"
            + " LIMIT 3")) {
          while (rs.next()) {
            levels.add(rs.getLong(1));
          }
        }
        int row = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumption (period,"
            + " batch_id, row_no, org_id, level_id, quantity, reference) SELECT ?, ?, ?, id, ?,"
            + " ?, ? FROM org_unit WHERE code = ?")) {
          for (String org : orgs) {
            for (long level : levels) {
              row++;
              ps.setDate(1, Date.valueOf(month.atDay(1)));
              ps.setLong(2, batch);
              ps.setInt(3, row);
              ps.setLong(4, level);
              // a little more each month, so consecutive months differ in volume
              ps.setBigDecimal(5, BigDecimal.valueOf(row * 3L + month.getMonthValue())
                  .add(new BigDecimal("0.5")));
              ps.setString(6, source);
              ps.setString(7, org);
              if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("No org " + org);
              }
            }
          }
        }
      }
      MonthComputation.Outcome outcome = MonthComputation.computeAndStore(c, month, "test");
      if (!outcome.stored()) {
        throw new IllegalStateException(month + " does not compute: "
            + outcome.result().problems());
      }
      c.commit();
      c.setAutoCommit(true);
      if (lock) {
        try (PreparedStatement ps = c.prepareStatement("CALL tk_lock_period(?, 'test')")) {
          ps.setDate(1, Date.valueOf(month.atDay(1)));
          ps.execute();
        }
      }
    }
  }

  /** The org's binding result lines of the month, summed. */
  public static BigDecimal bindingSum(YearMonth month, String org) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(SUM(r.amount), 0) FROM result_line r JOIN org_unit o ON o.id ="
            + " r.org_id WHERE r.period = ? AND r.binding AND o.code = ?")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setString(2, org);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }

  /** The org's cost centre (ansvar), the SIE object its debits carry. */
  public static String costCentre(String org) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT cost_centre FROM org_unit WHERE code = ?")) {
      ps.setString(1, org);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No org " + org);
        }
        return rs.getString(1);
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    return Long.parseLong(text(c, sql));
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
