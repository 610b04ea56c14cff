package se.tjanstekatalog.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
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

/**
 * Issue 17, items 4 and 5: the audit log records logins, failed logins and a price change with
 * actor and kind, the database refuses to change or remove its rows, the page filters it; the
 * read API pages, answers 304 to a known ETag, and scopes an ORG_FINANCE user to their org.
 * Writes only the months 2016-02..2016-06 (a draft price list); reads the demo year.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {
  private static final String AUDIT = "admin/audit.xhtml";
  private static final String PRICE_LISTS = "catalogue/pricelists.xhtml";
  private static final String PASSWORD = "demo";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void loginsAndFailedLoginsAreLoggedWithActorAndKind() throws InterruptedException {
    Page failed = new PortalClient(base).login("granskning_okand", "fel-lösenord");
    assertEquals(200, failed.status(), "the login page again");
    PortalClient.loggedIn(base, "ekonom.gsf", PASSWORD);

    // A failed login is written just after the answer (the throttle's clock must not wait).
    assertEquals(1, eventually("SELECT COUNT(*) FROM audit_log WHERE kind ="
        + " 'LOGIN_FAILED' AND username = 'granskning_okand' AND display_name IS NULL"
        + " AND summary LIKE 'Misslyckad inloggning (inloggningssidan)%'"));
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'LOGIN'"
        + " AND username = 'ekonom.gsf' AND display_name IS NOT NULL") >= 1);

    // The person filter takes an underscore as typed, not as a wildcard.
    Page api = new PortalClient(base).getWithBasic(
        "api/v1/audit?kind=LOGIN_FAILED&person=granskning_okand", "admin", PASSWORD);
    assertEquals(200, api.status(), api.body());
    assertTrue(api.body().contains("\"username\":\"granskning_okand\""), api.body());
    assertTrue(api.body().contains("\"total\":1"), api.body());
    assertEquals("1", api.header("X-Total-Count"));
  }

  @Test
  void aPriceListCopyIsLoggedAndThePageFindsItByPersonAndKind() {
    PortalClient it = PortalClient.loggedIn(base, "it", PASSWORD);
    Map<String, String> form = PortalClient.inputs(it.get(PRICE_LISTS).body(), "copyForm");
    form.put("copyForm:name", "Prislista granskningslogg");
    form.put("copyForm:from_input", "2016-02");
    form.put("copyForm:to_input", "2016-06");
    form.put("copyForm:markup", "2");
    form.put("copyForm:index", "0");
    Page copied = it.ajax(PRICE_LISTS, form, "copyForm:doCopy", "copyForm", "copyForm");
    assertTrue(copied.body().contains("Prislista granskningslogg har skapats som utkast"),
        copied.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'PRICE'"
        + " AND username = 'it' AND display_name IS NOT NULL AND period = '2016-02-01'"
        + " AND object = 'Prislista granskningslogg'"));

    Page page = it.get(AUDIT);
    assertEquals(200, page.status(), "the controller reads the audit log");
    Map<String, String> filter = PortalClient.inputs(page.body(), "audit");
    filter.put("audit:person", "it");
    filter.put("audit:kind_input", "PRICE");
    filter.put("audit:month_input", "2016-02");
    Page shown = it.ajax(AUDIT, filter, "audit:show", "audit", "audit");
    assertTrue(shown.body().contains("Ny prislista Prislista granskningslogg"), shown.body());
    assertFalse(shown.body().contains("Inloggning från"), "logins filtered out");

    filter.put("audit:kind_input", "LOGIN_FAILED");
    Page none = it.ajax(AUDIT, filter, "audit:show", "audit", "audit");
    assertFalse(none.body().contains("Ny prislista Prislista granskningslogg"), none.body());
    assertTrue(none.body().contains("Inga händelser med de valen."), none.body());

    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", PASSWORD).get(AUDIT)
        .status(), "a viewer does not");
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAuditRows() throws SQLException {
    PortalClient.loggedIn(base, "it", PASSWORD);
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
      SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate(
          "UPDATE audit_log SET summary = 'ändrad' WHERE kind = 'LOGIN'"));
      assertTrue(update.getMessage().contains("TK_APPEND_ONLY"), update.getMessage());
      SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate(
          "DELETE FROM audit_log WHERE kind = 'LOGIN'"));
      assertTrue(delete.getMessage().contains("TK_APPEND_ONLY"), delete.getMessage());
    }
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE summary = 'ändrad'"));
  }

  @Test
  void consumptionIsPagedWithLinksAndAKnownETagGets304() {
    PortalClient client = new PortalClient(base);
    Page first = client.getWithBasic("api/v1/consumption/2026-03?size=2", "it", PASSWORD);
    assertEquals(200, first.status(), first.body());
    long total = Long.parseLong(first.header("X-Total-Count"));
    assertTrue(total > 2, "the demo month has more than two org/level rows: " + total);
    assertEquals(2, count(first.body(), "\"org\":"), first.body());
    String link = first.header("Link");
    assertTrue(link.contains("page=2") && link.contains("rel=\"next\""), link);
    assertFalse(link.contains("rel=\"prev\""), link);
    String etag = first.header("ETag");
    assertNotNull(etag);

    Page again = client.send(basic("api/v1/consumption/2026-03?size=2", "it")
        .header("If-None-Match", etag).build());
    assertEquals(304, again.status());
    Page second = client.getWithBasic("api/v1/consumption/2026-03?size=2&page=2", "it",
        PASSWORD);
    assertEquals(200, second.status());
    assertFalse(etag.equals(second.header("ETag")), "another page, another tag");

    Page clamped = client.getWithBasic("api/v1/consumption/2026-03?size=999999", "it", PASSWORD);
    assertTrue(clamped.body().contains("\"size\":1000"), "size is clamped to 1000");
    assertEquals(422, client.getWithBasic("api/v1/consumption/2026-13", "it", PASSWORD)
        .status());
  }

  @Test
  void aFinanceChiefReadsOnlyTheirOwnOrgsConsumption() {
    PortalClient client = new PortalClient(base);
    Page own = client.getWithBasic("api/v1/consumption/2026-03?size=1000", "ekonom.gsf",
        PASSWORD);
    assertEquals(200, own.status(), own.body());
    assertTrue(count(own.body(), "\"org\":\"GSF\"") > 0, own.body());
    assertEquals(count(own.body(), "\"org\":"), count(own.body(), "\"org\":\"GSF\""),
        "only GSF's rows");
    Page other = client.getWithBasic("api/v1/consumption/2026-03?org=SBK", "ekonom.gsf",
        PASSWORD);
    assertEquals(403, other.status(), other.body());
    assertEquals(200, client.getWithBasic("api/v1/consumption/2026-03?org=SBK", "it", PASSWORD)
        .status());
  }

  @Test
  void keyValuesPoolsPriceListsAndThePlanAnswerWithETagsAndAreInTheOpenApiDocument() {
    PortalClient client = new PortalClient(base);
    for (String path : new String[] {"api/v1/keyvalues/2026-03", "api/v1/pools/2026-03",
        "api/v1/pricelists", "api/v1/modelplan", "api/v1/audit"}) {
      Page page = client.getWithBasic(path, "admin", PASSWORD);
      assertEquals(200, page.status(), path + ": " + page.body());
      assertNotNull(page.header("ETag"), path);
      assertEquals(304, client.send(basic(path, "admin")
          .header("If-None-Match", page.header("ETag")).build()).status(), path);
    }
    Page keyValues = client.getWithBasic("api/v1/keyvalues/2026-03", "personal.gsf", PASSWORD);
    assertTrue(keyValues.body().contains("\"org\":\"GSF\""), keyValues.body());

    Page lists = client.getWithBasic("api/v1/pricelists", "personal.gsf", PASSWORD);
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(lists.body());
    assertTrue(id.find(), lists.body());
    Page viewerList = client.getWithBasic("api/v1/pricelists/" + id.group(1), "personal.gsf",
        PASSWORD);
    assertTrue(viewerList.body().contains("\"chargedPrice\""), viewerList.body());
    assertFalse(viewerList.body().contains("\"costPrice\""), "no cost price for a viewer");
    assertTrue(client.getWithBasic("api/v1/pricelists/" + id.group(1), "it", PASSWORD).body()
        .contains("\"costPrice\""), "the controller sees cost prices");
    assertEquals(403, client.getWithBasic("api/v1/audit", "ekonom.gsf", PASSWORD).status());
    assertEquals(403, client.getWithBasic("api/v1/modelplan", "personal.gsf", PASSWORD)
        .status());

    String openapi = client.get("openapi").body();
    for (String path : new String[] {"/api/v1/consumption/{month}", "/api/v1/keyvalues/{month}",
        "/api/v1/pools/{month}", "/api/v1/pricelists", "/api/v1/pricelists/{id}",
        "/api/v1/modelplan", "/api/v1/audit"}) {
      assertTrue(openapi.contains(path + ":") || openapi.contains(path + "\":"),
          path + " documented in: " + openapi.lines().filter(l -> l.contains("/api/v1/"))
              .toList());
    }
    assertTrue(openapi.contains("POOL-INFRA"), "the examples are in the document");
  }

  private HttpRequest.Builder basic(String path, String user) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(new PortalClient(base).uri(path))
        .header("Authorization", "Basic " + token).GET();
  }

  /** The count once it is above 0, or 0 after ten seconds. */
  private static long eventually(String sql) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      long n = TestDatabase.count(sql);
      if (n > 0) {
        return n;
      }
      Thread.sleep(100);
    }
    return 0;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
