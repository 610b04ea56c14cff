package se.tjanstekatalog.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import se.tjanstekatalog.devserver.ClusterLauncher;
import se.tjanstekatalog.testsupport.PortalClient;

/**
 * The cluster drills' common ground: the whole cluster started from empty databases with the
 * demo before a class's tests and stopped after them, the demo's GSF ekonomichef logged in
 * through HAProxy, and reading HAProxy's and Galera's state.
 */
abstract class ClusterTestBase {
  /** The chief's org as the pages name it. */
  static final String ORG = "Grundskoleförvaltningen";
  static ClusterLauncher cluster;
  static PortalClient chief;

  @BeforeAll
  static void startCluster() throws Exception {
    Path projectDir = Path.of(System.getProperty("tk.projectDir", ".")).toAbsolutePath();
    cluster = ClusterLauncher.create(projectDir, true, true);
    String problem = cluster.start();
    assertNull(problem, problem);
    chief = PortalClient.loggedIn(URI.create(ClusterLauncher.portalUrl()).toURL(),
        "ekonom.gsf", "demo");
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.stop();
    }
  }

  /** Waits up to 30 s until HAProxy's {@code proxy/server} has the status {@code wanted}. */
  static void awaitHaproxy(String proxy, String server, String wanted) throws Exception {
    String key = proxy + "/" + server;
    String now = ClusterLauncher.haproxyStatus().get(key);
    for (int i = 0; i < 60 && !wanted.equals(now); i++) {
      Thread.sleep(500);
      now = ClusterLauncher.haproxyStatus().get(key);
    }
    assertEquals(wanted, now, "HAProxy's " + proxy + "/" + server);
  }

  /** A connection through HAProxy's SQL front, as the portal connects. */
  static Connection front() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + ClusterLauncher.SQL_FRONT + "/tjanstekatalog",
        "tk", "tk-cluster");
  }

  /** Galera's cluster size as the node behind HAProxy's SQL front sees it. */
  static String clusterSize() throws Exception {
    try (Connection c = front(); Statement st = c.createStatement()) {
      return status(st, "wsrep_cluster_size");
    }
  }

  /** Waits up to 30 s until the node behind the SQL front sees a cluster of {@code size}. */
  static void awaitClusterSize(String size) throws Exception {
    String now = clusterSize();
    for (int i = 0; i < 30 && !size.equals(now); i++) {
      Thread.sleep(1000);
      now = clusterSize();
    }
    assertEquals(size, now, "wsrep_cluster_size");
  }

  /** One global status variable. */
  static String status(Statement st, String name) throws SQLException {
    try (ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
      assertTrue(rs.next(), name);
      return rs.getString(2);
    }
  }
}
