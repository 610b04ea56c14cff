package se.tjanstekatalog.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.review.control.CommentThreads;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Att göra on the start page (issue 16, item 2): each role's items appear when the state calls
 * for them, link to the page where one acts, and go when done. The month is this class's own
 * (2018-01; 2018-02 is a level request's month; 2015-01 an ended org's); what it adds (a level
 * request, a proposal) is its own, named WorkQueueIT; its accounts and org are removed again.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueueIT {
  private static final YearMonth MONTH = YearMonth.of(2018, 1);
  private static final String FIRST = "2018-01-01";
  private static final String PERIODS = "statements/periods.xhtml";
  private static final String REVIEW = "statements/review.xhtml";
  private static final String START = "index.xhtml";
  private static final String REVIEW_LINK = "href=\"/statements/review.xhtml?month=2018-01\"";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void financeAndControllerItemsFollowTheMonthThroughReview() throws SQLException {
    PreparedMonths.prepare(MONTH, "WorkQueueIT", List.of("GSF", "SBK", "BOAB"), false);
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");

    // OPEN and computed: nothing to approve yet
    String mine = todo(gsf);
    assertFalse(mine.contains(REVIEW_LINK), mine);
    assertFalse(todo(it).contains("2018-01"), todo(it));

    // PRELIMINARY: GSF is asked to approve; the controller sees who has not answered
    Page periods = it.get(PERIODS + "?year=2018");
    Page moved = it.ajax(PERIODS, PortalClient.inputs(periods.body(), "periods"),
        "periods:months:0:toPreliminary", "periods", "periods");
    assertTrue(moved.body().contains("Perioden 2018-01 har nu status Preliminär"), moved.body());
    mine = todo(gsf);
    assertTrue(mine.contains(REVIEW_LINK + ">Godkänn månadsbeskedet för 2018-01</a>"), mine);
    String its = todo(it);
    assertTrue(its.contains("href=\"/statements/summary.xhtml?month=2018-01\">Har inte svarat"
        + " på 2018-01 ("), its);
    List<String> silent = silent(its);
    assertTrue(silent.containsAll(List.of("BOAB", "GSF", "SBK")), silent.toString());

    // GSF comments: the controller has a comment to answer, GSF no longer counts as silent
    String label;
    long thread;
    try (Connection c = TestDatabase.connect()) {
      LedgerReads.Line line = LedgerReads.lines(c, LineQuery.of(MONTH).org(orgId("GSF"))
          .binding()).get(0);
      label = line.label();
      thread = CommentThreads.comment(c, MONTH, orgId("GSF"), line.key(), "Stämmer antalet?",
          "ekonom.gsf", null);
    }
    its = todo(it);
    assertTrue(its.contains(REVIEW_LINK + ">Obesvarad kommentar från GSF om " + label
        + " (2018-01)</a>"), its);
    List<String> stillSilent = silent(its);
    assertEquals(silent.size() - 1, stillSilent.size(), its);
    assertFalse(stillSilent.contains("GSF"), "GSF has commented: " + its);
    assertFalse(todo(gsf).contains("Svar på din kommentar"), "no answer yet");

    // The controller answers: gone from its list, an answer on GSF's
    try (Connection c = TestDatabase.connect()) {
      CommentThreads.reply(c, thread, "Ja, två nya filytor.", "it", null);
    }
    assertFalse(todo(it).contains("Obesvarad kommentar från GSF om " + label), todo(it));
    mine = todo(gsf);
    assertTrue(mine.contains(REVIEW_LINK + ">Svar på din kommentar om " + label
        + " (2018-01)</a>"), mine);

    // GSF approves on the review page: the approval item goes
    Page review = gsf.get(REVIEW + "?month=2018-01");
    Page approved = gsf.ajax(REVIEW, PortalClient.inputs(review.body(), "review"),
        "review:approve", "review:approve", "review");
    assertTrue(approved.body().contains("Månadsbeskedet för 2018-01 är godkänt"), approved.body());
    assertFalse(todo(gsf).contains("Godkänn månadsbeskedet för 2018-01"), todo(gsf));

    // Changed inputs: recompute (runs page of the year); current again: gone
    execute("UPDATE costing_run SET stale = TRUE WHERE period = '" + FIRST + "'");
    assertTrue(todo(it).contains("href=\"/costing/runs.xhtml?year=2018\">Underlagen för 2018-01"
        + " har ändrats: räkna om månaden</a>"), todo(it));
    execute("UPDATE costing_run SET stale = FALSE WHERE period = '" + FIRST + "'");
    assertFalse(todo(it).contains("Underlagen för 2018-01"), todo(it));

    // REVIEWED: ready to lock on the periods page; nobody is asked to answer any more
    execute("UPDATE period SET status = 'REVIEWED' WHERE period = '" + FIRST + "'");
    its = todo(it);
    assertTrue(its.contains("href=\"/statements/periods.xhtml?year=2018\">2018-01 är granskad:"
        + " lås månaden</a>"), its);
    assertFalse(its.contains("Har inte svarat på 2018-01"), its);
  }

  @Test
  void levelRequestsAndProposalsWaitForTheControllerAndTheirDecisionsReachTheOrg()
      throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    execute("INSERT INTO level_change_request (org_id, service_id, to_level_id,"
        + " effective_month, status, motivation, requested_by, requested_at)"
        + " SELECT o.id, l.service_id, l.id, '2018-02-01', 'PENDING', 'WorkQueueIT',"
        + " 'ekonom.gsf', UTC_TIMESTAMP(3) FROM org_unit o, service_level l"
        + " WHERE o.code = 'GSF' ORDER BY l.id LIMIT 1");
    String level = text("SELECT CONCAT(s.name, ' – ', l.name) FROM service_level l"
        + " JOIN service s ON s.id = l.service_id ORDER BY l.id LIMIT 1");
    execute("INSERT INTO change_proposal (kind, status, title, effective_month, created_by,"
        + " created_at, submitted_by, submitted_at) VALUES ('PRICE_CHANGE', 'IN_PREPARATION',"
        + " 'WorkQueueIT förslag', '2018-02-01', 'ekonom.gsf', UTC_TIMESTAMP(3), 'ekonom.gsf',"
        + " UTC_TIMESTAMP(3))");

    String its = todo(it);
    assertTrue(its.contains("href=\"/catalogue/subscriptions.xhtml\">Nivåbyte att besluta: GSF"
        + " vill ha " + level + " från 2018-02</a>"), its);
    assertTrue(its.contains("href=\"/catalogue/proposals.xhtml\">Förändringsförslag att"
        + " besluta: ”WorkQueueIT förslag”</a>"), its);
    assertFalse(todo(gsf).contains("2018-02"), "nothing decided yet");

    execute("UPDATE level_change_request SET status = 'REJECTED', decided_by = 'it',"
        + " decided_at = UTC_TIMESTAMP(3), decision_reason = 'WorkQueueIT'"
        + " WHERE motivation = 'WorkQueueIT'");
    execute("UPDATE change_proposal SET status = 'REJECTED', decided_by = 'it',"
        + " decided_at = UTC_TIMESTAMP(3) WHERE title = 'WorkQueueIT förslag'");
    its = todo(it);
    assertFalse(its.contains("från 2018-02"), its);
    assertFalse(its.contains("WorkQueueIT förslag"), its);
    String mine = todo(gsf);
    assertTrue(mine.contains("href=\"/catalogue/subscriptions.xhtml\">Din begäran om " + level
        + " från 2018-02 är avslagen</a>"), mine);
    assertTrue(mine.contains("href=\"/catalogue/proposals.xhtml\">Förändringsförslaget"
        + " ”WorkQueueIT förslag” är avslaget</a>"), mine);
  }

  @Test
  void anAdminSeesLockedAccountsAndAccountsWhoseOrgHasEndedUntilSettled() throws SQLException {
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    // An org of this class's own that ended, so that its account has no org to act for
    execute("INSERT INTO org_unit (code, name, kind, cost_centre, counterpart_code,"
        + " active_from, active_to) VALUES ('WQIT', 'WorkQueueIT nedlagd', 'ADMINISTRATION',"
        + " 'WQIT', '9939', '2015-01-01', '2015-01-31')");
    execute("INSERT INTO app_user (username, display_name, password_hash, role, org_id)"
        + " SELECT 'wq.locked', 'WorkQueueIT Låst', 'x', 'ORG_FINANCE', id FROM org_unit"
        + " WHERE code = 'GSF'");
    execute("INSERT INTO app_user (username, display_name, password_hash, role, org_id)"
        + " SELECT 'wq.ended', 'WorkQueueIT Utan', 'x', 'VIEWER', id FROM org_unit"
        + " WHERE code = 'WQIT'");
    execute("INSERT INTO login_throttle (user_id, failures, last_failure_at, locked_until)"
        + " SELECT id, 5, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE FROM app_user"
        + " WHERE username = 'wq.locked'");
    try {
      String todo = todo(admin);
      assertTrue(todo.contains("href=\"/admin/users.xhtml\">Kontot WorkQueueIT Låst (wq.locked)"
          + " är låst efter misslyckade inloggningar</a>"), todo);
      assertTrue(todo.contains("href=\"/admin/users.xhtml\">WorkQueueIT Utan (wq.ended) saknar"
          + " organisation</a>"), todo);

      execute("DELETE FROM login_throttle WHERE user_id = (SELECT id FROM app_user"
          + " WHERE username = 'wq.locked')");
      execute("UPDATE app_user SET org_id = (SELECT id FROM org_unit WHERE code = 'GSF')"
          + " WHERE username = 'wq.ended'");
      todo = todo(admin);
      assertFalse(todo.contains("wq.locked"), todo);
      assertFalse(todo.contains("wq.ended"), todo);
    } finally {
      try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM login_throttle WHERE user_id IN (SELECT id FROM app_user"
            + " WHERE username IN ('wq.locked', 'wq.ended'))");
        s.executeUpdate("DELETE FROM app_user WHERE username IN ('wq.locked', 'wq.ended')");
        s.executeUpdate("DELETE FROM org_unit WHERE code = 'WQIT'");
      }
    }
  }

  @Test
  void orgRolesSeeTheirCostThisYearAgainstLastYearAndAViewerHasNoQueue() {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    Page start = viewer.get(START);
    assertEquals(200, start.status());
    assertFalse(start.body().contains("id=\"todoCard\""), "a VIEWER has nothing to do");
    assertTrue(start.body().contains("id=\"costCard\""), start.body());
    Page finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo").get(START);
    String body = finance.body();
    assertTrue(body.contains("IT-kostnad hittills i år mot i fjol"), body);
    // the demo year is computed: a chart (money axis from zero, the models' colours) and a table
    assertTrue(body.contains("data-tk-chart"), body);
    assertTrue(body.contains("beginAtZero"), "money axis from zero");
    assertTrue(body.contains("#8a6d1e") && body.contains("#1d6a8a"), "the models' colours");
    assertTrue(body.contains("id=\"costTable\""), "the figures as a table");
    Page it = PortalClient.loggedIn(base, "it", "demo").get(START);
    assertFalse(it.body().contains("id=\"costCard\""), "no org, no cost card");
    assertTrue(it.body().contains("id=\"todoCard\""), it.body());
  }

  /** The orgs the controller's item says have not answered 2018-01. */
  private static List<String> silent(String todo) {
    Matcher m = Pattern.compile("Har inte svarat på 2018-01 \\((\\d+) st\\): ([^<]*)</a>")
        .matcher(todo);
    assertTrue(m.find(), todo);
    List<String> codes = List.of(m.group(2).split(", "));
    assertEquals(Integer.parseInt(m.group(1)), codes.size(), todo);
    return codes;
  }

  private String todo(PortalClient client) {
    Page page = client.get(START);
    assertEquals(200, page.status(), page.body());
    String body = page.body();
    int from = body.indexOf("id=\"todoCard\"");
    assertTrue(from >= 0, "the start page has Att göra: " + body);
    int to = body.indexOf("</div>", from);
    return body.substring(from, to);
  }

  private static String text(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }

  private static long orgId(String code) {
    return TestDatabase.count("SELECT id FROM org_unit WHERE code = '" + code + "'");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      assertTrue(s.executeUpdate(sql) >= 1, sql);
    }
  }
}
