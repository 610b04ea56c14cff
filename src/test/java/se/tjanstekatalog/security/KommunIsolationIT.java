package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Two kommuner in one installation (issue 19): the demo's Sjöstad in the pool's database and
 * Ekby, served by Sjöstad's IT nämnd, in its own, reached at {@code ekby.localhost}. The URL ×
 * role walk of {@link AccessMatrixIT} runs as Ekby's four demo users on Ekby's host name: every
 * page and read endpoint answers as the role table says, and no answer names anything of
 * Sjöstad's (its name, its orgs). Accounts, sessions and data stay with their kommun.
 */
@ExtendWith(ArquillianExtension.class)
class KommunIsolationIT {
  private static final String EKBY = "ekby.localhost";
  private static final String PASSWORD = "demo";
  /** Ekby's demo users by the role AccessMatrixIT's table names. */
  private static final Map<String, String> EKBY_USERS = Map.of(
      "personal.gsf", "personal.buf", "ekonom.gsf", "ekonom.buf", "it", "it", "admin", "admin");
  /** What only Sjöstad has: its name and orgs (Ekby's catalogue is Sjöstad's, published). */
  private static final List<String> SJOSTAD = List.of("Sjöstad", "Grundskoleförvaltningen",
      "Stadsledningskontoret", "Serviceförvaltningen", "Bostads AB", "Eva Ekonom");
  private static final List<String> EKBY_ONLY = List.of("Ekby", "Barn- och utbildningsförvaltningen",
      "Emil Ekonom");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void ekbyHasItsOwnDatabaseWithThePublishedCatalogueAndItsOwnMonths() throws SQLException {
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM kommun WHERE state = 'ACTIVE'"));
    assertEquals("sjöstads kommun", TestDatabase.text(
        "SELECT LOWER(name) FROM kommun WHERE database_name IS NULL"));
    try (Connection c = TestDatabase.connectKommun("ekby")) {
      assertEquals(4, count(c, "SELECT COUNT(*) FROM org_unit"), "Ekby's own orgs");
      assertEquals(0, count(c, "SELECT COUNT(*) FROM org_unit WHERE code = 'GSF'"));
      assertEquals(TestDatabase.count("SELECT COUNT(*) FROM service"),
          count(c, "SELECT COUNT(*) FROM service"), "every service published");
      assertEquals(TestDatabase.count("SELECT COUNT(*) FROM price_list WHERE status ="
          + " 'PUBLISHED'"), count(c, "SELECT COUNT(*) FROM price_list"),
          "the published price lists, no drafts");
      assertEquals(12, count(c, "SELECT COUNT(DISTINCT period) FROM costing_run"),
          "Ekby's demo months are computed from its own consumption");
      assertTrue(count(c, "SELECT COUNT(*) FROM result_line") > 0);
      assertEquals(0, count(c, "SELECT COUNT(*) FROM app_user WHERE username = 'ekonom.gsf'"));
    }
  }

  @Test
  void everyPageAndEndpointOfEkbyAnswersAsTheRoleTableSaysAndNamesNothingOfSjostad() {
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (var user : EKBY_USERS.entrySet()) {
      PortalClient client = PortalClient.loggedIn(new PortalClient(base, EKBY), user.getValue(),
          PASSWORD);
      for (var page : AccessMatrixIT.pages().entrySet()) {
        String path = page.getKey().replace("GSF", "BUF");
        Page answer = client.get(path);
        asked++;
        check(wrong, user.getValue() + " " + path, answer,
            page.getValue().contains(user.getKey()) ? 200 : 403);
      }
      for (var endpoint : AccessMatrixIT.endpoints().entrySet()) {
        String path = endpoint.getKey().replace("GSF", "BUF");
        Page answer = basic(path, user.getValue());
        asked++;
        check(wrong, user.getValue() + " " + path, answer,
            endpoint.getValue().contains(user.getKey()) ? 200 : 403);
      }
    }
    assertEquals(List.of(), wrong, "Ekby's answers");
    assertEquals(EKBY_USERS.size() * (AccessMatrixIT.pages().size()
        + AccessMatrixIT.endpoints().size()), asked);
  }

  @Test
  void ekbysPagesShowEkbyAndSjostadsShowNothingOfEkby() {
    PortalClient ekby = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD);
    Page orgs = ekby.get("organisation/orgs.xhtml");
    assertEquals(200, orgs.status());
    assertTrue(orgs.body().contains("Barn- och utbildningsförvaltningen"), "Ekby's orgs");
    Page statement = ekby.get("statements/statement.xhtml?month=2026-06&org=BUF");
    assertEquals(200, statement.status());
    assertTrue(statement.body().contains("Ekby"), "Ekby's statement names Ekby");
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    for (String path : List.of("organisation/orgs.xhtml", "statements/dashboard.xhtml",
        "index.xhtml", "api/v1/organisations")) {
      Page page = sjostad.get(path);
      assertEquals(200, page.status(), path);
      for (String marker : EKBY_ONLY) {
        assertFalse(page.body().contains(marker), path + " names " + marker);
      }
    }
  }

  @Test
  void anAccountLogsInOnlyToItsOwnKommun() {
    Page login = new PortalClient(base, EKBY).login("ekonom.gsf", PASSWORD);
    assertEquals(200, login.status(), "Sjöstad's ekonomichef is unknown in Ekby");
    assertEquals(401, basic("api/v1/organisations", "ekonom.gsf").status());
    assertEquals(200, new PortalClient(base).login("ekonom.buf", PASSWORD).status(),
        "Ekby's ekonomichef is unknown in Sjöstad");
  }

  @Test
  void aSessionOfOneKommunIsEndedWhenItsCookieIsShownToAnother() {
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    assertEquals(200, sjostad.get("costing/runs.xhtml").status());
    String cookie = sjostad.cookie("JSESSIONID");
    PortalClient replay = new PortalClient(base, EKBY);
    replay.setCookie("JSESSIONID", cookie);
    Page answer = replay.get("costing/runs.xhtml");
    assertEquals(302, answer.status(), "Ekby does not know the session");
    assertTrue(answer.header("Location").contains("/login.xhtml"));
    assertEquals(302, sjostad.get("costing/runs.xhtml").status(),
        "and the replayed session is ended in Sjöstad too");
  }

  private void check(List<String> wrong, String what, Page answer, int expected) {
    if (answer.status() != expected) {
      wrong.add(what + " → " + answer.status() + ", expected " + expected);
      return;
    }
    String type = answer.header("Content-Type");
    if (type == null || !(type.contains("html") || type.contains("json") || type.contains("csv")
        || type.contains("text") || type.contains("xml"))) {
      return;
    }
    for (String marker : SJOSTAD) {
      if (answer.body().contains(marker)) {
        wrong.add(what + " names " + marker);
      }
    }
  }

  /** A GET on Ekby's host with HTTP Basic that accepts any type. */
  private Page basic(String path, String user) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    PortalClient client = new PortalClient(base, EKBY);
    return client.send(HttpRequest.newBuilder(client.uri(path))
        .header("Authorization", "Basic " + token).header("Accept", "*/*").GET().build());
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
