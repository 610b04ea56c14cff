package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.tjanstekatalog.testsupport.XssPayloads;

/**
 * Issue 14, finding 1 (stored XSS): an org and a service named with script payloads, shown on
 * the two pages with charts (whose Chart.js configuration once went into a script element as
 * text, so {@code </script><img …>} ended it). The pages must carry the names as escaped text
 * and JSON only, and every inline script must be PrimeFaces' own, with the nonce of the page's
 * Content-Security-Policy. The names are set in the database (the pages read them by SQL) and
 * put back afterwards; the browser tests write such names through the pages.
 */
@ExtendWith(ArquillianExtension.class)
class StoredXssIT {
  private static final String ORG = "OFN";
  private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void payloadNamedOrgAndServiceStayTextOnDashboardAndComparison() throws Exception {
    String service = scalar("SELECT s.code FROM result_line r JOIN service s ON s.id ="
        + " r.service_id WHERE r.period = '2026-03-01' AND r.quantity IS NOT NULL"
        + " GROUP BY s.code ORDER BY SUM(r.quantity) DESC, s.code LIMIT 1");
    String orgName = scalar("SELECT name FROM org_unit WHERE code = '" + ORG + "'");
    String serviceName = scalar("SELECT name FROM service WHERE code = '" + service + "'");
    try {
      rename("org_unit", ORG, XssPayloads.name("Förvaltning"));
      rename("service", service, XssPayloads.name("Tjänst"));
      PortalClient it = PortalClient.loggedIn(base, "it", "demo");
      for (String path : new String[] {
          "statements/dashboard.xhtml?year=2026&org=" + ORG,
          "statements/dashboard.xhtml?year=2026&month=2026-03&org=" + ORG + "&service=" + service
              + "&section=months",
          "statements/dashboard.xhtml?year=2026&org=" + ORG + "&section=forecast",
          "costing/comparison.xhtml?from=2026-01&to=2026-12&org=" + ORG}) {
        Page page = it.get(path);
        assertEquals(200, page.status(), path);
        String html = page.body();
        assertFalse(XssPayloads.injected(html), path + ": no element from a name: " + html);
        assertTrue(html.contains("Förvaltning &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
            path + ": the org's name is on the page, as text");
        assertTrue(html.contains("\\u003c/script\\u003e\\u003cimg src=x"),
            path + ": and in a chart's JSON, escaped for HTML");
        assertOnlyOwnScripts(path, page);
      }
      Page withService = it.get("statements/dashboard.xhtml?year=2026&service=" + service);
      assertTrue(withService.body().contains("Tjänst &lt;/script&gt;&lt;img"),
          "the service's name is on the dashboard");
      assertTrue(withService.body().contains("Tjänst \\u003c/script\\u003e"),
          "and in its chart's title");
      assertFalse(XssPayloads.injected(withService.body()));
    } finally {
      rename("org_unit", ORG, orgName);
      rename("service", service, serviceName);
    }
  }

  /**
   * A review comment (its line label and message body) and the comment's author as written
   * into a month's thread, shown on the review page to the controller. The thread is closed,
   * so it holds up no lock, and stays: the audit trail is append-only.
   */
  @Test
  void reviewCommentsStayTextOnTheReviewPage() throws Exception {
    String month = "2026-02";
    String text = XssPayloads.name("Kommentar");
    try (Connection c = TestDatabase.connect()) {
      long thread;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO line_comment (period, org_id,"
          + " line_key, line_label, status, created_by, closed_by, closed_at) SELECT ?, id, ?,"
          + " ?, 'CLOSED', 'ekonom.gsf', 'it', CURRENT_TIMESTAMP(3) FROM org_unit"
          + " WHERE code = 'GSF'", PreparedStatement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, month + "-01");
        ps.setString(2, "xss-" + System.nanoTime());
        ps.setString(3, XssPayloads.name("Rad"));
        assertEquals(1, ps.executeUpdate());
        try (ResultSet keys = ps.getGeneratedKeys()) {
          assertTrue(keys.next());
          thread = keys.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO comment_message (comment_id, author, body) VALUES (?, ?, ?)")) {
        ps.setLong(1, thread);
        ps.setString(2, "ekonom.gsf");
        ps.setString(3, text);
        assertEquals(1, ps.executeUpdate());
      }
    }
    String path = "statements/review.xhtml?month=" + month;
    Page page = PortalClient.loggedIn(base, "it", "demo").get(path);
    assertEquals(200, page.status(), path);
    assertFalse(XssPayloads.injected(page.body()), path + ": no element from a comment");
    assertTrue(page.body().contains("Kommentar &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"),
        path + ": the comment is on the page, as text");
    assertTrue(page.body().contains("Rad &lt;/script&gt;&lt;img"),
        path + ": the line it is about, as text");
    assertOnlyOwnScripts(path, page);
  }

  /** One policy header with a nonce; every inline script carries it, the rest come from us. */
  private static void assertOnlyOwnScripts(String path, Page page) {
    String policy = page.header("Content-Security-Policy");
    assertNotNull(policy, path + ": Content-Security-Policy");
    assertEquals(1, page.raw().headers().allValues("Content-Security-Policy").size(),
        path + ": one policy");
    for (String directive : new String[] {"object-src 'none'", "base-uri 'none'",
        "frame-ancestors 'none'"}) {
      assertTrue(policy.contains(directive), path + ": " + directive + " in " + policy);
    }
    Matcher nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), path + ": a nonce in " + policy);
    assertTrue(java.util.Arrays.stream(policy.split(";")).map(String::strip)
        .anyMatch(("script-src 'self' 'nonce-" + nonce.group(1) + "'")::equals),
        path + ": scripts from the portal and the nonce only: " + policy);
    Matcher script = SCRIPT.matcher(page.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      String attributes = script.group(1);
      assertTrue(attributes.contains("nonce=\"" + nonce.group(1) + "\""),
          path + ": script without the page's nonce: " + script.group());
      assertFalse(attributes.contains("src=\"http"), path + ": foreign script " + attributes);
    }
    assertTrue(scripts > 0, path + ": PrimeFaces' scripts");
  }

  private static void rename(String table, String code, String name) throws SQLException {
    try (Connection c = TestDatabase.connect();
         PreparedStatement ps = c.prepareStatement(
             "UPDATE " + table + " SET name = ? WHERE code = ?")) {
      ps.setString(1, name);
      ps.setString(2, code);
      assertEquals(1, ps.executeUpdate(), table + " " + code);
    }
  }

  private static String scalar(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
         PreparedStatement ps = c.prepareStatement(sql);
         ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
