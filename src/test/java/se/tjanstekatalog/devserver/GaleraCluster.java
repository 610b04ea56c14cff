package se.tjanstekatalog.devserver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A MariaDB Galera cluster of {@link #NODES} nodes on loopback for {@code mvn -Pcluster}:
 * Debian's mariadbd with galera-4 ({@code /usr/lib/galera/libgalera_smm.so}), each node with
 * its own data directory under {@code target/cluster/galera/nodeN} and its own ports (SQL
 * 14306+i, group communication 14567+10i, IST 14568+10i, rsync SST 14444+i), all bound to
 * 127.0.0.1. Node 1 bootstraps a new cluster, a restart the node that stopped last; the others
 * join it by state transfer. ADR 0010.
 */
final class GaleraCluster {
  static final int NODES = 3;
  static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";
  static final String MARIADBD = "/usr/sbin/mariadbd";
  static final String INSTALL_DB = "/usr/bin/mariadb-install-db";
  /** The portal's account; created on node 1 and replicated (local use only). */
  static final String USER = "tk";
  static final String PASSWORD = "tk-cluster";
  /** HAProxy's health check (GaleraHealthCheck) logs in as this user without a password. */
  static final String CHECK_USER = "haproxy";
  private static final int START_TIMEOUT_SECONDS = 180;

  private final Path baseDir;
  private final PrintStream out;
  private final Process[] processes = new Process[NODES];

  GaleraCluster(Path baseDir, PrintStream out) {
    this.baseDir = baseDir;
    this.out = out;
  }

  static int sqlPort(int node) {
    return 14305 + node;
  }

  static int gcommPort(int node) {
    return 14557 + 10 * node;
  }

  static int istPort(int node) {
    return gcommPort(node) + 1;
  }

  static int sstPort(int node) {
    return 14443 + node;
  }

  /** Every port the cluster listens on, to check before starting. */
  static List<Integer> ports() {
    return IntStream.rangeClosed(1, NODES).boxed()
        .flatMap(n -> List.of(sqlPort(n), gcommPort(n), istPort(n), sstPort(n)).stream())
        .toList();
  }

  static String jdbcUrl(int node, String database) {
    return "jdbc:mariadb://127.0.0.1:" + sqlPort(node) + "/" + database;
  }

  /** Whether the binaries this cluster needs are installed. */
  static List<String> missingBinaries() {
    return List.of(MARIADBD, INSTALL_DB, PROVIDER, "/usr/bin/rsync").stream()
        .filter(p -> !Files.isExecutable(Path.of(p)) && !Files.exists(Path.of(p))).toList();
  }

  /**
   * Starts the three nodes (node 1 bootstraps, the others join one by one) and waits until
   * {@code wsrep_cluster_size} is 3; then creates the portal's database and accounts.
   */
  void start(String database) throws IOException, InterruptedException, SQLException {
    int first = bootstrapNode();
    List<Integer> order = new ArrayList<>(List.of(first));
    IntStream.rangeClosed(1, NODES).filter(n -> n != first).forEach(order::add);
    for (int i = 0; i < order.size(); i++) {
      int n = order.get(i);
      Path data = dataDir(n);
      boolean fresh = !Files.exists(data.resolve("mysql"));
      if (fresh) {
        install(n);
      }
      Files.writeString(configFile(n), config(n), StandardCharsets.UTF_8);
      boolean bootstraps = i == 0;
      if (bootstraps && !fresh) {
        markSafeToBootstrap(data.resolve("grastate.dat"));
      }
      out.println("[tk] Starting Galera node " + n + " on 127.0.0.1:" + sqlPort(n)
          + (bootstraps ? " (bootstraps the cluster)" : " (joins)"));
      processes[n - 1] = startNode(n, bootstraps);
      awaitSynced(n, i + 1);
      if (bootstraps) {
        createAccounts(n, database);
      }
    }
  }

  /**
   * The node to bootstrap from: the one Galera marked safe (it left the cluster last, so it
   * holds every transaction), else node 1 (a fresh cluster, or every node killed).
   */
  int bootstrapNode() throws IOException {
    for (int n = 1; n <= NODES; n++) {
      Path grastate = dataDir(n).resolve("grastate.dat");
      if (Files.exists(grastate) && Files.readString(grastate).contains("safe_to_bootstrap: 1")) {
        return n;
      }
    }
    return 1;
  }

  /**
   * Starts node {@code node} again after it died (kill -9), on its own data directory: it
   * rejoins the running cluster by IST when the others' gcache still holds what it missed,
   * else by SST, and this waits until it is Synced and the cluster has all its nodes again.
   */
  void restart(int node) throws IOException, InterruptedException {
    Process old = processes[node - 1];
    if (old != null && old.isAlive()) {
      throw new IllegalStateException("Galera node " + node + " still runs (pid " + old.pid() + ")");
    }
    out.println("[tk] Restarting Galera node " + node + " on 127.0.0.1:" + sqlPort(node)
        + " (rejoins)");
    processes[node - 1] = startNode(node, false);
    awaitSynced(node, NODES);
  }

  /** Stops the nodes in the order 3, 2, 1; the last one stopped bootstraps the next start. */
  void stop() {
    for (int i = NODES - 1; i >= 0; i--) {
      Process p = processes[i];
      if (p != null && p.isAlive()) {
        out.println("[tk] Stopping Galera node " + (i + 1) + "...");
        p.destroy();
        try {
          if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  List<Long> pids() {
    return java.util.Arrays.stream(processes).map(p -> p == null ? -1L : p.pid()).toList();
  }

  Path dataDir(int node) {
    return baseDir.resolve("node" + node).resolve("data");
  }

  private Path configFile(int node) {
    return baseDir.resolve("node" + node).resolve("my.cnf");
  }

  /**
   * The account the nodes run as. Not root: rsync's SST daemon, started as root, writes as
   * "nobody" and the joiner's state transfer fails; Debian's mariadb-server brings "mysql".
   */
  static String osUser() {
    String me = System.getProperty("user.name");
    return "root".equals(me) ? "mysql" : me;
  }

  private void install(int node) throws IOException, InterruptedException {
    Files.createDirectories(dataDir(node));
    out.println("[tk] Initialising Galera node " + node + " in " + dataDir(node));
    if (!osUser().equals(System.getProperty("user.name"))) {
      Process chown = new ProcessBuilder("chown", "-R", osUser() + ":", baseDir.toString())
          .inheritIO().start();
      if (chown.waitFor() != 0) {
        throw new IOException("Could not give " + baseDir + " to " + osUser());
      }
    }
    Process p = new ProcessBuilder(INSTALL_DB, "--no-defaults", "--user=" + osUser(),
        "--datadir=" + dataDir(node), "--auth-root-authentication-method=normal",
        "--skip-test-db")
        .redirectErrorStream(true)
        .redirectOutput(baseDir.resolve("node" + node).resolve("install.log").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("mariadb-install-db failed for node " + node + ", see "
          + baseDir.resolve("node" + node).resolve("install.log"));
    }
  }

  /** The node's option file: the embedded server's character set, ROW events, wsrep on. */
  String config(int node) {
    Path dir = baseDir.resolve("node" + node);
    String members = IntStream.rangeClosed(1, NODES)
        .mapToObj(n -> "127.0.0.1:" + gcommPort(n)).collect(Collectors.joining(","));
    return String.join("\n",
        "[mysqld]",
        "user=" + osUser(),
        "datadir=" + dataDir(node),
        "socket=" + dir.resolve("mysqld.sock"),
        "pid-file=" + dir.resolve("mysqld.pid"),
        "log-error=" + dir.resolve("error.log"),
        "port=" + sqlPort(node),
        "bind-address=127.0.0.1",
        "character-set-server=utf8mb4",
        "collation-server=utf8mb4_swedish_ci",
        "local-infile=1",
        "innodb-buffer-pool-size=128M",
        "innodb-flush-log-at-trx-commit=2",
        // Galera's requirements: row events, interleaved auto-increment locks.
        "binlog-format=ROW",
        "default-storage-engine=InnoDB",
        "innodb-autoinc-lock-mode=2",
        "log-bin-trust-function-creators=1",
        "wsrep-on=ON",
        "wsrep-provider=" + PROVIDER,
        "wsrep-cluster-name=tk-cluster",
        "wsrep-cluster-address=gcomm://" + members,
        "wsrep-node-name=tk-galera-" + node,
        "wsrep-node-address=127.0.0.1:" + gcommPort(node),
        "wsrep-provider-options=\"base_host=127.0.0.1;base_port=" + gcommPort(node)
            + ";gmcast.listen_addr=tcp://127.0.0.1:" + gcommPort(node)
            + ";ist.recv_addr=127.0.0.1:" + istPort(node) + ";gcache.size=128M\"",
        "wsrep-sst-method=rsync",
        "wsrep-sst-receive-address=127.0.0.1:" + sstPort(node),
        "") ;
  }

  private Process startNode(int node, boolean bootstrap) throws IOException {
    List<String> command = new ArrayList<>(List.of(MARIADBD,
        "--defaults-file=" + configFile(node)));
    if (bootstrap) {
      command.add("--wsrep-new-cluster");
    }
    Path log = baseDir.resolve("node" + node).resolve("console.log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Waits until the node answers, is Synced and sees {@code size} members. */
  private void awaitSynced(int node, int size) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    Process p = processes[node - 1];
    String last = "not answering";
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException("Galera node " + node + " exited; see "
            + baseDir.resolve("node" + node).resolve("error.log"));
      }
      try (Connection c = DriverManager.getConnection(jdbcUrl(node, ""), "root", "");
          Statement st = c.createStatement()) {
        String state = status(st, "wsrep_local_state_comment");
        int members = Integer.parseInt(status(st, "wsrep_cluster_size"));
        last = state + ", cluster size " + members;
        if ("Synced".equals(state) && members >= size) {
          out.println("[tk] Galera node " + node + ": " + last);
          return;
        }
      } catch (SQLException | NumberFormatException notYet) {
        last = String.valueOf(notYet.getMessage());
      }
      Thread.sleep(500);
    }
    throw new IOException("Galera node " + node + " not synced in time (" + last + ")");
  }

  static String status(Statement st, String name) throws SQLException {
    try (ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
      return rs.next() ? rs.getString(2) : "";
    }
  }

  private static void createAccounts(int node, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(node, ""), "root", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE IF NOT EXISTS `" + database
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
      st.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '"
          + PASSWORD + "'");
      // Liquibase creates triggers; the portal reads the wsrep status for its health.
      st.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + USER + "'@'127.0.0.1'");
      // Every other kommun's database, <database>_<code> (ADR 0007; the demo's Ekby).
      st.execute("GRANT ALL PRIVILEGES ON `" + database.replace("_", "\\_") + "\\_%`.* TO '"
          + USER + "'@'127.0.0.1'");
      st.execute("GRANT PROCESS, RELOAD ON *.* TO '" + USER + "'@'127.0.0.1'");
      st.execute("CREATE USER IF NOT EXISTS '" + CHECK_USER + "'@'127.0.0.1'");
    }
  }

  private static void markSafeToBootstrap(Path grastate) throws IOException {
    if (Files.exists(grastate)) {
      String s = Files.readString(grastate);
      Files.writeString(grastate, s.replace("safe_to_bootstrap: 0", "safe_to_bootstrap: 1"));
    }
  }
}
