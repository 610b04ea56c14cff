package se.tjanstekatalog.devserver;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -Pcluster}: the portal as a cluster on one machine, all on 127.0.0.1 (issue 19
 * part 2, ADR 0010). Three MariaDB Galera nodes ({@link GaleraCluster}), HAProxy in front of
 * them for SQL (port {@value #SQL_FRONT}) and in front of two Payara Micro nodes for HTTP
 * (port {@value #HTTP_FRONT}), the Payara nodes one Hazelcast cluster with replicated web
 * sessions. Payara node 1 migrates the schema and loads the demo before node 2 starts.
 * Ctrl-C stops Payara, HAProxy and Galera in that order. Everything lives under
 * {@code target/cluster/}; {@code TK_CLUSTER_FRESH=true} starts from empty databases.
 */
public final class ClusterLauncher {
  /** Where progress goes: the raw descriptor from main (Maven wraps System.out, a shutdown hook
   * must still write), System.out inside a test JVM. */
  private static PrintStream out = System.out;

  static final int HTTP_FRONT = 18080;
  public static final int SQL_FRONT = 14300;
  static final int HAPROXY_STATS = 18089;
  static final int[] PAYARA_HTTP = {18081, 18082};
  static final int[] HAZELCAST = {15701, 15702};
  static final String HAPROXY = "/usr/sbin/haproxy";
  static final String DATABASE = "tjanstekatalog";
  /** Hazelcast group of this cluster; no other Payara on the machine uses it. */
  static final String CLUSTER_NAME = "tjanstekatalog-cluster-19";
  private static final int READY_TIMEOUT_SECONDS = 300;

  private final Path projectDir;
  private final Path clusterDir;
  private final boolean demo;
  private final GaleraCluster galera;
  private final List<Process> payaras = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile Process haproxy;
  private volatile GaleraHealthCheck galeraHealth;

  private ClusterLauncher(Path projectDir, boolean demo) {
    this.projectDir = projectDir;
    this.clusterDir = projectDir.resolve("target").resolve("cluster");
    this.demo = demo;
    this.galera = new GaleraCluster(clusterDir.resolve("galera"), out);
  }

  /** A launcher for the project at {@code projectDir}; {@code fresh} empties the databases. */
  public static ClusterLauncher create(Path projectDir, boolean demo, boolean fresh)
      throws IOException {
    ClusterLauncher launcher = new ClusterLauncher(projectDir, demo);
    if (fresh) {
      PortalLauncher.deleteTree(launcher.clusterDir);
    }
    return launcher;
  }

  public static void main(String[] args) throws Exception {
    out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Path projectDir = Path.of(System.getProperty("tk.projectDir", ".")).toAbsolutePath();
    Map<String, String> env = System.getenv();
    ClusterLauncher launcher = create(projectDir,
        !"false".equalsIgnoreCase(env.getOrDefault("TK_DEMO", "true").strip()),
        "true".equalsIgnoreCase(env.getOrDefault("TK_CLUSTER_FRESH", "false").strip()));
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "tk-cluster-shutdown"));
    String problem = launcher.start();
    if (problem != null) {
      out.println("[tk] " + problem);
      System.exit(2);
    }
    launcher.printBanner();
    while (true) {
      // Runs until Ctrl-C; a node that dies is reported, not replaced (the failover drill).
      for (int i = 0; i < launcher.payaras.size(); i++) {
        Process p = launcher.payaras.get(i);
        if (p != null && !p.isAlive()) {
          out.println("[tk] Payara node " + (i + 1) + " exited with status " + p.exitValue());
          launcher.payaras.set(i, null);
        }
      }
      Thread.sleep(2000);
    }
  }

  /**
   * Starts Galera, HAProxy and the Payara nodes one after the other and waits until each
   * answers. Returns null when all run, else why not (what started is stopped by
   * {@link #stop()}, which the caller must call either way).
   */
  public String start() throws Exception {
    for (Path p : artifacts()) {
      if (!Files.exists(p)) {
        return "Missing " + p + ": run the build first (mvn -Pcluster does).";
      }
    }
    List<String> missing = new ArrayList<>(GaleraCluster.missingBinaries());
    if (!Files.isExecutable(Path.of(HAPROXY)) && !installHaproxy()) {
      missing.add(HAPROXY);
    }
    if (!missing.isEmpty()) {
      return "Missing " + missing + ": apt-get install mariadb-server galera-4 rsync haproxy";
    }
    stopLeftovers();
    List<Integer> busy = new ArrayList<>();
    for (int port : allPorts()) {
      if (!portFree(port)) {
        busy.add(port);
      }
    }
    if (!busy.isEmpty()) {
      return "Ports in use: " + busy + ". Is a cluster already running? Stop it (Ctrl-C) first.";
    }
    Files.createDirectories(clusterDir);
    galera.start(DATABASE);
    recordPids();
    galeraHealth = GaleraHealthCheck.start(GaleraCluster.NODES);
    haproxy = startHaproxy();
    recordPids();
    for (int i = 0; i < PAYARA_HTTP.length; i++) {
      // One after the other: node 1 migrates the schema and loads the demo alone.
      payaras.add(startPayara(i + 1));
      recordPids();
      String problem = awaitPayara(i + 1);
      if (problem != null) {
        return problem;
      }
    }
    return awaitHaproxyUp();
  }

  /**
   * Waits until HAProxy has marked every server UP. A node answering its health is not yet UP
   * in HAProxy (two passed checks, 2 s apart for Payara); a drill that kills the other Payara
   * node in that gap finds no server at all (ClusterFailoverIT did, 1.5 s after node 2 was
   * ready, and got 503).
   */
  private String awaitHaproxyUp() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Map<String, String> last = Map.of();
    while (System.nanoTime() < deadline) {
      try {
        last = haproxyStatus();
        if (!last.isEmpty() && last.values().stream().allMatch("UP"::equals)) {
          return null;
        }
      } catch (IOException notYet) {
        last = Map.of("statistics", String.valueOf(notYet.getMessage()));
      }
      Thread.sleep(500);
    }
    return "HAProxy did not mark every server UP in 30 s: " + last;
  }

  /**
   * HAProxy's state of each server, "proxy/server" to its status (UP, DOWN, "UP 1/2", MAINT…),
   * from the statistics page's CSV (the same as {@code show stat} on the admin socket).
   */
  public static Map<String, String> haproxyStatus() throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(
        "http://127.0.0.1:" + HAPROXY_STATS + "/;csv").toURL().openConnection();
    c.setConnectTimeout(1000);
    c.setReadTimeout(3000);
    List<String> lines;
    try (var in = c.getInputStream()) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<String> header = List.of(lines.get(0).replaceFirst("^# ", "").split(","));
    int status = header.indexOf("status");
    Map<String, String> servers = new java.util.TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length > status && !f[1].equals("FRONTEND") && !f[1].equals("BACKEND")) {
        servers.put(f[0] + "/" + f[1], f[status]);
      }
    }
    return servers;
  }

  /**
   * Starts Payara node {@code node} again after it died: a fresh root directory, the same
   * ports and Hazelcast group, so it joins the surviving member's data grid. Returns null
   * when it is ready, else why not.
   */
  public String restartPayara(int node) throws Exception {
    Process old = payaras.get(node - 1);
    if (old != null && old.isAlive()) {
      throw new IllegalStateException("Payara node " + node + " still runs (pid " + old.pid() + ")");
    }
    payaras.set(node - 1, startPayara(node));
    recordPids();
    return awaitPayara(node);
  }

  /**
   * Starts Galera node {@code node} again after it died, on its data directory, and waits
   * until it has rejoined (Synced, cluster size 3); HAProxy's check then takes it back.
   */
  public void restartGalera(int node) throws Exception {
    galera.restart(node);
    recordPids();
  }

  private String awaitPayara(int node) throws InterruptedException {
    if (!PortalLauncher.awaitReady(payaras.get(node - 1),
        "http://127.0.0.1:" + PAYARA_HTTP[node - 1] + "/health/ready", READY_TIMEOUT_SECONDS)) {
      return "Payara node " + node + " did not become ready; see " + payaraLog(node);
    }
    out.println("[tk] Payara node " + node + " is ready on 127.0.0.1:" + PAYARA_HTTP[node - 1]);
    return null;
  }

  /** Payara node {@code node}'s log; a restart moves the previous one to {@code .1}. */
  public Path payaraLog(int node) {
    return clusterDir.resolve("payara" + node + ".log");
  }

  /** HAProxy's admin socket ({@code show stat}, {@code disable server portal/payara2}). */
  public Path haproxySocket() {
    return clusterDir.resolve("haproxy.sock");
  }

  /** The portal's address through HAProxy. */
  public static String portalUrl() {
    return "http://127.0.0.1:" + HTTP_FRONT + "/";
  }

  /** The process of Payara node {@code node} (1 or 2), for the failover drill. */
  public Process payara(int node) {
    return payaras.get(node - 1);
  }

  /** The process of Galera node {@code node} (1 to 3). */
  public ProcessHandle galeraNode(int node) {
    return ProcessHandle.of(galera.pids().get(node - 1)).orElseThrow();
  }

  static List<Integer> allPorts() {
    List<Integer> ports = new ArrayList<>(GaleraCluster.ports());
    for (int n = 1; n <= GaleraCluster.NODES; n++) {
      ports.add(GaleraHealthCheck.port(n));
    }
    ports.addAll(List.of(HTTP_FRONT, SQL_FRONT, HAPROXY_STATS));
    for (int i = 0; i < PAYARA_HTTP.length; i++) {
      ports.add(PAYARA_HTTP[i]);
      ports.add(HAZELCAST[i]);
    }
    return ports;
  }

  /**
   * HAProxy's configuration: SQL to Galera (one writer, two standbys, each checked by
   * {@link GaleraHealthCheck}), HTTP to Payara, an admin socket at {@code socket}.
   */
  static String haproxyConfig(Path socket) {
    StringBuilder s = new StringBuilder();
    s.append("""
        # Generated by ClusterLauncher (mvn -Pcluster); ADR 0010.
        global
            maxconn 2000
            # show stat, disable/enable server (docs/tools/cluster-load.sh); owner only.
            stats socket %s mode 600 level admin

        defaults
            timeout connect 2s
            timeout client 1h
            timeout server 1h
            timeout check 2s

        # SQL: every connection to Galera node 1 while it is up, the others only when it is
        # not, so the portal writes on one node (no certification conflicts between its own
        # transactions; the month lock's SELECT ... FOR UPDATE stays meaningful). A node
        # marked down loses its connections; node 1 back takes them over from the standby.
        # "Up" means Galera-ready: the launcher's check endpoint on each node's check port
        # answers 200 only for a Synced node of the primary component (GaleraHealthCheck).
        listen galera
            bind 127.0.0.1:%d
            mode tcp
            option tcpka
            option httpchk GET /
            http-check expect status 200
            default-server check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions on-marked-up shutdown-backup-sessions
        """.formatted(socket, SQL_FRONT));
    for (int n = 1; n <= GaleraCluster.NODES; n++) {
      s.append("    server galera").append(n).append(" 127.0.0.1:")
          .append(GaleraCluster.sqlPort(n)).append(" port ").append(GaleraHealthCheck.port(n))
          .append(n == 1 ? "" : " backup").append('\n');
    }
    s.append("""

        # HTTP: sticky by cookie; a node's death moves its users to the other, where the
        # replicated session (Hazelcast) carries on. X-Tk-Node names the node that answered.
        listen portal
            bind 127.0.0.1:%d
            mode http
            option httpchk GET /health/ready
            http-check expect status 200
            cookie TKNODE insert indirect nocache httponly
            option redispatch
            # No protocol switch past the balancer: after "101 Switching Protocols" HAProxy
            # only tunnels (no failover, no X-Tk-Node); Java's HttpClient asks for h2c.
            http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
            http-request del-header HTTP2-Settings
            retries 2
            timeout connect 2s
            timeout client 5m
            timeout server 5m
            http-response set-header X-Tk-Node %%[srv_name]
        """.formatted(HTTP_FRONT));
    for (int i = 0; i < PAYARA_HTTP.length; i++) {
      s.append("    server payara").append(i + 1).append(" 127.0.0.1:").append(PAYARA_HTTP[i])
          .append(" check inter 2s fall 2 rise 2 cookie payara").append(i + 1).append('\n');
    }
    s.append("""

        listen stats
            bind 127.0.0.1:%d
            mode http
            stats enable
            stats uri /
        """.formatted(HAPROXY_STATS));
    return s.toString();
  }

  private Process startHaproxy() throws IOException, InterruptedException {
    Path cfg = clusterDir.resolve("haproxy.cfg");
    Files.writeString(cfg, haproxyConfig(haproxySocket()), StandardCharsets.UTF_8);
    Process check = new ProcessBuilder(HAPROXY, "-c", "-f", cfg.toString())
        .redirectErrorStream(true).start();
    String result = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (check.waitFor() != 0) {
      throw new IOException("HAProxy refuses " + cfg + ": " + result);
    }
    out.println("[tk] Starting HAProxy (" + cfg + ")");
    return new ProcessBuilder(HAPROXY, "-db", "-f", cfg.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(clusterDir.resolve("haproxy.log").toFile()))
        .start();
  }

  /** What a Payara node runs: the WAR, Payara Micro and the MariaDB driver, from the build. */
  private List<Path> artifacts() {
    Path target = projectDir.resolve("target");
    return List.of(target.resolve("tjanstekatalog.war"), target.resolve("payara-micro.jar"),
        target.resolve("mariadb-java-client.jar"));
  }

  /**
   * A clustered node's pre-boot commands, written to {@code dir}: {@code pre-boot.asadmin},
   * which keeps a single node's sessions in memory, followed by {@code cluster-pre-boot.asadmin},
   * which keeps them in the data grid. Also used by {@code mvn -Prun} with {@code TK_CLUSTER=true}.
   */
  static Path clusterPreBoot(Path projectDir, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("pre-boot.asadmin");
    Files.writeString(file, Files.readString(projectDir.resolve("payara-config/pre-boot.asadmin"))
        + Files.readString(projectDir.resolve("payara-config/cluster-pre-boot.asadmin")));
    return file;
  }

  private Process startPayara(int node) throws IOException {
    List<Path> artifacts = artifacts();
    Path war = artifacts.get(0);
    Path microJar = artifacts.get(1);
    Path driver = artifacts.get(2);
    String url = "jdbc:mariadb://127.0.0.1:" + SQL_FRONT + "/" + DATABASE;
    Path log = payaraLog(node);
    if (Files.exists(log)) {
      Files.move(log, log.resolveSibling(log.getFileName() + ".1"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Path rootDir = clusterDir.resolve("payara" + node + "-root");
    PortalLauncher.deleteTree(rootDir);
    String members = "127.0.0.1:" + HAZELCAST[0] + ",127.0.0.1:" + HAZELCAST[1];
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:+UseSerialGC",
        "-Dtk.launcher=" + projectDir,
        "-jar", microJar.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/",
        "--addlibs", driver.toString(),
        "--prebootcommandfile", clusterPreBoot(projectDir, clusterDir).toString(),
        "--postbootcommandfile", projectDir.resolve("payara-config/post-boot.asadmin").toString(),
        "--port", String.valueOf(PAYARA_HTTP[node - 1]),
        "--rootdir", rootDir.toString(),
        "--name", "tk-payara-" + node,
        "--clustername", CLUSTER_NAME,
        "--clustermode", "tcpip:" + members,
        "--interfaces", "127.0.0.1",
        "--startport", String.valueOf(HAZELCAST[node - 1]),
        "--nohostaware",
        "--disablephonehome");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("TK_POOL_PROPERTIES",
        AsadminEscape.poolProperties(url, GaleraCluster.USER, GaleraCluster.PASSWORD));
    env.put("TK_DEMO", String.valueOf(demo));
    env.put("TK_NODE_NAME", "payara" + node);
    out.println("[tk] Starting Payara node " + node + " on 127.0.0.1:" + PAYARA_HTTP[node - 1]
        + " (log " + log + ")");
    return builder.start();
  }

  void printBanner() {
    out.println();
    out.println("[tk] ================================================================");
    out.println("[tk]  Tjänstekatalogen as a cluster (ADR 0010), all on 127.0.0.1:");
    out.println("[tk]  Portal through HAProxy:  http://127.0.0.1:" + HTTP_FRONT + "/");
    for (int i = 0; i < PAYARA_HTTP.length; i++) {
      out.println("[tk]  Payara node " + (i + 1) + " directly: http://127.0.0.1:" + PAYARA_HTTP[i]
          + "/  (pid " + payaras.get(i).pid() + ", Hazelcast " + HAZELCAST[i] + ")");
    }
    out.println("[tk]  HAProxy statistics:      http://127.0.0.1:" + HAPROXY_STATS + "/");
    out.println("[tk]  SQL through HAProxy:     jdbc:mariadb://127.0.0.1:" + SQL_FRONT + "/"
        + DATABASE + " (user " + GaleraCluster.USER + ", password " + GaleraCluster.PASSWORD + ")");
    List<Long> pids = galera.pids();
    for (int n = 1; n <= GaleraCluster.NODES; n++) {
      out.println("[tk]  Galera node " + n + ":  127.0.0.1:" + GaleraCluster.sqlPort(n)
          + " (pid " + pids.get(n - 1) + ", data " + galera.dataDir(n) + ")");
    }
    if (demo) {
      out.println("[tk]  Demo logins as with mvn -Prun (password 'demo'): admin, it, ekonom.gsf…");
    }
    out.println("[tk]  Stop with Ctrl-C (Payara, HAProxy, then Galera 3, 2, 1).");
    out.println("[tk] ================================================================");
  }

  /** Writes what runs to {@code target/cluster/pids}, for a later start to clean up after us. */
  private void recordPids() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < payaras.size(); i++) {
      s.append("payara").append(i + 1).append(' ').append(payaras.get(i).pid()).append('\n');
    }
    if (haproxy != null) {
      s.append("haproxy ").append(haproxy.pid()).append('\n');
    }
    List<Long> pids = galera.pids();
    for (int n = 0; n < pids.size(); n++) {
      if (pids.get(n) > 0) {
        s.append("galera").append(n + 1).append(' ').append(pids.get(n)).append('\n');
      }
    }
    Files.writeString(clusterDir.resolve("pids"), s.toString());
  }

  /**
   * A launcher killed with -9 leaves its nodes running. Stops those recorded in
   * {@code target/cluster/pids} that are still ours (their command line names this cluster's
   * directory), Payara first.
   */
  private void stopLeftovers() throws IOException {
    Path file = clusterDir.resolve("pids");
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.strip().split(" ");
      if (parts.length != 2) {
        continue;
      }
      ProcessHandle.of(Long.parseLong(parts[1])).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().commandLine().orElse("").contains(clusterDir.toString()))
          .ifPresent(p -> {
            out.println("[tk] Stopping a leftover " + parts[0] + " (pid " + p.pid() + ")");
            p.destroy();
            try {
              p.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
              p.destroyForcibly();
            }
          });
    }
    Files.delete(file);
  }

  /** Stops Payara, HAProxy and Galera (3, 2, 1); safe to call more than once. */
  public synchronized void stop() {
    for (int i = payaras.size() - 1; i >= 0; i--) {
      stopProcess("Payara node " + (i + 1), payaras.get(i), 30);
    }
    stopProcess("HAProxy", haproxy, 10);
    if (galeraHealth != null) {
      galeraHealth.close();
    }
    galera.stop();
    try {
      Files.deleteIfExists(clusterDir.resolve("pids"));
    } catch (IOException e) {
      out.println("[tk] Could not remove the pid file: " + e);
    }
    out.println("[tk] Cluster stopped.");
  }

  private static void stopProcess(String what, Process p, int seconds) {
    if (p == null || !p.isAlive()) {
      return;
    }
    out.println("[tk] Stopping " + what + "...");
    try {
      p.destroy();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Installs Debian's haproxy when missing, as .ci/run installs chromium (root only). */
  private static boolean installHaproxy() throws IOException, InterruptedException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return false;
    }
    out.println("[tk] Installing haproxy (apt-get install -y haproxy)...");
    Process p = new ProcessBuilder("apt-get", "install", "-y", "haproxy").inheritIO().start();
    return p.waitFor() == 0 && Files.isExecutable(Path.of(HAPROXY));
  }

  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
