package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    TestDatabase.stopEmbedded();
    try {
      Page down = client.get("health/ready");
      assertEquals(503, down.status(), down.body());
      assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
      assertTrue(down.body().contains("\"database\""), down.body());
    } finally {
      TestDatabase.restartEmbedded();
    }
    Page up = client.get("health/ready");
    for (int i = 0; i < 20 && up.status() != 200; i++) {
      Thread.sleep(500);
      up = client.get("health/ready");
    }
    assertEquals(200, up.status(), "up again once the database is back: " + up.body());
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
