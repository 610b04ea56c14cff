package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import se.tjanstekatalog.consumption.control.ConsumptionImport;
import se.tjanstekatalog.consumption.control.ConsumptionRowGroups;
import se.tjanstekatalog.shared.imports.ImportChannel;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.consumption.control.ReferenceData;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.costing.control.CostingInputs;
import se.tjanstekatalog.platform.DatabaseMigration;

/**
 * The month's sums are stored with its rows (issue 15, item 8), on the real schema without
 * Payara, through the importer every channel uses, which stores the rows in blocks of 10 000
 * (ADR 0011). The stored sums equal the rows summed, the month run's query reads them, a
 * refused file leaves no row, block or sum, and rows and blocks changed by plain SQL move the
 * sums. Everything happens in one transaction that is rolled back, in a month and with orgs
 * and services no other test uses.
 */
class MonthSumsIT {
  private static final String MONTH = "2033-05";
  private static final Date FIRST = Date.valueOf("2033-05-01");
  private static final int ROWS = 25_000; // two full blocks and a part of one
  private static final List<String> HEADER =
      List.of("period", "förvaltning", "tjänst", "nivå", "antal", "referens");
  private static ExecutorService worker;

  @BeforeAll
  static void migrateAndStartWorker() throws SQLException {
    DatabaseMigration.migrate(new MariaDbDataSource(url("")));
    worker = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stopWorker() {
    worker.shutdownNow();
  }

  @Test
  void storesTheSumsOfTheRowsWithTheBatch() throws Exception {
    try (Connection c = DriverManager.getConnection(url(""))) {
      c.setAutoCommit(false);
      try {
        seed(c);
        List<String[]> rows = rows(ROWS, new SplittableRandom(15));
        ImportReport report = store(c, rows);

        long batch = report.storedBatchId();
        assertEquals(ROWS, count(c, "SELECT COUNT(*) FROM consumption_row WHERE batch_id = "
            + batch));
        assertEquals(3, count(c, "SELECT COUNT(*) FROM consumption_block WHERE batch_id = "
            + batch), "10 000 rows to a block");
        assertEquals(0, count(c, "SELECT COUNT(*) FROM consumption WHERE batch_id = " + batch),
            "no single rows");
        Map<String, BigDecimal> fromRows = sums(c, "SELECT o.code, l.code, SUM(c.quantity)"
            + " FROM consumption_row c JOIN org_unit o ON o.id = c.org_id"
            + " JOIN service_level l ON l.id = c.level_id WHERE c.batch_id = " + batch
            + " GROUP BY o.code, l.code");
        Map<String, BigDecimal> stored = sums(c, "SELECT o.code, l.code, s.quantity"
            + " FROM consumption_sum s JOIN org_unit o ON o.id = s.org_id"
            + " JOIN service_level l ON l.id = s.level_id WHERE s.batch_id = " + batch);
        assertEquals(fromRows, stored);
        assertEquals(9, stored.size(), "three orgs × three levels");
        assertEquals(ROWS, count(c, "SELECT SUM(row_count) FROM consumption_sum WHERE batch_id = "
            + batch));
        assertEquals(fromRows, monthRun(c), "the month run reads the stored sums");
        assertEquals(report.totalQuantity().stripTrailingZeros(), fromRows.values().stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros());
        assertReferencesKept(c, batch, rows);
        assertNull(variable(c), "the session forgets the import's batch");
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void aFileWithABadRowLeavesNoRowAndNoSum() throws Exception {
    try (Connection c = DriverManager.getConnection(url(""))) {
      c.setAutoCommit(false);
      try {
        seed(c);
        long before = count(c, "SELECT COUNT(*) FROM consumption_sum");
        List<String[]> rows = rows(ROWS, new SplittableRandom(16));
        // Far into the file: most rows have already gone to the server.
        rows.set(ROWS - 10, new String[] {MONTH, "MSIT1", "MSITTJ", "BAS", "-1", "bad"});
        Savepoint beforeImport = c.setSavepoint();
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> store(c, rows));
        c.rollback(beforeImport);

        assertEquals(ROWS - 10 + 2, rejected.report().problems().get(0).row(),
            "the row is named by its line in the file (the header is line 1)");
        assertEquals(0, count(c, "SELECT COUNT(*) FROM consumption_row WHERE period = '" + FIRST
            + "'"));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM consumption_block WHERE period = '"
            + FIRST + "'"));
        assertEquals(before, count(c, "SELECT COUNT(*) FROM consumption_sum"));
        assertNull(variable(c));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void rowsAndBlocksChangedByPlainSqlMoveTheSums() throws Exception {
    try (Connection c = DriverManager.getConnection(url(""))) {
      c.setAutoCommit(false);
      try {
        seed(c);
        List<String[]> rows = List.of(
            new String[] {MONTH, "MSIT1", "MSITTJ", "BAS", "2", "a"},
            new String[] {MONTH, "MSIT1", "MSITTJ", "BAS", "3,5", "b"},
            new String[] {MONTH, "MSIT2", "MSITTJ", "STD", "1", "c"});
        long batch = store(c, rows).storedBatchId();
        String sum = "SELECT quantity FROM consumption_sum s JOIN org_unit o ON o.id = s.org_id"
            + " WHERE s.batch_id = " + batch + " AND o.code = ";

        // The import's one block: row a is its first.
        execute(c, "UPDATE consumption_block SET row_data = JSON_REPLACE(row_data, '$[0][3]',"
            + " 10) WHERE batch_id = " + batch);
        assertEquals(new BigDecimal("13.5000"), decimal(c, sum + "'MSIT1'"));
        // A single row beside the block.
        execute(c, "INSERT INTO consumption (period, batch_id, row_no, org_id, level_id,"
            + " quantity) SELECT period, batch_id, 99, org_id, level_id, 0.25 FROM"
            + " consumption_row WHERE batch_id = " + batch + " AND reference = 'c'");
        assertEquals(new BigDecimal("1.2500"), decimal(c, sum + "'MSIT2'"));
        execute(c, "UPDATE consumption SET quantity = 0.75 WHERE batch_id = " + batch);
        assertEquals(new BigDecimal("1.7500"), decimal(c, sum + "'MSIT2'"));
        execute(c, "DELETE FROM consumption WHERE batch_id = " + batch);
        assertEquals(new BigDecimal("1.0000"), decimal(c, sum + "'MSIT2'"));
        // A second block.
        execute(c, "INSERT INTO consumption_block (period, batch_id, block_no, row_count,"
            + " row_data) SELECT period, batch_id, 1, 1, JSON_ARRAY(JSON_ARRAY(100, org_id,"
            + " level_id, 4, 'd')) FROM consumption_row WHERE batch_id = " + batch
            + " AND reference = 'c'");
        assertEquals(new BigDecimal("5.0000"), decimal(c, sum + "'MSIT2'"));
        assertEquals(4, count(c, "SELECT COUNT(*) FROM consumption_row WHERE batch_id = "
            + batch));
        execute(c, "DELETE FROM consumption_block WHERE batch_id = " + batch
            + " AND block_no = 0");
        assertEquals(new BigDecimal("4.0000"), decimal(c, sum + "'MSIT2'"));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM consumption_sum s JOIN org_unit o"
            + " ON o.id = s.org_id WHERE s.batch_id = " + batch + " AND o.code = 'MSIT1'"),
            "a sum without rows goes");
        assertThrows(SQLException.class, () -> execute(c, "INSERT INTO consumption_block"
            + " (period, batch_id, block_no, row_count, row_data) VALUES ('" + FIRST + "', "
            + batch + ", 2, 2, '[[1, 1, 1, 1, null]]')"), "a block's row count is its rows'");
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void theRowsOfAMonthAreReadBatchByBatchNeverMaterialisedAsAWhole() throws Exception {
    try (Connection c = DriverManager.getConnection(url(""))) {
      c.setAutoCommit(false);
      try {
        seed(c);
        List<String[]> rows = rows(ROWS, new SplittableRandom(17));
        store(c, rows);
        store(c, rows); // the same source again: the first batch is REPLACED, its rows stay
        List<String> plan = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT * FROM "
            + ConsumptionRowGroups.of(ConsumptionRowGroups.ACTIVE) + " c")) {
          ConsumptionRowGroups.bindActive(ps, 1, java.time.YearMonth.parse(MONTH));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              plan.add(rs.getInt("id") + " " + rs.getString("table") + " " + rs.getString("type")
                  + " " + rs.getString("key"));
            }
          }
        }
        assertTrue(plan.contains("2 b ref PRIMARY"), "the blocks by key, batch by batch: " + plan);
        assertTrue(plan.stream().filter(line -> !line.startsWith("1 "))
            .noneMatch(line -> line.contains("<derived")), "no view materialised: " + plan);

        Map<String, BigDecimal> grouped = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.code, l.code,"
            + " SUM(c.quantity * c.n), SUM(c.n) FROM " + ConsumptionRowGroups.of(
                ConsumptionRowGroups.ACTIVE) + " c JOIN org_unit o ON o.id = c.org_id"
            + " JOIN service_level l ON l.id = c.level_id GROUP BY o.code, l.code")) {
          ConsumptionRowGroups.bindActive(ps, 1, java.time.YearMonth.parse(MONTH));
          long n = 0;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              grouped.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
              n += rs.getLong(4);
            }
          }
          assertEquals(ROWS, n, "the ACTIVE batch's rows only");
        }
        assertEquals(monthRun(c), grouped, "the same quantities as the month run's sums");
      } finally {
        c.rollback();
      }
    }
  }

  private static ImportReport store(Connection c, List<String[]> rows) throws Exception {
    ImportSource source = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.FILE,
        "MonthSumsIT", "month-sums.csv", null, "test", null);
    return new ConsumptionImport(ReferenceData.load(c), worker)
        .store(RowSource.of(HEADER, rows), source, c, n -> {});
  }

  /** Three orgs and a service with three levels, priced, in a month of its own. */
  private static void seed(Connection c) throws SQLException {
    execute(c, "INSERT INTO period (period, status) VALUES ('" + FIRST + "', 'OPEN')");
    execute(c, "INSERT INTO open_period (period) VALUES ('" + FIRST + "')");
    for (int o = 1; o <= 3; o++) {
      execute(c, "INSERT INTO org_unit (code, name, kind, cost_centre, counterpart_code,"
          + " active_from) VALUES ('MSIT" + o + "', 'Summornas förvaltning " + o
          + "', 'ADMINISTRATION', '9" + o + "', '1000', '" + FIRST + "')");
    }
    execute(c, "INSERT INTO service (code, name, area_id, lifecycle, financing, unit)"
        + " SELECT 'MSITTJ', 'Summornas tjänst', MIN(id), 'ACTIVE', 'POOLED', 'PER_USER'"
        + " FROM service_area");
    for (String level : new String[] {"BAS", "STD", "UTOK"}) {
      execute(c, "INSERT INTO service_level (service_id, code, name, active_from) SELECT id, '"
          + level + "', '" + level + "', '" + FIRST + "' FROM service WHERE code = 'MSITTJ'");
    }
  }

  /** Rows over the three orgs and levels, decimals, and references that need escaping. */
  private static List<String[]> rows(int n, SplittableRandom random) {
    String[] levels = {"BAS", "STD", "UTOK"};
    String[] odd = {"å\\ä", "tab\there", "C:\\temp\\n", "ö"};
    List<String[]> rows = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      int q = random.nextInt(1, 100_000);
      String reference = i % 1000 == 0 ? odd[(i / 1000) % odd.length] + i : "R" + i;
      rows.add(new String[] {MONTH, "MSIT" + random.nextInt(1, 4), "MSITTJ",
          levels[random.nextInt(3)], q / 100 + "," + q % 100, reference});
    }
    return rows;
  }

  private static void assertReferencesKept(Connection c, long batch, List<String[]> rows)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT row_no, reference, quantity FROM"
        + " consumption_row WHERE batch_id = ? AND row_no IN (1001, 2001, 3001, 4001, 5001)")) {
      ps.setLong(1, batch);
      try (ResultSet rs = ps.executeQuery()) {
        int seen = 0;
        while (rs.next()) {
          String[] row = rows.get(rs.getInt(1) - 2); // row 1 is the header
          assertEquals(row[5], rs.getString(2));
          assertEquals(new BigDecimal(row[4].replace(',', '.')).compareTo(rs.getBigDecimal(3)),
              0);
          seen++;
        }
        assertEquals(5, seen);
      }
    }
    assertTrue(count(c, "SELECT COUNT(*) FROM consumption_row WHERE batch_id = " + batch
        + " AND reference LIKE '%\\t%'") > 0, "a tab in a reference is kept");
  }

  private static Map<String, BigDecimal> monthRun(Connection c) throws SQLException {
    Map<String, String> codes = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT CONCAT(o.id, '/', l.id), CONCAT(o.code, '/',"
            + " l.code) FROM org_unit o JOIN service_level l WHERE o.code LIKE 'MSIT_'"
            + " AND l.service_id = (SELECT id FROM service WHERE code = 'MSITTJ')")) {
      while (rs.next()) {
        codes.put(rs.getString(1), rs.getString(2));
      }
    }
    Map<String, BigDecimal> sums = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(CostingInputs.CONSUMPTION_SUM)) {
      for (int i = 1; i <= 3; i++) {
        ps.setDate(i, FIRST);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = codes.get(rs.getLong(1) + "/" + rs.getLong(2));
          if (code != null) {
            sums.put(code, rs.getBigDecimal(3));
          }
        }
      }
    }
    return sums;
  }

  private static Map<String, BigDecimal> sums(Connection c, String sql) throws SQLException {
    Map<String, BigDecimal> sums = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        sums.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
      }
    }
    return sums;
  }

  private static Object variable(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @tk_import_batch")) {
      rs.next();
      return rs.getObject(1);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static BigDecimal decimal(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String url(String options) {
    return "jdbc:mariadb://127.0.0.1:" + System.getProperty("tk.test.db.port") + "/"
        + System.getProperty("tk.test.db.name", "tk_test") + "?user=root" + options;
  }
}
