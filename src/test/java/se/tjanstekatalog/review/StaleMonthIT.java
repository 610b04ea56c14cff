package se.tjanstekatalog.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.Importer;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * A statement never looks final when it is not (issue 16, item 1). In a preliminary month
 * that GSF and SBK have approved, an import changes GSF's consumption: the statement and review
 * pages say what changed, when and by whom; nobody can approve until the month is recomputed;
 * the recomputation withdraws GSF's approval, and only GSF's, and the month's history says
 * why. The month is this class's own (2024-03).
 */
@ExtendWith(ArquillianExtension.class)
class StaleMonthIT {
  private static final YearMonth MONTH = YearMonth.of(2024, 3);
  private static final String FIRST = "2024-03-01";
  private static final int ROW = 2; // March on the year's pages
  private static final String PERIODS = "statements/periods.xhtml";
  private static final String RUNS = "costing/runs.xhtml";
  private static final String REVIEW = "statements/review.xhtml";
  private static final String STATEMENT = "statements/statement.xhtml";
  private static final String SOURCE = "StaleMonthIT-tillagg.csv";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void anImportIntoAReviewedMonthHoldsBackApprovalUntilRecomputedAndWithdrawsOnlyChangedOrgs()
      throws SQLException {
    PreparedMonths.prepare(MONTH, "StaleMonthIT", List.of("GSF", "SBK", "BOAB"), false);
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    PortalClient boab = PortalClient.loggedIn(base, "ekonom.bostad", "demo");

    Page periods = it.get(PERIODS + "?year=2024");
    Page moved = it.ajax(PERIODS, PortalClient.inputs(periods.body(), "periods"),
        "periods:months:" + ROW + ":toPreliminary", "periods", "periods");
    assertTrue(moved.body().contains("Perioden 2024-03 har nu status Preliminär"), moved.body());

    Page statement = gsf.get(STATEMENT + "?month=2024-03");
    assertFalse(statement.body().contains("Underlagen har ändrats"), "current figures, no notice");
    assertTrue(statement.body().contains("Att betala"), statement.body());
    Page review = gsf.get(REVIEW + "?month=2024-03");
    Page approved = gsf.ajax(REVIEW, PortalClient.inputs(review.body(), "review"),
        "review:approve", "review:approve", "review");
    assertTrue(approved.body().contains("Månadsbeskedet för 2024-03 är godkänt"), approved.body());
    execute("INSERT INTO statement_approval (period, org_id, approved_by, approved_at)"
        + " SELECT '" + FIRST + "', id, 'ekonom.sbk', CURRENT_TIMESTAMP(3) FROM org_unit"
        + " WHERE code = 'SBK'");
    assertEquals(List.of("GSF", "SBK"), approvals());
    String overview = it.get(PERIODS + "?year=2024").body();
    assertTrue(overview.contains("id=\"periods:months:" + ROW + ":reason\""),
        "the month's row has its own reason field");
    assertFalse(overview.contains("id=\"periods:reason\""), "no field shared by every month");
    assertTrue(overview.indexOf("tk-answer-NONE") < overview.indexOf("tk-answer-APPROVED")
        && overview.indexOf("tk-answer-NONE") > 0, "who has not answered comes first, marked");

    // Checking a file for the month says what saving it would do, before anything is saved
    String level = chargebackLevel();
    String preview = new Importer(it).upload("StaleMonthIT-forhandsgranskning.csv",
        ("Period;Förvaltning;Tjänst;Nivå;Antal;Referens\n2024-03;GSF;" + level + ";2;\n")
            .getBytes(StandardCharsets.UTF_8), "CONSUMPTION", "").body();
    assertTrue(preview.contains("Månaden granskas")
        && preview.contains("Månaden 2024-03 är preliminär och granskas av ekonomicheferna."),
        preview);
    assertTrue(preview.contains("Spara 1 rad för 2024-03? Månaden 2024-03 är preliminär"),
        "the confirmation repeats the consequences");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM import_batch WHERE file_name ="
        + " 'StaleMonthIT-forhandsgranskning.csv'"), "checking saves nothing");

    // The controller imports more consumption for GSF, on a level that is binding chargeback
    Page imported = feed(it, "period;förvaltning;tjänst;nivå;antal;referens\n2024-03;GSF;"
        + level + ";7;tillägg\n");
    assertEquals(201, imported.status(), imported.body());

    statement = gsf.get(STATEMENT + "?month=2024-03");
    String body = statement.body();
    assertTrue(body.contains("Underlagen har ändrats efter beräkningen"), body);
    assertTrue(body.contains("import av förbrukning ”") && body.contains(SOURCE + "” (1 rad)"),
        body);
    assertTrue(body.contains(", it: import av förbrukning"), "who changed it: " + body);
    assertTrue(body.contains("beräknades"), body);

    review = boab.get(REVIEW + "?month=2024-03");
    assertTrue(review.body().contains("Underlagen har ändrats efter beräkningen"), review.body());
    assertFalse(review.body().contains("review:approve"), "no approve button while stale");
    try (Connection c = TestDatabase.connect()) {
      RuleViolationException refused = assertThrows(RuleViolationException.class,
          () -> Approvals.approve(c, MONTH, orgId("BOAB"), "ekonom.bostad", null));
      assertEquals("review.stale", refused.violations().get(0).key());
    }
    assertEquals(List.of("GSF", "SBK"), approvals(), "nothing approved while stale");

    // The recomputation withdraws GSF's approval, keeps SBK's, and says so in the history
    Page runs = it.get(RUNS + "?year=2024");
    Page computed = it.ajax(RUNS, PortalClient.inputs(runs.body(), "runs"),
        "runs:months:" + ROW + ":compute", "runs", "runs");
    assertTrue(computed.body().contains("Månaden 2024-03 är beräknad"), computed.body());
    assertEquals(List.of("SBK"), approvals(), "only the org whose binding lines changed");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM period_transition WHERE period = '"
        + FIRST + "' AND from_status = 'PRELIMINARY' AND to_status = 'PRELIMINARY' AND reason ="
        + " 'Omräknad med ändrade underlag; godkännandet återkallat för GSF.'"));
    periods = it.get(PERIODS + "?year=2024");
    assertTrue(periods.body().contains("godkännandet återkallat för GSF"), "shown in the history");

    statement = gsf.get(STATEMENT + "?month=2024-03");
    assertFalse(statement.body().contains("Underlagen har ändrats"), statement.body());
    review = gsf.get(REVIEW + "?month=2024-03");
    assertTrue(review.body().contains("review:approve"), "GSF can approve the new figures");

    // Back to OPEN, so no other class finds a month of this one waiting for review
    periods = it.get(PERIODS + "?year=2024");
    Page reopened = it.ajax(PERIODS, PortalClient.inputs(periods.body(), "periods"),
        "periods:months:" + ROW + ":toOpen", "periods", "periods");
    assertTrue(reopened.body().contains("Perioden 2024-03 har nu status Öppen"), reopened.body());
  }

  @Test
  void anOpenMonthsStatementDoesNotSayToPay() throws SQLException {
    YearMonth open = MONTH.plusMonths(1);
    PreparedMonths.prepare(open, "StaleMonthIT", List.of("GSF"), false);
    Page statement = PortalClient.loggedIn(base, "ekonom.gsf", "demo")
        .get(STATEMENT + "?month=2024-04");
    assertEquals(200, statement.status());
    assertTrue(statement.body().contains("Beräknat belopp (månaden är öppen, inget att betala"
        + " ännu)"), statement.body());
    assertFalse(statement.body().contains("<dt>Att betala</dt>"), statement.body());
  }

  private Page feed(PortalClient client, String csv) {
    HttpRequest request = HttpRequest.newBuilder(client.uri("api/v1/consumption?source="
            + SOURCE))
        .header("Content-Type", "text/csv; charset=UTF-8")
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("it:demo".getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
    return client.send(request);
  }

  /**
   * "service;level" of a level offered in the month, priced per unit, in an area the month
   * charges under binding chargeback: consuming it changes GSF's binding lines.
   */
  private static String chargebackLevel() throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT CONCAT(sv.code, ';', l.code) FROM service_level l"
            + " JOIN service sv ON sv.id = l.service_id WHERE sv.unit <> 'FIXED_MONTHLY'"
            + " AND sv.lifecycle NOT IN ('RETIRED', 'PLANNED')"
            + " AND l.active_from <= '" + FIRST + "' AND (l.active_to IS NULL OR l.active_to >= '"
            + FIRST + "') AND sv.area_id IN (SELECT r.area_id FROM result_line r WHERE r.period"
            + " = '" + FIRST + "' AND r.binding AND r.model = 'CHARGEBACK') ORDER BY l.id LIMIT 1")) {
      assertTrue(rs.next(), "the month has an area under binding chargeback with a level offered");
      return rs.getString(1);
    }
  }

  private static List<String> approvals() throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT o.code FROM statement_approval a JOIN org_unit o"
            + " ON o.id = a.org_id WHERE a.period = '" + FIRST + "' ORDER BY o.code")) {
      List<String> codes = new ArrayList<>();
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
      return codes;
    }
  }

  private static long orgId(String code) {
    return TestDatabase.count("SELECT id FROM org_unit WHERE code = '" + code + "'");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate(sql));
    }
  }
}
