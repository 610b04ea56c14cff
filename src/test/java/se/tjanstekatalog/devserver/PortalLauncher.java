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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code mvn -Prun}: starts the embedded MariaDB (unless TK_DB_URL names an external one),
 * then Payara Micro with the WAR, waits until the portal answers, prints where and how to log
 * in, and on Ctrl-C stops Payara first and then the database. Kept in test scope so it never
 * ships in the WAR.
 */
public final class PortalLauncher {
  /** Maven wraps System.out; a shutdown hook must write to the raw descriptor. */
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private static final int READY_TIMEOUT_SECONDS = 240;

  private final Path projectDir;
  private final LauncherSettings settings;
  private final Path runDir;
  private volatile Process micro;
  private volatile EmbeddedMariaDb database;

  private PortalLauncher(Path projectDir, LauncherSettings settings) {
    this.projectDir = projectDir;
    this.settings = settings;
    this.runDir = settings.dataDir().resolve("run");
  }

  public static void main(String[] args) throws Exception {
    Path projectDir = Path.of(System.getProperty("tk.projectDir", ".")).toAbsolutePath();
    LauncherSettings settings;
    try {
      settings = LauncherSettings.from(System.getenv(), projectDir);
    } catch (IllegalArgumentException e) {
      OUT.println("[tk] " + e.getMessage());
      System.exit(2);
      return;
    }
    int exit = new PortalLauncher(projectDir, settings).run();
    System.exit(exit);
  }

  private int run() throws Exception {
    Path target = projectDir.resolve("target");
    Path war = target.resolve("tjanstekatalog.war");
    Path microJar = target.resolve("payara-micro.jar");
    Path driver = target.resolve("mariadb-java-client.jar");
    for (Path p : List.of(war, microJar, driver)) {
      if (!Files.exists(p)) {
        OUT.println("[tk] Missing " + p + ": run the build first (mvn -Prun does).");
        return 2;
      }
    }
    Files.createDirectories(runDir);
    stopLeftovers();
    if (!portFree(settings.httpPort())) {
      OUT.println("[tk] Port " + settings.httpPort() + " is already in use. Stop what runs there,"
          + " or choose another port: TK_HTTP_PORT=8081 mvn -Prun");
      return 3;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "tk-shutdown"));

    String url;
    String user;
    String password;
    if (settings.embedded()) {
      OUT.println("[tk] Starting the embedded MariaDB (data in " + settings.dataDir() + ")");
      database = EmbeddedMariaDb.start(settings.dataDir().resolve("mariadb"),
          settings.dataDir().resolve("mariadb-base"), 0);
      writePid("mariadb", database.pid());
      // For the backup command (DatabaseBackup), which dumps the running server.
      Files.writeString(runDir.resolve("mariadb.port"), Integer.toString(database.port()));
      database.createDatabase(LauncherSettings.EMBEDDED_DATABASE);
      url = database.jdbcUrl(LauncherSettings.EMBEDDED_DATABASE);
      user = "root";
      password = "";
      releaseStaleMigrationLock(url, user, password);
    } else {
      url = settings.dbUrl();
      user = settings.dbUser();
      password = settings.dbPassword();
      OUT.println("[tk] Using the external MariaDB at " + url + " as " + user);
      if (!canConnect(url, user, password)) {
        return 4;
      }
    }

    micro = startMicro(war, microJar, driver, url, user, password);
    writePid("micro", micro.pid());
    String base = "http://localhost:" + settings.httpPort();
    if (!awaitReady(micro, base + "/health/ready", READY_TIMEOUT_SECONDS)) {
      OUT.println("[tk] The portal did not become ready; see the log above.");
      return 5;
    }
    printBanner(base);
    int code = micro.waitFor();
    OUT.println("[tk] Payara Micro exited with status " + code);
    return code == 0 ? 0 : 6;
  }

  private Process startMicro(Path war, Path microJar, Path driver, String url, String user,
      String password) throws IOException {
    Path rootDir = projectDir.resolve("target").resolve("micro-root");
    deleteTree(rootDir); // a kept domain.xml would bring back old pools and ports
    List<String> command = new ArrayList<>(List.of(
        javaExecutable(), "-Xmx1g", "-XX:+UseG1GC",
        "-Dtk.launcher=" + projectDir,
        "-jar", microJar.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/",
        "--addlibs", driver.toString(),
        "--prebootcommandfile", (settings.cluster()
            ? ClusterLauncher.clusterPreBoot(projectDir, projectDir.resolve("target"))
            : projectDir.resolve("payara-config/pre-boot.asadmin")).toString(),
        "--postbootcommandfile", projectDir.resolve("payara-config/post-boot.asadmin").toString(),
        "--port", String.valueOf(settings.httpPort()),
        "--rootdir", rootDir.toString(),
        "--disablephonehome"));
    command.addAll(settings.clusterOptions());
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = builder.environment();
    env.put("TK_POOL_PROPERTIES", AsadminEscape.poolProperties(url, user, password));
    env.put("TK_DEMO", String.valueOf(settings.demo()));
    OUT.println("[tk] Starting Payara Micro on port " + settings.httpPort());
    return builder.start();
  }

  /**
   * Waits until {@code healthUrl} answers 200 (not following redirects), for at most
   * {@code timeoutSeconds}; false when it does not or the process ends first.
   */
  static boolean awaitReady(Process process, String healthUrl, int timeoutSeconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(healthUrl).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        if (c.getResponseCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }

  private void printBanner(String base) {
    OUT.println();
    OUT.println("[tk] ================================================================");
    OUT.println("[tk]  Tjänstekatalogen is running: " + base + "/");
    OUT.println("[tk]  API: " + base + "/api/v1/organisations   OpenAPI: " + base + "/openapi");
    if (settings.demo()) {
      OUT.println("[tk]  Demo logins (password 'demo'):");
      OUT.println("[tk]    admin          ADMIN");
      OUT.println("[tk]    it             IT_CONTROLLER");
      OUT.println("[tk]    ekonom.gsf     ORG_FINANCE, Grundskoleförvaltningen");
      OUT.println("[tk]    ekonom.bostad  ORG_FINANCE, Bostads AB");
      OUT.println("[tk]    personal.gsf   VIEWER, Grundskoleförvaltningen");
      OUT.println("[tk]  The second kommun, Ekby (served by Sjöstad's IT nämnd): "
          + base.replace("://localhost", "://ekby.localhost") + "/");
      OUT.println("[tk]    admin, it, ekonom.buf, personal.buf (password 'demo')");
    }
    if (settings.embedded()) {
      OUT.println("[tk]  Embedded MariaDB on 127.0.0.1:" + database.port()
          + " (local use only, no passwords)");
    }
    OUT.println("[tk]  Stop with Ctrl-C.");
    OUT.println("[tk] ================================================================");
  }

  /** Stops Payara first (it holds connections), then the database; each step guarded. */
  private void shutdown() {
    Process m = micro;
    if (m != null && m.isAlive()) {
      OUT.println("[tk] Stopping Payara Micro...");
      try {
        m.destroy();
        if (!m.waitFor(30, TimeUnit.SECONDS)) {
          m.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (Exception e) {
        OUT.println("[tk] Could not stop Payara Micro: " + e);
      }
    }
    EmbeddedMariaDb db = database;
    if (db != null) {
      OUT.println("[tk] Stopping the embedded MariaDB...");
      try {
        db.stop();
      } catch (Exception e) {
        OUT.println("[tk] Could not stop MariaDB: " + e);
      }
    }
    try {
      Files.deleteIfExists(runDir.resolve("micro.pid"));
      Files.deleteIfExists(runDir.resolve("mariadb.pid"));
      Files.deleteIfExists(runDir.resolve("mariadb.port"));
    } catch (IOException e) {
      OUT.println("[tk] Could not remove pid files: " + e);
    }
    OUT.println("[tk] Stopped.");
  }

  /**
   * A launcher killed with -9 leaves Payara and mariadbd running. Their pids are in
   * {@code data/run/}; stop them if they are still ours (same data dir or project).
   */
  private void stopLeftovers() {
    for (String name : List.of("micro", "mariadb")) {
      Path file = runDir.resolve(name + ".pid");
      readPid(file).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(p -> {
        String cmd = p.info().commandLine().orElse("");
        if (cmd.contains(settings.dataDir().toString()) || cmd.contains(projectDir.toString())
            || cmd.contains("mariadbd") || cmd.contains("payara-micro")) {
          OUT.println("[tk] Stopping a leftover " + name + " process (pid " + p.pid() + ")");
          p.destroy();
          try {
            p.onExit().get(20, TimeUnit.SECONDS);
          } catch (Exception e) {
            p.destroyForcibly();
          }
        }
      });
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        OUT.println("[tk] Could not remove " + file + ": " + e);
      }
    }
  }

  /**
   * Only this launcher uses the embedded database, so a Liquibase lock still held now was
   * left by a Payara that was killed mid-migration.
   */
  private static void releaseStaleMigrationLock(String url, String user, String password)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement()) {
      var tables = c.getMetaData().getTables(c.getCatalog(), null, "DATABASECHANGELOGLOCK", null);
      if (tables.next() && st.executeUpdate(
          "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL"
              + " WHERE LOCKED <> 0") > 0) {
        OUT.println("[tk] Released a stale migration lock left by an earlier run.");
      }
    }
  }

  private static boolean canConnect(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      return c.isValid(5);
    } catch (SQLException e) {
      OUT.println("[tk] Cannot connect to " + url + " as " + user + ": " + e.getMessage());
      OUT.println("[tk] Create the database first, e.g. CREATE DATABASE tjanstekatalog"
          + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci; (see README)");
      return false;
    }
  }

  private void writePid(String name, long pid) throws IOException {
    Files.writeString(runDir.resolve(name + ".pid"), Long.toString(pid));
  }

  private static Optional<Long> readPid(Path file) {
    try {
      return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
