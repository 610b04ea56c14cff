package se.tjanstekatalog.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What mvn -Pcluster writes and where it listens (ADR 0010); the drill is ClusterFailoverIT. */
class ClusterLauncherTest {
  private static final Path SOCKET = Path.of("/tmp/c/haproxy.sock");

  @Test
  void everyPortIsDistinctLoopbackOnlyAndNotTheMachinesMariaDb() {
    List<Integer> ports = ClusterLauncher.allPorts();
    assertEquals(ports.size(), new HashSet<>(ports).size(), "no port twice: " + ports);
    assertFalse(ports.contains(3306), "the machine's own MariaDB");
    assertEquals(List.of(14306, 14567, 14568, 14444, 14307, 14577, 14578, 14445,
        14308, 14587, 14588, 14446, 14316, 14317, 14318, 18080, 14300, 18089, 18081, 15701,
        18082, 15702), ports);
  }

  @Test
  void haproxyWritesToGaleraNodeOneAndKeepsTheOthersAsStandbys() {
    String cfg = ClusterLauncher.haproxyConfig(SOCKET);
    assertTrue(cfg.contains("bind 127.0.0.1:14300"));
    assertTrue(cfg.contains("    server galera1 127.0.0.1:14306 port 14316\n"), cfg);
    assertTrue(cfg.contains("    server galera2 127.0.0.1:14307 port 14317 backup\n"), cfg);
    assertTrue(cfg.contains("    server galera3 127.0.0.1:14308 port 14318 backup\n"), cfg);
    assertTrue(cfg.contains("on-marked-down shutdown-sessions"));
    assertTrue(cfg.contains("on-marked-up shutdown-backup-sessions"));
  }

  @Test
  void haproxyChecksGaleraNodesThroughTheirClustercheckNotTheHandshake() {
    String cfg = ClusterLauncher.haproxyConfig(SOCKET);
    String galera = cfg.substring(cfg.indexOf("listen galera"), cfg.indexOf("listen portal"));
    assertTrue(galera.contains("option httpchk GET /\n"), galera);
    assertTrue(galera.contains("http-check expect status 200\n"), galera);
    assertFalse(cfg.contains("mysql-check"), "the handshake alone passes a desynced node");
    assertTrue(cfg.contains("stats socket /tmp/c/haproxy.sock mode 600 level admin\n"), cfg);
  }

  @Test
  void onlyASyncedReadyNodeOfThePrimaryComponentTakesSql() {
    Map<String, String> synced = Map.of("wsrep_local_state_comment", "Synced",
        "wsrep_cluster_status", "Primary", "wsrep_ready", "ON");
    assertTrue(GaleraHealthCheck.verdict(1, synced, "NONE").available());
    assertEquals(200, GaleraHealthCheck.verdict(1, synced, "NONE").status());
    assertEquals(503, GaleraHealthCheck.verdict(1, with(synced, "wsrep_local_state_comment",
        "Donor/Desynced"), "NONE").status());
    assertEquals(503, GaleraHealthCheck.verdict(1, with(synced, "wsrep_local_state_comment",
        "Joining: receiving State Transfer"), "NONE").status());
    assertEquals(503, GaleraHealthCheck.verdict(1, with(synced, "wsrep_cluster_status",
        "non-Primary"), "NONE").status());
    assertEquals(503, GaleraHealthCheck.verdict(1, with(synced, "wsrep_ready", "OFF"), "NONE")
        .status());
    assertEquals(503, GaleraHealthCheck.verdict(1, synced, "ALL").status());
    assertEquals(503, GaleraHealthCheck.verdict(1, Map.of(), "NONE").status(), "no wsrep at all");
    assertTrue(GaleraHealthCheck.verdict(2, with(synced, "wsrep_cluster_status", "non-Primary"),
        "NONE").reason().contains("Galera node 2: Synced, non-Primary"));
  }

  @Test
  void aGaleraNodeThatHangsIsUnavailableWithinHaproxysCheckTimeout() throws Exception {
    // A server that accepts the connection and never says a word (a stalled mariadbd).
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      long start = System.nanoTime();
      GaleraHealthCheck.Verdict v = GaleraHealthCheck.check(3, silent.getLocalPort());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertFalse(v.available(), v.reason());
      assertTrue(v.reason().startsWith("Galera node 3 does not answer"), v.reason());
      assertTrue(millis < 2000, "answered after " + millis + " ms; timeout check is 2 s");
    }
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }

  @Test
  void haproxyBalancesBothPayaraNodesOnTheirHealthAndNamesTheNode() {
    String cfg = ClusterLauncher.haproxyConfig(SOCKET);
    assertTrue(cfg.contains("bind 127.0.0.1:18080"));
    assertTrue(cfg.contains("option httpchk GET /health/ready"));
    assertTrue(cfg.contains("server payara1 127.0.0.1:18081 check inter 2s fall 2 rise 2"
        + " cookie payara1"), cfg);
    assertTrue(cfg.contains("server payara2 127.0.0.1:18082 check inter 2s fall 2 rise 2"
        + " cookie payara2"), cfg);
    assertTrue(cfg.contains("http-response set-header X-Tk-Node %[srv_name]"), cfg);
    assertFalse(cfg.contains("0.0.0.0"), "loopback only");
  }

  @Test
  void aGaleraNodeListensOnLoopbackOnItsOwnPortsWithRowEvents() {
    GaleraCluster galera = new GaleraCluster(Path.of("/tmp/g"),
        new PrintStream(OutputStream.nullOutputStream()));
    String cnf = galera.config(2);
    assertTrue(cnf.contains("port=14307\n"));
    assertTrue(cnf.contains("bind-address=127.0.0.1\n"));
    assertTrue(cnf.contains("datadir=/tmp/g/node2/data\n"));
    assertTrue(cnf.contains("binlog-format=ROW\n"));
    assertTrue(cnf.contains("innodb-autoinc-lock-mode=2\n"));
    assertTrue(cnf.contains("wsrep-cluster-address=gcomm://127.0.0.1:14567,127.0.0.1:14577,"
        + "127.0.0.1:14587\n"), cnf);
    assertTrue(cnf.contains("gmcast.listen_addr=tcp://127.0.0.1:14577;"
        + "ist.recv_addr=127.0.0.1:14578"), cnf);
    assertTrue(cnf.contains("wsrep-sst-receive-address=127.0.0.1:14445\n"));
    assertTrue(cnf.contains("collation-server=utf8mb4_swedish_ci\n"), "as the embedded server");
  }
}
