package se.tjanstekatalog.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.tjanstekatalog.devserver.ClusterLauncher;
import se.tjanstekatalog.devserver.GaleraHealthCheck;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/**
 * HAProxy's Galera-aware check and nodes rejoining (issue 19, ADR 0010), only in the cluster
 * profile: {@code mvn -Pcluster verify -Dexec.skip=true -Dcluster.it=ClusterHealthIT}. Starts
 * the whole cluster from empty databases; desyncs the Galera writer and sees HAProxy take it
 * out and back; then kills a Galera node and a Payara node with SIGKILL, starts them again on
 * their data and ports and sees them rejoin (Galera size 3, HAProxy UP, data grid of 2).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterHealthIT extends ClusterTestBase {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  @Order(1)
  void aDesyncedWriterGetsNoSqlUntilItIsSyncedAgainAndThePortalKeepsAnswering()
      throws Exception {
    for (int n = 1; n <= 3; n++) {
      awaitHaproxy("galera", "galera" + n, "UP");
      assertEquals(200, checkEndpoint(n), "node " + n + " Synced");
    }
    assertEquals("tk-galera-1", nodeBehindSqlFront(), "node 1 is the writer");

    try (Connection root = DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:14306/", "root", "");
        Statement st = root.createStatement()) {
      st.execute("SET GLOBAL wsrep_desync = ON");
      try {
        assertEquals("Donor/Desynced", status(st, "wsrep_local_state_comment"));
        // It still answers the handshake (mysql-check passed it); the check does not.
        assertEquals(503, checkEndpoint(1));
        awaitHaproxy("galera", "galera1", "DOWN");
        assertNotEquals("tk-galera-1", nodeBehindSqlFront(), "a standby takes the SQL");
        Page page = chief.get("statements/statement.xhtml?month=2026-10");
        assertEquals(200, page.status(), String.valueOf(page.header("Location")));
        assertTrue(page.body().contains(ORG), "the chief's statement, read through a standby");
      } finally {
        st.execute("SET GLOBAL wsrep_desync = OFF");
      }
      // Back from Donor/Desynced through Joined to Synced once it has caught up.
      String state = status(st, "wsrep_local_state_comment");
      for (int i = 0; i < 40 && !"Synced".equals(state); i++) {
        Thread.sleep(250);
        state = status(st, "wsrep_local_state_comment");
      }
      assertEquals("Synced", state);
    }
    assertEquals(200, checkEndpoint(1));
    awaitHaproxy("galera", "galera1", "UP");
    assertEquals("tk-galera-1", nodeBehindSqlFront(), "node 1 writes again");
    Page page = chief.get("index.xhtml");
    assertEquals(200, page.status(), String.valueOf(page.header("Location")));
    assertTrue(page.body().contains(ORG));
  }

  @Test
  @Order(2)
  void aKilledGaleraNodeAndAKilledPayaraNodeRejoinWhenStartedAgain() throws Exception {
    Page before = chief.get("index.xhtml");
    assertEquals(200, before.status());
    String served = before.header("X-Tk-Node");
    assertNotNull(served);
    int payara = Integer.parseInt(served.substring("payara".length()));

    Process payaraNode = cluster.payara(payara);
    payaraNode.destroyForcibly();
    assertTrue(payaraNode.waitFor(30, TimeUnit.SECONDS));
    ProcessHandle writer = cluster.galeraNode(1);
    writer.destroyForcibly();
    writer.onExit().get(30, TimeUnit.SECONDS);
    awaitHaproxy("galera", "galera1", "DOWN");
    awaitHaproxy("portal", served, "DOWN");
    Page during = chief.get("index.xhtml");
    assertEquals(200, during.status(), String.valueOf(during.header("Location")));
    assertTrue(during.body().contains(ORG));
    assertNotEquals(served, during.header("X-Tk-Node"));
    awaitClusterSize("2");
    // A write node 1 misses while it is down; it must have it after rejoining.
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:14307/", "root", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE IF NOT EXISTS tk_rejoin_probe");
      st.execute("CREATE TABLE IF NOT EXISTS tk_rejoin_probe.missed (id INT PRIMARY KEY)");
      st.execute("INSERT INTO tk_rejoin_probe.missed VALUES (1)");
    }

    cluster.restartGalera(1); // waits until Synced in a cluster of 3
    assertNull(cluster.restartPayara(payara));

    assertEquals("3", clusterSize());
    awaitHaproxy("galera", "galera1", "UP");
    awaitHaproxy("portal", served, "UP");
    assertEquals("tk-galera-1", nodeBehindSqlFront(), "the rejoined node 1 writes again");
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:14306/", "root", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM tk_rejoin_probe.missed")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1), "what was written while it was down reached it");
    }
    awaitLog(cluster.payaraLog(payara), "DG Size: 2");
    // The restarted Payara node serves the portal through HAProxy: new logins go round robin.
    boolean seen = false;
    for (int i = 0; i < 6 && !seen; i++) {
      PortalClient user = PortalClient.loggedIn(
          URI.create(ClusterLauncher.portalUrl()).toURL(), "ekonom.gsf", "demo");
      Page page = user.get("index.xhtml");
      assertEquals(200, page.status());
      if (served.equals(page.header("X-Tk-Node"))) {
        assertTrue(page.body().contains(ORG));
        seen = true;
      }
    }
    assertTrue(seen, "a login landed on the restarted " + served);
  }

  private static int checkEndpoint(int node) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + GaleraHealthCheck.port(node) + "/"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static void awaitLog(Path log, String text) throws Exception {
    for (int i = 0; i < 120 && !Files.readString(log).contains(text); i++) {
      Thread.sleep(1000);
    }
    assertTrue(Files.readString(log).contains(text), log + " has no '" + text + "'");
  }

  /** The Galera node HAProxy's SQL front sends a new connection to. */
  private static String nodeBehindSqlFront() throws Exception {
    try (Connection c = front(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT @@wsrep_node_name")) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
