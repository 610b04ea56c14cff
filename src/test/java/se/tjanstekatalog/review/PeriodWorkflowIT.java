package se.tjanstekatalog.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The period workflow and the review end to end on 2021-03, a month no other test uses (a
 * lock blocks plan changes at or before the month, so only a far-past month is locked): the
 * controller makes the computed month preliminary, GSF's ekonom comments on a line and
 * approves, the controller answers; REVIEWED is refused while the comment is open and allowed
 * with a reason, which is recorded; LOCKED goes through tk_lock_period and the database then
 * refuses any change of the month's results.
 */
@ExtendWith(ArquillianExtension.class)
class PeriodWorkflowIT {
  private static final String RUNS = "costing/runs.xhtml";
  private static final String PERIODS = "statements/periods.xhtml";
  private static final String REVIEW = "statements/review.xhtml";
  /** 2021-03 is the third row of the year's tables. */
  private static final int ROW = 2;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aMonthGoesThroughTheWorkflowWithReviewAndLock() throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    assertEquals(403, gsf.get(PERIODS + "?year=2021").status(), "the overview is the controller's");

    // not computed yet: PRELIMINARY is refused
    Page page = it.get(PERIODS + "?year=2021");
    assertEquals(200, page.status());
    Page refused = move(it, page, "toPreliminary", null);
    assertTrue(refused.body().contains("Perioden 2021-03 är inte beräknad"), refused.body());
    assertEquals("OPEN", status());

    // computed (an empty month computes with no lines), then one stored line for GSF, copied
    // from a 2026 line so that it names a real area, service and level
    Page runs = it.get(RUNS + "?year=2021");
    Page computed = it.ajax(RUNS, PortalClient.inputs(runs.body(), "runs"),
        "runs:months:" + ROW + ":compute", "runs", "runs");
    assertTrue(computed.body().contains("Månaden 2021-03 är beräknad"), computed.body());
    String lineKey;
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO result_line (period, line_no, org_id, model,"
          + " binding, area_id, service_id, level_id, pool_id, source, quantity, unit_price,"
          + " key_value, key_total, amount) SELECT '2021-03-01', 1, r.org_id, r.model, r.binding,"
          + " r.area_id, r.service_id, r.level_id, r.pool_id, r.source, r.quantity, r.unit_price,"
          + " r.key_value, r.key_total, r.amount FROM result_line r JOIN org_unit o"
          + " ON o.id = r.org_id WHERE o.code = 'GSF' AND r.period = '2026-03-01'"
          + " AND r.binding AND r.model = 'CHARGEBACK' AND r.level_id IS NOT NULL"
          + " ORDER BY r.line_no LIMIT 1"));
      try (ResultSet rs = s.executeQuery("SELECT CONCAT(model, ':', area_id, ':', service_id,"
          + " ':', level_id, ':-:', source) FROM result_line WHERE period = '2021-03-01'")) {
        rs.next();
        lineKey = rs.getString(1);
      }
    }

    page = it.get(PERIODS + "?year=2021");
    Page preliminary = move(it, page, "toPreliminary", null);
    assertTrue(preliminary.body().contains("Perioden 2021-03 har nu status Preliminär"),
        preliminary.body());
    assertEquals("PRELIMINARY", status());

    // back to OPEN to correct inputs; changed inputs (a stale run) keep it from PRELIMINARY
    page = it.get(PERIODS + "?year=2021");
    Page reopened = move(it, page, "toOpen", null);
    assertTrue(reopened.body().contains("Perioden 2021-03 har nu status Öppen"), reopened.body());
    assertEquals("OPEN", status());
    setStale(true);
    page = it.get(PERIODS + "?year=2021");
    assertTrue(page.body().contains("Indata ändrade"), "the overview shows the stale run");
    refused = move(it, page, "toPreliminary", null);
    assertTrue(refused.body().contains("Beräkna om månaden först"), refused.body());
    assertEquals("OPEN", status());
    setStale(false);
    page = it.get(PERIODS + "?year=2021");
    move(it, page, "toPreliminary", null);
    assertEquals("PRELIMINARY", status());
    page = it.get(PERIODS + "?year=2021");
    assertTrue(page.body().contains("Inte svarat: 1"), "GSF has not responded yet");

    // GSF comments on its line and approves
    Page review = gsf.get(REVIEW + "?month=2021-03");
    assertEquals(200, review.status());
    assertTrue(review.body().contains("Godkänn månadsbeskedet"), review.body());
    Map<String, String> fields = PortalClient.inputs(review.body(), "review");
    Page writing = gsf.ajax(REVIEW, fields, "review:lines:0:comment", "review:lines:0:comment",
        "review");
    assertTrue(writing.body().contains("review:lines:0:text"), "the box beside its line: "
        + writing.body());
    fields.put("review:lines:0:text", "Varför så många?");
    Page sent = gsf.ajax(REVIEW, fields, "review:lines:0:send", "review", "review");
    assertTrue(sent.body().contains("Kommentaren är sparad"), sent.body());
    assertEquals(1, count("SELECT COUNT(*) FROM line_comment k JOIN org_unit o ON o.id = k.org_id"
        + " WHERE k.period = '2021-03-01' AND o.code = 'GSF' AND k.status = 'OPEN'"
        + " AND k.line_key = '" + lineKey + "'"), "one open thread, kept by the line's identity");
    Page approved = gsf.ajax(REVIEW, fields, "review:approve", "review:approve", "review");
    assertTrue(approved.body().contains("Månadsbeskedet för 2021-03 är godkänt"), approved.body());
    assertEquals(1, count("SELECT COUNT(*) FROM statement_approval WHERE period = '2021-03-01'"
        + " AND approved_by = 'ekonom.gsf'"));

    // the controller sees the thread and answers
    review = it.get(REVIEW + "?month=2021-03");
    assertTrue(review.body().contains("Varför så många?"), review.body());
    fields = PortalClient.inputs(review.body(), "review");
    Page answering = it.ajax(REVIEW, fields, "review:threads:0:reply", "review:threads:0:reply",
        "review");
    assertTrue(answering.body().contains("Svar i tråden om "), "the box names the thread's line");
    fields.put("review:threads:0:text", "Två nya skolor.");
    sent = it.ajax(REVIEW, fields, "review:threads:0:send", "review", "review");
    assertTrue(sent.body().contains("Två nya skolor."), sent.body());
    assertEquals(2, count("SELECT COUNT(*) FROM comment_message m JOIN line_comment k"
        + " ON k.id = m.comment_id WHERE k.period = '2021-03-01'"));

    // REVIEWED: refused while the comment is open, allowed with a reason
    page = it.get(PERIODS + "?year=2021");
    assertTrue(page.body().contains("Kommenterat: 1"), "the open comment shows");
    refused = move(it, page, "toReviewed", null);
    assertTrue(refused.body().contains("Perioden 2021-03 har 1 öppna kommentarer"),
        refused.body());
    assertEquals("PRELIMINARY", status());
    Page reviewed = move(it, page, "toReviewed", "Besvarad per telefon");
    assertTrue(reviewed.body().contains("Perioden 2021-03 har nu status Granskad"),
        reviewed.body());
    assertEquals("REVIEWED", status());
    assertEquals(1, count("SELECT COUNT(*) FROM period_transition WHERE period = '2021-03-01'"
        + " AND from_status = 'PRELIMINARY' AND to_status = 'REVIEWED' AND changed_by = 'it'"
        + " AND reason = 'Besvarad per telefon'"), "the override is recorded");

    // LOCKED through tk_lock_period; the database refuses every change from then on
    page = it.get(PERIODS + "?year=2021");
    Page locked = move(it, page, "toLocked", null);
    assertTrue(locked.body().contains("Perioden 2021-03 har nu status Låst"), locked.body());
    assertEquals("LOCKED", status());
    assertEquals(0, count("SELECT COUNT(*) FROM open_period WHERE period = '2021-03-01'"),
        "locked the way tk_lock_period locks");
    assertEquals(5, count("SELECT COUNT(*) FROM period_transition WHERE period = '2021-03-01'"),
        "OPEN-PRELIMINARY-OPEN-PRELIMINARY-REVIEWED-LOCKED, the refused steps left nothing");
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
          "UPDATE result_line SET amount = amount + 1 WHERE period = '2021-03-01'"));
      assertTrue(e.getMessage().contains("TK_PERIOD_LOCKED"), e.getMessage());
      e = assertThrows(SQLException.class, () -> s.executeUpdate(
          "UPDATE period SET status = 'OPEN' WHERE period = '2021-03-01'"));
      assertTrue(e.getMessage().contains("TK_PERIOD_LOCKED"), e.getMessage());
    }
    page = it.get(PERIODS + "?year=2021");
    assertTrue(!page.body().contains("periods:months:" + ROW + ":to"),
        "a locked month offers no transition");
  }

  private static Page move(PortalClient it, Page page, String button, String reason) {
    Map<String, String> fields = PortalClient.inputs(page.body(), "periods");
    if (reason != null) {
      fields.put("periods:months:" + ROW + ":reason", reason);
    }
    return it.ajax(PERIODS, fields, "periods:months:" + ROW + ":" + button, "periods",
        "periods");
  }

  /** As a changed input would (the input triggers set it); a recompute would clear it. */
  private static void setStale(boolean stale) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("UPDATE costing_run SET stale = " + stale
          + " WHERE period = '2021-03-01'"));
    }
  }

  private static String status() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT status FROM period WHERE period = '2021-03-01'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : "OPEN";
    }
  }

  private static int count(String sql) {
    return (int) TestDatabase.count(sql);
  }
}
