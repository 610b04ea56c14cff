package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import se.tjanstekatalog.costing.control.CostingInputs;
import se.tjanstekatalog.platform.DatabaseMigration;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The month's consumption sum on the real schema, without Payara: rows written by plain SQL
 * keep their batch's sums (consumption_sum) right through the rows' trigger, only the ACTIVE
 * consumption batches covering the month count, and the database reads them batch first,
 * each batch one range of the sums' primary key (docs/adr/0006-month-sums.md). Everything is written in one transaction that is
 * rolled back, in months no other test uses.
 */
class ConsumptionSumIT {
  private static final Date MAY = Date.valueOf("2031-05-01");
  private static final Date JUNE = Date.valueOf("2031-06-01");

  @Test
  void sumsTheActiveBatchesOfTheMonthOnlyReadingBatchFirst() throws SQLException {
    migrate();
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try {
        for (Date month : List.of(MAY, JUNE)) {
          execute(c, "INSERT INTO period (period, status) VALUES ('" + month + "', 'OPEN')");
          execute(c, "INSERT INTO open_period (period) VALUES ('" + month + "')");
        }
        long file = batch(c, "ACTIVE", MAY, MAY);
        rows(c, file, MAY, new Object[][] {{1, 1, "1.5"}, {1, 1, "2.25"}, {2, 1, "4"}});
        long replaced = batch(c, "REPLACED", MAY, MAY);
        rows(c, replaced, MAY, new Object[][] {{1, 1, "100"}});
        long twoMonths = batch(c, "ACTIVE", MAY, JUNE);
        rows(c, twoMonths, MAY, new Object[][] {{1, 2, "7"}});
        rows(c, twoMonths, JUNE, new Object[][] {{1, 2, "50"}});
        long june = batch(c, "ACTIVE", JUNE, JUNE);
        rows(c, june, JUNE, new Object[][] {{1, 1, "1000"}});

        assertEquals(Map.of("990001/990011", new BigDecimal("3.7500"),
            "990002/990011", new BigDecimal("4.0000"),
            "990001/990012", new BigDecimal("7.0000")), sum(c, MAY));
        assertEquals(List.of("b", "s PRIMARY"), plan(c, MAY));
      } finally {
        c.rollback();
      }
    }
  }

  private static void migrate() throws SQLException {
    // The same server and database as TestDatabase.connect(); migrating is what the portal
    // does at start, a no-op once done.
    DatabaseMigration.migrate(new MariaDbDataSource("jdbc:mariadb://127.0.0.1:"
        + System.getProperty("tk.test.db.port") + "/"
        + System.getProperty("tk.test.db.name", "tk_test") + "?user=root"));
  }

  private static long batch(Connection c, String status, Date from, Date to)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (kind, channel,"
        + " source, period_from, period_to, row_count, status, imported_by)"
        + " VALUES ('CONSUMPTION', 'FILE', 'ConsumptionSumIT', ?, ?, 0, ?, 'test')",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setDate(1, from);
      ps.setDate(2, to);
      ps.setString(3, status);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Rows of {org, level, quantity}; ids far from any real org or level (no foreign keys). */
  private static void rows(Connection c, long batch, Date month, Object[][] rows)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumption (period, batch_id,"
        + " row_no, org_id, level_id, quantity) VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Object[] row : rows) {
        ps.setDate(1, month);
        ps.setLong(2, batch);
        ps.setInt(3, ++n);
        ps.setLong(4, 990_000 + (Integer) row[0]);
        ps.setLong(5, 990_010 + (Integer) row[1]);
        ps.setBigDecimal(6, new BigDecimal((String) row[2]));
        ps.executeUpdate();
      }
    }
  }

  private static Map<String, BigDecimal> sum(Connection c, Date month) throws SQLException {
    Map<String, BigDecimal> sums = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(CostingInputs.CONSUMPTION_SUM)) {
      bind(ps, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getLong(1) >= 990_000) { // the demo's own months are elsewhere, but be sure
            sums.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getBigDecimal(3));
          }
        }
      }
    }
    return sums;
  }

  /** The tables in reading order; for the sums, the key they are read by. */
  private static List<String> plan(Connection c, Date month) throws SQLException {
    List<String> steps = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + CostingInputs.CONSUMPTION_SUM)) {
      bind(ps, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString("table");
          steps.add("s".equals(table) ? table + " " + rs.getString("key") : table);
        }
      }
    }
    return steps;
  }

  private static void bind(PreparedStatement ps, Date month) throws SQLException {
    long parameters = CostingInputs.CONSUMPTION_SUM.chars().filter(ch -> ch == '?').count();
    for (int i = 1; i <= parameters; i++) {
      ps.setDate(i, month);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
