package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/** Start-up on an empty database, and health when the database goes away. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {
  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void liquibaseAppliedEveryChangesetAndTheDemoDataOnTheEmptyDatabase() throws SQLException {
    int declared = declaredChangesets();
    try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG");
      rs.next();
      assertEquals(declared, rs.getInt(1), "every changeset applied once");
      rs = st.executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK");
      rs.next();
      assertEquals(0, rs.getInt(1), "migration lock released");
      for (String table : List.of("municipality", "org_unit", "org_key_value", "app_user")) {
        assertTrue(c.getMetaData().getTables(c.getCatalog(), null, table, null).next(), table);
      }
      rs = st.executeQuery("SELECT COUNT(*) FROM org_key_value WHERE period BETWEEN"
          + " '2026-01-01' AND '2026-12-01'");
      rs.next();
      assertTrue(rs.getInt(1) >= 18 * 12, "a year of key values for the demo orgs");
      rs = st.executeQuery("SELECT password_hash FROM app_user WHERE username = 'it'");
      rs.next();
      assertTrue(rs.getString(1).startsWith("PBKDF2WithHmacSHA256:"), "hashed, not plain");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "tk.test.db.embedded", matches = "true",
      disabledReason = "needs a database this test may stop: the embedded run covers it")
  void healthReportsTheDatabaseDownWhileItIsDown() throws Exception {
    PortalClient client = new PortalClient(base);
    assertEquals(200, client.get("health/ready").status());
    // A viewer has the catalogue open; its search is an Ajax request that reads the database
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    Page catalogue = viewer.get("catalogue/catalogue.xhtml");
    assertEquals(200, catalogue.status());
    java.util.Map<String, String> search = PortalClient.inputs(catalogue.body(), "cat");
    search.put("cat:text", "dator");
    search.put("jakarta.faces.behavior.event", "keyup");
    search.put("jakarta.faces.partial.event", "keyup");
    TestDatabase.stopEmbedded();
    try {
      // The server may take a moment to go: health tells when it has
      Page down = client.get("health/ready");
      for (int i = 0; i < 20 && down.status() != 503; i++) {
        Thread.sleep(250);
        down = client.get("health/ready");
      }
      assertEquals(503, down.status(), down.body());
      // The catalogue is kept in memory for at most ReadCache.TTL: past it, the search reads
      // the database again.
      Thread.sleep(ReadCache.TTL.toMillis() + 500);
      // Issue 14: the failed Ajax request is sent to the 500 page, and told nothing else
      Page failed = viewer.ajax("catalogue/catalogue.xhtml", search, "cat:text", "cat:text",
          "cat:table");
      assertTrue(failed.body().contains("<redirect url=\"") && failed.body().contains(
          "/error/500.xhtml"), failed.body());
      for (String leak : List.of("Exception", "SQL", "Socket", "jakarta.", "eclipse")) {
        assertFalse(failed.body().contains(leak), leak + " in " + failed.body());
      }
      assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
      assertTrue(down.body().contains("\"database\""), down.body());
      // Issue 14: anyone may ask, so no socket error, host or port in the answer
      for (String detail : List.of("error", "Socket", "onnect", "jdbc", "127.0.0.1",
          "Exception")) {
        assertFalse(down.body().contains(detail), detail + " in " + down.body());
      }
    } finally {
      TestDatabase.restartEmbedded();
    }
    Page up = client.get("health/ready");
    for (int i = 0; i < 20 && up.status() != 200; i++) {
      Thread.sleep(500);
      up = client.get("health/ready");
    }
    assertEquals(200, up.status(), "up again once the database is back: " + up.body());
    // The pool finds the connections the restart broke at their next checkout: users log in
    // again at once, without a restart of the portal.
    assertEquals(302, new PortalClient(base).login("personal.gsf", "demo").status(),
        "the pool replaced its broken connections");
  }

  /** Issue 14: Payara's metrics (inside this application's context) are not for viewers. */
  @Test
  void metricsAreForTheControllerAndTheAdminOnly() {
    assertEquals(302, new PortalClient(base).get("metrics").status(), "anonymous: login");
    for (String user : List.of("personal.gsf", "ekonom.gsf")) {
      Page refused = PortalClient.loggedIn(base, user, "demo").get("metrics");
      assertEquals(403, refused.status(), user);
      assertFalse(refused.body().contains("# TYPE"), user);
    }
    for (String user : List.of("it", "admin")) {
      Page metrics = PortalClient.loggedIn(base, user, "demo").get("metrics");
      assertEquals(200, metrics.status(), user);
      assertTrue(metrics.body().contains("# TYPE"), user + ": " + metrics.body());
    }
  }

  /** Issue 14: an Ajax request of a view that is gone is sent to the login page, nothing more. */
  @Test
  void anExpiredViewInAnAjaxRequestIsARedirectWithoutTheException() {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    Page page = viewer.get("catalogue/catalogue.xhtml");
    java.util.Map<String, String> fields = PortalClient.inputs(page.body(), "cat");
    fields.put("jakarta.faces.ViewState", "-1:-1");
    Page expired = viewer.ajax("catalogue/catalogue.xhtml", fields, "cat:text", "cat:text",
        "cat:table");
    assertEquals(200, expired.status());
    assertTrue(expired.body().contains("login.xhtml?expired=true"), expired.body());
    assertFalse(expired.body().contains("Exception"), expired.body());
    assertFalse(expired.body().contains("viewId"), expired.body());
  }

  /** Issue 16: the login page names the municipality, and every page has the portal's icon. */
  @Test
  void theLoginPageNamesTheMunicipalityAndPagesHaveAnIcon() {
    PortalClient client = new PortalClient(base);
    Page login = client.get("login.xhtml");
    assertEquals(200, login.status());
    String name = TestDatabase.text("SELECT name FROM municipality").replace("&", "&amp;")
        .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    assertTrue(login.body().contains("Tjänstekatalogen för <strong>" + name + "</strong>"),
        login.body());
    Matcher icon = Pattern.compile(
        "<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"([^\"]+)\"").matcher(login.body());
    assertTrue(icon.find(), "the login page links an icon");
    Page svg = client.get(icon.group(1).replace("&amp;", "&").substring(1));
    assertEquals(200, svg.status());
    assertTrue(svg.body().contains("<svg"), svg.body());
    assertTrue(PortalClient.loggedIn(base, "it", "demo").get("index.xhtml").body()
        .contains(icon.group(0)), "the portal's pages link the same icon");
  }

  /** Issue 14: Jersey's WADL named the Jersey version; the OpenAPI document is the API's. */
  @Test
  void theWadlIsSwitchedOff() {
    PortalClient client = new PortalClient(base);
    Page wadl = client.send(java.net.http.HttpRequest.newBuilder(client.uri(
        "api/application.wadl")).header("Authorization", "Basic " + java.util.Base64
        .getEncoder().encodeToString("it:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .GET().build());
    assertEquals(404, wadl.status(), wadl.body());
    assertFalse(wadl.body().contains("Jersey"), wadl.body());
    assertEquals(200, new PortalClient(base).getWithBasic("api/v1/services", "it", "demo")
        .status(), "the API itself still answers");
  }

  /**
   * Issue 14: a page asked for a code that does not exist is the 404 page, not the 500 page,
   * and logs no SEVERE stack trace (anyone could flood the log). The server's output reaches
   * this JVM's System.out line by line (the container adapter prints it), so the test reads
   * it there; a failed login with a unique name marks that the lines have arrived.
   */
  @Test
  void anUnknownCodeIsThe404PageWithoutAStackTraceInTheLog() throws Exception {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    String probe = "log-probe-" + System.nanoTime();
    System.setOut(new java.io.PrintStream(new org.apache.commons.io.output.TeeOutputStream(
        original, captured), true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String page : List.of("catalogue/service.xhtml?code=NOPE",
          "organisation/org.xhtml?code=NOPE")) {
        Page notFound = viewer.get(page);
        assertEquals(404, notFound.status(), page + ": " + notFound.body());
        assertTrue(notFound.body().contains("Sidan finns inte"), page + ": the 404 page");
      }
      new PortalClient(base).login(probe, "wrong");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!captured.toString(java.nio.charset.StandardCharsets.UTF_8).contains(probe)
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } finally {
      System.setOut(original);
    }
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(log.contains(probe), "the server's lines reached the test: " + log);
    assertFalse(log.contains("SEVERE"), log);
    assertFalse(log.contains("NotFoundException"), log);
  }

  private static int declaredChangesets() {
    Pattern changeSet = Pattern.compile("<changeSet\\b");
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("tk.projectDir"),
        "liquibase"))) {
      return files.filter(p -> p.toString().endsWith(".xml")).mapToInt(p -> {
        try {
          Matcher m = changeSet.matcher(Files.readString(p));
          int n = 0;
          while (m.find()) {
            n++;
          }
          return n;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
