package se.tjanstekatalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.costing.control.MonthComputation;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The locked-month guard by plain SQL, as a database session with DML rights would try it
 * (issue 14, finding 3): with {@code FOREIGN_KEY_CHECKS=0}, every table that holds facts of a
 * locked month refuses INSERT, UPDATE and DELETE and keeps its rows (consumption's single
 * rows and the blocks an import stores alike); the audit trail takes new rows and refuses
 * changing or removing them; a published price list's lines neither move nor go nor change a
 * locked month's price, while a decided proposal still adds and reprices lines from a later
 * month. Months of its own: 2017-03 (reviewed with an approval, a comment thread and a pool
 * cost, SBK's rows as a block, then locked) and 2017-04 (computed, open); PreparedMonths
 * publishes the 2017 price list.
 */
@ExtendWith(ArquillianExtension.class)
class LockedMonthGuardIT {
  private static final YearMonth MARCH = YearMonth.of(2017, 3);
  private static final YearMonth APRIL = YearMonth.of(2017, 4);
  private static final String LOCKED = "'2017-03-01'";
  private static final String OPEN = "'2017-04-01'";
  private static final String SOURCE = "LockedMonthGuardIT";
  private static final String PROPOSALS = "catalogue/proposals.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void consumptionOfALockedMonthCannotBeAddedChangedOrRemovedWithoutForeignKeyChecks()
      throws SQLException {
    prepare();
    String rows = "SELECT * FROM consumption WHERE period = " + LOCKED + " ORDER BY batch_id,"
        + " row_no";
    String blocks = "SELECT * FROM consumption_block WHERE period = " + LOCKED
        + " ORDER BY batch_id, block_no";
    String run = "SELECT stale, binding_total FROM costing_run WHERE period = " + LOCKED;
    String before = snapshot(rows);
    String blocksBefore = snapshot(blocks);
    String runBefore = snapshot(run);
    long batch = TestDatabase.count("SELECT MIN(batch_id) FROM consumption WHERE period = "
        + LOCKED);
    refused("TK_PERIOD_LOCKED",
        // the attack of the finding: 25 500 000 kr into a locked month, foreign keys off
        "INSERT INTO consumption (period, batch_id, row_no, org_id, level_id, quantity)"
            + " SELECT " + LOCKED + ", " + batch + ", 9999, org_id, level_id, 100000"
            + " FROM consumption WHERE period = " + LOCKED + " LIMIT 1",
        "INSERT INTO consumption (period, batch_id, row_no, org_id, level_id, quantity)"
            + " SELECT period, batch_id, row_no + 1000, org_id, level_id, quantity"
            + " FROM consumption WHERE period = " + LOCKED,
        "UPDATE consumption SET quantity = quantity * 10 WHERE period = " + LOCKED,
        "UPDATE consumption SET period = " + OPEN + " WHERE period = " + LOCKED,
        "DELETE FROM consumption WHERE period = " + LOCKED,
        "REPLACE INTO consumption SELECT * FROM consumption WHERE period = " + LOCKED,
        // and the blocks an import stores
        "INSERT INTO consumption_block (period, batch_id, block_no, row_count, row_data)"
            + " SELECT period, batch_id, block_no + 1, row_count, row_data"
            + " FROM consumption_block WHERE period = " + LOCKED,
        "UPDATE consumption_block SET row_data = JSON_REPLACE(row_data, '$[0][3]', 100000)"
            + " WHERE period = " + LOCKED,
        "UPDATE consumption_block SET period = " + OPEN + " WHERE period = " + LOCKED,
        "DELETE FROM consumption_block WHERE period = " + LOCKED,
        "REPLACE INTO consumption_block SELECT * FROM consumption_block WHERE period = "
            + LOCKED);
    assertEquals(before, snapshot(rows), "the locked month's consumption is as it was");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM consumption_block WHERE period = "
        + LOCKED), "its block is there to attack");
    assertEquals(blocksBefore, snapshot(blocks), "and so are its blocks");
    assertEquals(runBefore, snapshot(run), "its result is as it was");
  }

  @Test
  void consumptionAddedToAComputedOpenMonthMarksItsResultStale() throws SQLException {
    prepare();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE costing_run SET stale = FALSE WHERE period = " + OPEN);
    }
    assertEquals(0, TestDatabase.count("SELECT stale FROM costing_run WHERE period = " + OPEN));
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      assertEquals(1, s.executeUpdate("INSERT INTO consumption (period, batch_id, row_no,"
          + " org_id, level_id, quantity) SELECT period, batch_id, 9999, org_id, level_id,"
          + " 100000 FROM consumption WHERE period = " + OPEN + " LIMIT 1"));
    }
    assertEquals(1, TestDatabase.count("SELECT stale FROM costing_run WHERE period = " + OPEN),
        "a new consumption row makes the stored result stale");

    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE costing_run SET stale = FALSE WHERE period = " + OPEN);
      assertEquals(1, s.executeUpdate("UPDATE consumption SET quantity = 1 WHERE period = "
          + OPEN + " AND row_no = 9999"));
    }
    assertEquals(1, TestDatabase.count("SELECT stale FROM costing_run WHERE period = " + OPEN),
        "so does a changed one");
  }

  @Test
  void importBatchesOfALockedMonthStayAndNoBatchIsEverDeleted() throws SQLException {
    prepare();
    String rows = "SELECT * FROM import_batch WHERE period_from <= " + LOCKED
        + " AND period_to >= " + LOCKED + " ORDER BY id";
    String before = snapshot(rows);
    refused("TK_PERIOD_LOCKED",
        "INSERT INTO import_batch (kind, channel, source, period_from, period_to, row_count,"
            + " imported_by) VALUES ('CONSUMPTION', 'MANUAL', 'sql', " + LOCKED + ", "
            + LOCKED + ", 0, 'sql')",
        "UPDATE import_batch SET status = 'REPLACED' WHERE period_from = " + LOCKED);
    refused("TK_", "DELETE FROM import_batch WHERE period_from = " + LOCKED);
    assertEquals(before, snapshot(rows));

    // the import history of an open month is kept too
    String open = "SELECT * FROM import_batch WHERE period_from = " + OPEN + " ORDER BY id";
    String openBefore = snapshot(open);
    refused("TK_APPEND_ONLY", "DELETE FROM import_batch WHERE period_from = " + OPEN);
    assertEquals(openBefore, snapshot(open));
  }

  @Test
  void keyValuesAndPoolCostsOfALockedMonthCannotChange() throws SQLException {
    prepare();
    String keys = "SELECT * FROM org_key_value WHERE period = " + LOCKED + " ORDER BY id";
    String costs = "SELECT * FROM pool_cost WHERE period = " + LOCKED + " ORDER BY id";
    String keysBefore = snapshot(keys);
    String costsBefore = snapshot(costs);
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM pool_cost WHERE period = " + LOCKED)
        > 0, "the month has a pool cost to protect");
    // March has no key values of its own (they would carry forward into other tests'
    // months), so a demo row is moved into it: refused like a new one
    long keyValue = TestDatabase.count("SELECT MAX(id) FROM org_key_value");
    assertTrue(keyValue > 0, "a key value row to move");
    String moved = "SELECT * FROM org_key_value WHERE id = " + keyValue;
    String movedBefore = snapshot(moved);
    refused("TK_PERIOD_LOCKED",
        "INSERT INTO org_key_value (org_id, period, headcount) SELECT id, " + LOCKED + ", 1"
            + " FROM org_unit WHERE code = 'GSF'",
        "UPDATE org_key_value SET period = " + LOCKED + " WHERE id = " + keyValue,
        "INSERT INTO pool_cost (pool_id, period, batch_id, row_no, amount) SELECT pool_id,"
            + " period, batch_id, row_no + 1, 25500000 FROM pool_cost WHERE period = " + LOCKED,
        "UPDATE pool_cost SET amount = amount + 25500000 WHERE period = " + LOCKED,
        "DELETE FROM pool_cost WHERE period = " + LOCKED);
    assertEquals(keysBefore, snapshot(keys));
    assertEquals(movedBefore, snapshot(moved));
    assertEquals(costsBefore, snapshot(costs));
  }

  @Test
  void resultsOfALockedMonthCannotChange() throws SQLException {
    prepare();
    String run = "SELECT * FROM costing_run WHERE period = " + LOCKED;
    String lines = "SELECT * FROM result_line WHERE period = " + LOCKED + " ORDER BY line_no";
    String pools = "SELECT * FROM pool_result WHERE period = " + LOCKED + " ORDER BY pool_id";
    String runBefore = snapshot(run);
    String linesBefore = snapshot(lines);
    String poolsBefore = snapshot(pools);
    refused("TK_PERIOD_LOCKED",
        "UPDATE costing_run SET stale = TRUE WHERE period = " + LOCKED,
        "DELETE FROM costing_run WHERE period = " + LOCKED,
        "INSERT INTO result_line SELECT period, line_no + 10000, org_id, model, binding,"
            + " area_id, service_id, level_id, pool_id, source, quantity, unit_price,"
            + " key_value, key_total, amount FROM result_line WHERE period = " + LOCKED
            + " LIMIT 1",
        "UPDATE result_line SET amount = amount + 1 WHERE period = " + LOCKED,
        "DELETE FROM result_line WHERE period = " + LOCKED,
        "INSERT INTO pool_result (period, pool_id, allocation_key, cost, key_total, revenue,"
            + " binding_model) SELECT " + LOCKED + ", MAX(id) + 1000, 'HEADCOUNT', 1, 1, 0,"
            + " 'ALLOCATION' FROM cost_pool",
        "INSERT INTO adjustment_line (period, org_id, area_id, original_period,"
            + " original_line_no, original_line_key, original_label, original_amount, amount,"
            + " reason, created_by) SELECT " + LOCKED + ", org_id, area_id, '2017-02-01',"
            + " line_no, 'x', 'x', amount, 5, 'sql', 'sql' FROM result_line WHERE period = "
            + LOCKED + " LIMIT 1",
        "INSERT INTO model_plan (area_id, valid_from, model, created_by, created_at)"
            + " SELECT id, " + LOCKED + ", 'ALLOCATION', 'sql', NOW() FROM service_area"
            + " LIMIT 1");
    assertEquals(runBefore, snapshot(run));
    assertEquals(linesBefore, snapshot(lines));
    assertEquals(poolsBefore, snapshot(pools));
  }

  @Test
  void approvalsOfALockedMonthCannotBeAddedChangedOrWithdrawn() throws SQLException {
    prepare();
    String rows = "SELECT * FROM statement_approval WHERE period = " + LOCKED
        + " ORDER BY org_id";
    String before = snapshot(rows);
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM statement_approval WHERE period = "
        + LOCKED) > 0, "the month has an approval to protect");
    refused("TK_PERIOD_LOCKED",
        "INSERT INTO statement_approval (period, org_id, approved_by) SELECT " + LOCKED
            + ", id, 'sql' FROM org_unit WHERE code = 'SBK'",
        "UPDATE statement_approval SET approved_by = 'sql' WHERE period = " + LOCKED,
        "UPDATE statement_approval SET period = " + OPEN + " WHERE period = " + LOCKED,
        "DELETE FROM statement_approval WHERE period = " + LOCKED);
    assertEquals(before, snapshot(rows));
  }

  @Test
  void theReviewThreadsOfALockedMonthCannotChangeAndMessagesNeverDo() throws SQLException {
    prepare();
    String threads = "SELECT * FROM line_comment WHERE period = " + LOCKED + " ORDER BY id";
    String messages = "SELECT m.* FROM comment_message m JOIN line_comment k ON k.id ="
        + " m.comment_id WHERE k.period = " + LOCKED + " ORDER BY m.id";
    String threadsBefore = snapshot(threads);
    String messagesBefore = snapshot(messages);
    long thread = TestDatabase.count("SELECT MIN(id) FROM line_comment WHERE period = "
        + LOCKED);
    refused("TK_PERIOD_LOCKED",
        "INSERT INTO line_comment (period, org_id, line_key, line_label, created_by) SELECT "
            + LOCKED + ", org_id, line_key, line_label, 'sql' FROM line_comment WHERE id = "
            + thread,
        "UPDATE line_comment SET status = 'OPEN', closed_by = NULL WHERE id = " + thread,
        "INSERT INTO comment_message (comment_id, author, body) VALUES (" + thread
            + ", 'sql', 'Efterhandskonstruktion')");
    refused("TK_APPEND_ONLY",
        "DELETE FROM line_comment WHERE id = " + thread,
        "UPDATE comment_message SET body = 'Ändrad' WHERE comment_id = " + thread,
        "DELETE FROM comment_message WHERE comment_id = " + thread);
    assertEquals(threadsBefore, snapshot(threads));
    assertEquals(messagesBefore, snapshot(messages));
  }

  @Test
  void theLockHistoryIsAppendOnlyAndRecordsOnlyTheStateAPeriodIsIn() throws SQLException {
    prepare();
    String rows = "SELECT * FROM period_transition WHERE period = " + LOCKED + " ORDER BY id";
    String before = snapshot(rows);
    assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM period_transition WHERE period = "
        + LOCKED), "OPEN → PRELIMINARY → REVIEWED → LOCKED");
    refused("TK_APPEND_ONLY",
        "UPDATE period_transition SET changed_by = 'sql' WHERE period = " + LOCKED,
        "UPDATE period_transition SET to_status = 'REVIEWED' WHERE period = " + LOCKED
            + " AND to_status = 'LOCKED'",
        "DELETE FROM period_transition WHERE period = " + LOCKED,
        // a forged step: the period is not OPEN
        "INSERT INTO period_transition (period, from_status, to_status, changed_by) VALUES ("
            + LOCKED + ", 'LOCKED', 'OPEN', 'sql')");
    refused("TK_PERIOD_LOCKED",
        "INSERT INTO period_transition (period, from_status, to_status, changed_by) VALUES ("
            + LOCKED + ", 'REVIEWED', 'LOCKED', 'sql')");
    assertEquals(before, snapshot(rows));

    // the period row and open_period stay as the lock left them
    refused("TK_PERIOD_LOCKED",
        "UPDATE period SET status = 'OPEN' WHERE period = " + LOCKED,
        "DELETE FROM period WHERE period = " + LOCKED,
        "INSERT INTO open_period (period) VALUES (" + LOCKED + ")",
        "UPDATE open_period SET period = " + LOCKED + " WHERE period = " + OPEN);
    assertEquals("LOCKED", status(MARCH));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM open_period WHERE period = "
        + LOCKED));

    // appending what happened works: April goes to PRELIMINARY and the step is recorded
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE period SET status = 'PRELIMINARY' WHERE period = " + OPEN
          + " AND status = 'OPEN'");
      assertEquals(1, s.executeUpdate("INSERT INTO period_transition (period, from_status,"
          + " to_status, changed_by) VALUES (" + OPEN + ", 'OPEN', 'PRELIMINARY', 'sql')"));
      s.executeUpdate("UPDATE period SET status = 'OPEN' WHERE period = " + OPEN);
      assertEquals(1, s.executeUpdate("INSERT INTO period_transition (period, from_status,"
          + " to_status, changed_by) VALUES (" + OPEN + ", 'PRELIMINARY', 'OPEN', 'sql')"));
    }
  }

  @Test
  void theCatalogueAuditAndTheProposalCommentsAreAppendOnly() throws SQLException {
    prepare();
    long audit;
    long comment;
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      s.executeUpdate("INSERT INTO catalogue_audit (at, username, service_id, subject, field,"
          + " old_value, new_value) SELECT NOW(3), 'sql', MIN(id), 'Tjänst', 'name', 'A', 'B'"
          + " FROM service", Statement.RETURN_GENERATED_KEYS);
      audit = key(s);
      s.executeUpdate("INSERT INTO change_proposal (kind, status, title, service_id,"
          + " effective_month, created_by, created_at) SELECT 'RETIREMENT', 'DRAFT', '"
          + SOURCE + "', MIN(id), '2037-06-01', 'sql', NOW(3) FROM service",
          Statement.RETURN_GENERATED_KEYS);
      long proposal = key(s);
      s.executeUpdate("INSERT INTO proposal_comment (proposal_id, author, created_at, text)"
          + " VALUES (" + proposal + ", 'sql', NOW(3), 'Synpunkt')",
          Statement.RETURN_GENERATED_KEYS);
      comment = key(s);
    }
    String auditRow = "SELECT * FROM catalogue_audit WHERE id = " + audit;
    String commentRow = "SELECT * FROM proposal_comment WHERE id = " + comment;
    String auditBefore = snapshot(auditRow);
    String commentBefore = snapshot(commentRow);
    refused("TK_APPEND_ONLY",
        "UPDATE catalogue_audit SET new_value = 'C' WHERE id = " + audit,
        "DELETE FROM catalogue_audit WHERE id = " + audit,
        "UPDATE proposal_comment SET text = 'Annan synpunkt' WHERE id = " + comment,
        "DELETE FROM proposal_comment WHERE id = " + comment);
    assertEquals(auditBefore, snapshot(auditRow));
    assertEquals(commentBefore, snapshot(commentRow));
  }

  @Test
  void aPublishedPriceListKeepsItsLinesAndNoLockedMonthsPriceChanges() throws SQLException {
    prepare();
    long list = TestDatabase.count("SELECT id FROM price_list WHERE status = 'PUBLISHED'"
        + " AND valid_from <= " + LOCKED + " AND valid_to >= " + LOCKED);
    String lines = "SELECT * FROM price_list_line WHERE price_list_id = " + list
        + " ORDER BY id";
    String header = "SELECT * FROM price_list WHERE id = " + list;
    String linesBefore = snapshot(lines);
    String headerBefore = snapshot(header);
    long level = TestDatabase.count("SELECT MIN(level_id) FROM price_list_line"
        + " WHERE price_list_id = " + list);
    refused("TK_PERIOD_LOCKED",
        // the line from January governs March: its price is March's price
        "UPDATE price_list_line SET cost_price = cost_price + 1, charged_price ="
            + " charged_price + 1 WHERE price_list_id = " + list,
        // a new line from February would govern March
        "INSERT INTO price_list_line (price_list_id, level_id, valid_from, cost_price,"
            + " charged_price) VALUES (" + list + ", " + level + ", '2017-02-01', 1, 1)");
    refused("TK_PRICE_LIST_PUBLISHED",
        "UPDATE price_list_line SET valid_from = '2017-05-01' WHERE price_list_id = " + list,
        "UPDATE price_list_line SET price_list_id = price_list_id + 1000 WHERE price_list_id = "
            + list,
        "DELETE FROM price_list_line WHERE price_list_id = " + list,
        "UPDATE price_list SET status = 'DRAFT' WHERE id = " + list,
        "UPDATE price_list SET markup_percent = markup_percent + 10 WHERE id = " + list,
        "UPDATE price_list SET valid_to = '2017-02-01' WHERE id = " + list,
        "DELETE FROM price_list WHERE id = " + list);
    assertEquals(linesBefore, snapshot(lines));
    assertEquals(headerBefore, snapshot(header));
  }

  @Test
  void aDecidedProposalStillAddsAndRepricesLinesOfAPublishedListAfterTheLockedMonths()
      throws SQLException {
    prepare();
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    long list = TestDatabase.count("SELECT id FROM price_list WHERE status = 'PUBLISHED'"
        + " AND valid_from <= " + LOCKED + " AND valid_to >= " + LOCKED);
    String lines = "SELECT * FROM price_list_line WHERE price_list_id = " + list
        + " AND valid_from < '2017-05-01' ORDER BY id";
    String before = snapshot(lines);

    // from February the price would change locked March: refused by the service, in Swedish
    Page refused = propose(it, "Guard februari", "2017-02", "300,00");
    assertTrue(refused.body().contains("Gäller från: priset kan inte ändras från 2017-02,"
        + " eftersom 2017-03 är låst"), refused.body());

    // from May: a new line in the published list, then the same line repriced
    long level = levelId(it.get(PROPOSALS).body());
    Page decided = propose(it, "Guard maj", "2017-05", "300,00");
    assertTrue(decided.body().contains("är beslutat och gäller från sin månad"),
        decided.body());
    assertEquals(0, new BigDecimal("300.00").compareTo(mayPrice(list, level)));
    Page again = propose(it, "Guard maj igen", "2017-05", "310,00");
    assertTrue(again.body().contains("är beslutat och gäller från sin månad"), again.body());
    assertEquals(0, new BigDecimal("310.00").compareTo(mayPrice(list, level)));
    assertEquals(before, snapshot(lines), "the lines that govern March are as they were");
  }

  // ---- the months

  /**
   * March 2017 through the workflow by SQL (as DemoPeriods does): computed, a pool cost,
   * preliminary, GSF approved, SBK asked and was answered, reviewed, locked; April computed.
   */
  private static synchronized void prepare() throws SQLException {
    if ("LOCKED".equals(status(MARCH))) {
      return;
    }
    PreparedMonths.prepare(MARCH, SOURCE, List.of("GSF", "SBK"), false);
    PreparedMonths.prepare(APRIL, SOURCE, List.of("GSF", "SBK"), false);
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      if (TestDatabase.count("SELECT COUNT(*) FROM consumption_block WHERE period = " + LOCKED)
          == 0) {
        // SBK's rows of March as one block, as an import stores them (ADR 0011): the same
        // consumption, so the same figures once the month is computed again
        c.setAutoCommit(false);
        s.executeUpdate("INSERT INTO consumption_block (period, batch_id, block_no, row_count,"
            + " row_data) SELECT c.period, c.batch_id, 0, COUNT(*), JSON_ARRAYAGG(JSON_ARRAY("
            + "c.row_no, c.org_id, c.level_id, c.quantity, c.reference)) FROM consumption c"
            + " JOIN org_unit o ON o.id = c.org_id WHERE c.period = " + LOCKED
            + " AND o.code = 'SBK' GROUP BY c.period, c.batch_id");
        s.executeUpdate("DELETE c FROM consumption c JOIN org_unit o ON o.id = c.org_id"
            + " WHERE c.period = " + LOCKED + " AND o.code = 'SBK'");
        if (!MonthComputation.computeAndStore(c, MARCH, "test").stored()) {
          throw new IllegalStateException("2017-03 does not compute");
        }
        c.commit();
        c.setAutoCommit(true);
      }
      s.executeUpdate("INSERT INTO import_batch (kind, channel, source, period_from,"
          + " period_to, row_count, imported_by) VALUES ('POOL_COST', 'MANUAL', '" + SOURCE
          + "', " + LOCKED + ", " + LOCKED + ", 1, 'test')", Statement.RETURN_GENERATED_KEYS);
      long batch = key(s);
      s.executeUpdate("INSERT INTO pool_cost (pool_id, period, batch_id, row_no, amount)"
          + " SELECT MIN(id), " + LOCKED + ", " + batch + ", 1, 1000.00 FROM cost_pool");
      step(s, "OPEN", "PRELIMINARY");
      s.executeUpdate("INSERT INTO statement_approval (period, org_id, approved_by) SELECT "
          + LOCKED + ", id, 'ekonom.gsf' FROM org_unit WHERE code = 'GSF'");
      s.executeUpdate("INSERT INTO line_comment (period, org_id, line_key, line_label,"
          + " created_by) SELECT " + LOCKED + ", id, 'CHARGEBACK:guard', 'Rad', 'ekonom.sbk'"
          + " FROM org_unit WHERE code = 'SBK'", Statement.RETURN_GENERATED_KEYS);
      long thread = key(s);
      s.executeUpdate("INSERT INTO comment_message (comment_id, author, body) VALUES ("
          + thread + ", 'ekonom.sbk', 'Stämmer antalet?'), (" + thread + ", 'it', 'Ja.')");
      s.executeUpdate("UPDATE line_comment SET status = 'CLOSED', closed_by = 'it',"
          + " closed_at = NOW(3) WHERE id = " + thread);
      step(s, "PRELIMINARY", "REVIEWED");
      s.execute("CALL tk_lock_period(" + LOCKED + ", 'test')");
      s.executeUpdate("INSERT INTO period_transition (period, from_status, to_status,"
          + " changed_by) VALUES (" + LOCKED + ", 'REVIEWED', 'LOCKED', 'test')");
    }
  }

  private static void step(Statement s, String from, String to) throws SQLException {
    if (s.executeUpdate("UPDATE period SET status = '" + to + "' WHERE period = " + LOCKED
        + " AND status = '" + from + "'") != 1) {
      throw new IllegalStateException("2017-03 is not " + from);
    }
    s.executeUpdate("INSERT INTO period_transition (period, from_status, to_status,"
        + " changed_by) VALUES (" + LOCKED + ", '" + from + "', '" + to + "', 'test')");
  }

  private static String status(YearMonth month) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return LedgerPeriods.status(c, month).name();
    }
  }

  // ---- the attempts

  /**
   * Each statement, in its own session with foreign key checks off, is refused with a
   * message naming the guard.
   */
  private static void refused(String marker, String... statements) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String sql : statements) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertTrue(e.getMessage().contains(marker), sql + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("foreign key"), sql + ": " + e.getMessage());
      }
    }
  }

  /** Every row and column the query returns, as text: equal before and after. */
  private static String snapshot(String sql) throws SQLException {
    StringBuilder text = new StringBuilder();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          text.append(rs.getString(i)).append('|');
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static long key(Statement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  // ---- the proposal path, as CatalogueIT drives it

  private static final String LEVEL_LABEL = "Datorarbetsplats – Standard";

  /** Creates, submits and decides a price change of the level; the decision's response. */
  private Page propose(PortalClient it, String title, String month, String cost) {
    Page page = it.get(PROPOSALS);
    Map<String, String> list = PortalClient.inputs(page.body(), "list");
    Map<String, String> form = PortalClient.inputs(page.body(), "proposalForm");
    form.put("proposalForm:title", title);
    form.put("proposalForm:motivation", SOURCE);
    form.put("proposalForm:effective_input", month);
    form.put("proposalForm:level_input", Long.toString(levelId(page.body())));
    form.put("proposalForm:cost", cost);
    Page created = it.ajax(PROPOSALS, form, "proposalForm:create", "proposalForm",
        "proposalForm list:table detail");
    Matcher open = Pattern.compile("id=\"(list:table:\\d+:open)\"[^>]*>" + title)
        .matcher(created.body());
    assertTrue(open.find(), created.body());
    // The page's view state and its Content-Security-Policy nonce, which PrimeFaces checks
    Map<String, String> state = Map.of("jakarta.faces.ViewState",
        list.get("jakarta.faces.ViewState"), "primefaces.nonce", list.get("primefaces.nonce"),
        "list", "list");
    it.ajax(PROPOSALS, state, open.group(1), open.group(1), "detail");
    Map<String, String> actions = new LinkedHashMap<>(state);
    actions.put("actions", "actions");
    Page submitted = it.ajax(PROPOSALS, actions, "actions:submit", "actions:submit",
        "detail list:table");
    assertTrue(submitted.body().contains("är skickat till beredning"), submitted.body());
    actions.put("actions:note", SOURCE);
    return it.ajax(PROPOSALS, actions, "actions:decide", "actions:decide actions:note",
        "detail list:table");
  }

  private static long levelId(String html) {
    Matcher level = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + LEVEL_LABEL
        + "</option>").matcher(html);
    assertTrue(level.find(), "level offered in the form");
    return Long.parseLong(level.group(1));
  }

  private static BigDecimal mayPrice(long list, long level) throws SQLException {
    List<BigDecimal> prices = new ArrayList<>();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT cost_price FROM price_list_line"
            + " WHERE price_list_id = " + list + " AND level_id = " + level
            + " AND valid_from = '2017-05-01'")) {
      while (rs.next()) {
        prices.add(rs.getBigDecimal(1));
      }
    }
    assertEquals(1, prices.size(), "one line from May");
    return prices.get(0);
  }
}
