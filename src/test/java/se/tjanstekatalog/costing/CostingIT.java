package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.DemoYear;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The stored results of the demo year and the "Beräkna månader" page end to end: both models
 * stored with the plan's binding model per area and month, recomputation proven identical,
 * changed inputs marking a month for recomputation, and a locked month's results guarded by
 * the database.
 */
@ExtendWith(ArquillianExtension.class)
class CostingIT {
  private static final String RUNS = "costing/runs.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoPlanSwitchesArbetsplatsToSolidariskInJuly() throws SQLException {
    String sql = "SELECT r.model, r.binding, SUM(r.amount) FROM result_line r"
        + " JOIN service_area a ON a.id = r.area_id WHERE r.period = ? AND a.code = ?"
        + " GROUP BY r.model, r.binding";
    try (Connection c = TestDatabase.connect()) {
      Map<String, BigDecimal> june = sums(c, sql, "2026-06-01", "ARBETSPLATS");
      assertTrue(june.containsKey("CHARGEBACK:true") && june.containsKey("ALLOCATION:false")
          && june.size() == 2, "June: internfakturering binding, solidarisk shadow " + june);
      Map<String, BigDecimal> july = sums(c, sql, "2026-07-01", "ARBETSPLATS");
      assertTrue(july.containsKey("CHARGEBACK:false") && july.containsKey("ALLOCATION:true"),
          "July: solidarisk binding " + july);
      Map<String, BigDecimal> support = sums(c, sql, "2026-07-01", "SUPPORT");
      assertTrue(support.containsKey("CHARGEBACK:true") && !support.containsKey("ALLOCATION:true"),
          "other areas stay on internfakturering " + support);

      // the pool is split exactly: the ALLOCATION pool lines of July sum to the pool's cost
      BigDecimal cost = one(c, "SELECT r.cost FROM pool_result r JOIN cost_pool p"
          + " ON p.id = r.pool_id WHERE r.period = '2026-07-01' AND p.code = 'ARBETSPLATS'");
      BigDecimal split = one(c, "SELECT SUM(r.amount) FROM result_line r JOIN cost_pool p"
          + " ON p.id = r.pool_id WHERE r.period = '2026-07-01' AND p.code = 'ARBETSPLATS'");
      assertEquals(0, cost.compareTo(split), cost + " split into " + split);

      // ALWAYS_CHARGED lines are the same under both models
      assertEquals(0, one(c, "SELECT COUNT(*) FROM result_line cb JOIN service s"
          + " ON s.id = cb.service_id AND s.financing = 'ALWAYS_CHARGED'"
          + " LEFT JOIN result_line al ON al.period = cb.period AND al.org_id = cb.org_id"
          + " AND al.level_id = cb.level_id AND al.source = cb.source"
          + " AND al.model = 'ALLOCATION' WHERE cb.model = 'CHARGEBACK'"
          + " AND (al.amount IS NULL OR al.amount <> cb.amount)").intValue());
      assertTrue(one(c, "SELECT COUNT(*) FROM result_line r JOIN service s ON s.id = r.service_id"
          + " WHERE s.financing = 'ALWAYS_CHARGED'").intValue() > 0, "the demo has such lines");
    }
  }

  @Test
  void recomputationGivesTheSameResultAndChangedInputsAskForIt() throws SQLException {
    // other classes import into the demo year: start from current results of these months
    DemoYear.current(CostingIT.class, YearMonth.of(2026, 3), YearMonth.of(2026, 4),
        YearMonth.of(2026, 5));
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(RUNS + "?year=2026");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("2026-07") && page.body().contains("Beräkna om"),
        "the demo months are computed");
    Page verified = verify(it, page.body(), 2);
    assertTrue(verified.body().contains("Omräkning ger samma resultat för 2026-03"),
        verified.body());

    String before = fingerprint("2026-04-01");
    long batch;
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      batch = insertBatch(c);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumption (period,"
          + " batch_id, row_no, org_id, level_id, quantity, reference) SELECT '2026-04-01', ?,"
          + " 1, c.org_id, c.level_id, 3, 'CostingIT' FROM consumption_row c"
          + " WHERE c.period = '2026-04-01' LIMIT 1")) {
        ps.setLong(1, batch);
        assertEquals(1, ps.executeUpdate());
      }
      c.commit();
    }
    assertTrue(stale("2026-04-01"), "a new import marks its month");
    assertFalse(stale("2026-03-01") || stale("2026-05-01"), "and only its month");
    page = it.get(RUNS + "?year=2026");
    assertTrue(page.body().contains("Indata ändrade – beräkna om"), "the page says so");
    Page differs = verify(it, page.body(), 3);
    assertTrue(differs.body().contains("Omräkningen skiljer sig från det sparade resultatet"
        + " för 2026-04") && differs.body().contains("indata har ändrats"), differs.body());

    Page computed = it.ajax(RUNS, PortalClient.inputs(page.body(), "runs"),
        "runs:months:3:compute", "runs", "runs");
    assertTrue(computed.body().contains("Månaden 2026-04 är beräknad"), computed.body());
    assertFalse(stale("2026-04-01"));
    String changed = fingerprint("2026-04-01");
    assertNotEquals(before, changed);

    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE import_batch SET status = 'REPLACED' WHERE id = " + batch);
    }
    assertTrue(stale("2026-04-01"), "taking the import back is a change too");
    page = it.get(RUNS + "?year=2026");
    it.ajax(RUNS, PortalClient.inputs(page.body(), "runs"), "runs:months:3:compute", "runs",
        "runs");
    assertEquals(before, fingerprint("2026-04-01"), "the same inputs, the same fingerprint");
  }

  @Test
  void aLockedMonthsResultsCannotChangeByAnyPath() throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(RUNS + "?year=2020");
    Page computed = it.ajax(RUNS, PortalClient.inputs(page.body(), "runs"),
        "runs:months:1:compute", "runs", "runs");
    assertTrue(computed.body().contains("Månaden 2020-02 är beräknad"), computed.body());
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("CALL tk_lock_period('2020-02-01', 'test')");
      for (String sql : new String[] {
          "INSERT INTO result_line (period, line_no, org_id, model, binding, area_id, source,"
              + " amount) VALUES ('2020-02-01', 999, 1, 'CHARGEBACK', TRUE, 1, 'CONSUMPTION', 1)",
          "UPDATE costing_run SET stale = TRUE WHERE period = '2020-02-01'",
          "DELETE FROM costing_run WHERE period = '2020-02-01'",
          "DELETE FROM pool_result WHERE period = '2020-02-01'",
          "INSERT INTO model_plan (area_id, valid_from, model, created_by, created_at)"
              + " SELECT id, '2020-02-01', 'ALLOCATION', 'test', NOW() FROM service_area LIMIT 1"}) {
        SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertTrue(refused.getMessage().contains("TK_PERIOD_LOCKED"), refused.getMessage());
      }
    }
    page = it.get(RUNS + "?year=2020");
    assertTrue(page.body().contains("Låst"), "the month shows as locked");
    assertFalse(page.body().contains("runs:months:1:compute"), "and offers no recomputation");
    assertTrue(page.body().contains("runs:months:1:verify"), "but can still be verified");
  }

  @Test
  void onlyTheControllerComputes() {
    assertEquals(403, PortalClient.loggedIn(base, "ekonom.gsf", "demo").get(RUNS).status());
    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", "demo").get(RUNS).status());
  }

  private static Page verify(PortalClient it, String html, int row) {
    return it.ajax(RUNS, PortalClient.inputs(html, "runs"), "runs:months:" + row + ":verify",
        "runs", "runs");
  }

  private static long insertBatch(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (kind, channel,"
        + " source, period_from, period_to, row_count, status, imported_by) VALUES"
        + " ('CONSUMPTION', 'MANUAL', 'CostingIT', '2026-04-01', '2026-04-01', 1, 'ACTIVE',"
        + " 'test')", Statement.RETURN_GENERATED_KEYS)) {
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static boolean stale(String period) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return one(c, "SELECT stale FROM costing_run WHERE period = '" + period + "'").signum() != 0;
    }
  }

  private static String fingerprint(String period) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT fingerprint FROM costing_run WHERE period = '"
            + period + "'")) {
      assertTrue(rs.next(), "computed " + period);
      return rs.getString(1);
    }
  }

  private static BigDecimal one(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getBigDecimal(1);
    }
  }

  private static Map<String, BigDecimal> sums(Connection c, String sql, String period,
      String area) throws SQLException {
    Map<String, BigDecimal> sums = new java.util.TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, period);
      ps.setString(2, area);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sums.put(rs.getString(1) + ":" + rs.getBoolean(2), rs.getBigDecimal(3));
        }
      }
    }
    return sums;
  }
}
