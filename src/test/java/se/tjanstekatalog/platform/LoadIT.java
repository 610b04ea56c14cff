package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Issue 14, finding 8: at 50 clients the connection pool starved, because one catalogue
 * request ran a query per level of every service (about 240) and a request that found no
 * free connection waited minutes, health included. Here: the catalogue's requests run a
 * small fixed number of queries, and with every pool connection held a request gets 503 with
 * Retry-After within seconds while {@code /health/ready} answers within one.
 */
@ExtendWith(ArquillianExtension.class)
class LoadIT {
  /** More than the queries one of these requests needs, far fewer than its 42+ services. */
  private static final int MAX_QUERIES = 12;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  /**
   * Counts the server's SELECT statements around one request (warmed up first). Only on the
   * embedded database: the test JVM's own server, which nothing else queries meanwhile.
   */
  @Test
  @EnabledIfSystemProperty(named = "tk.test.db.embedded", matches = "true",
      disabledReason = "counts the server's statements: only the embedded server is ours alone")
  void catalogueRequestsRunAFixedSmallNumberOfQueries() throws SQLException {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    // The demo's 42 services, and those other classes add (CatalogueWorkbookIT's stay).
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM service") >= 42);
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM service_level") > 70);
    for (String path : List.of("catalogue/catalogue.xhtml",
        "catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-11",
        "api/v1/services?asOf=2026-11", "api/v1/services/ARB-DATOR?asOf=2026-11")) {
      for (PortalClient client : List.of(viewer, controller)) {
        assertEquals(200, client.get(path).status(), path);
        long before = selects();
        Page page = client.get(path);
        long queries = selects() - before;
        assertEquals(200, page.status(), path);
        assertTrue(queries <= MAX_QUERIES, path + " ran " + queries + " queries");
      }
    }
  }

  /**
   * Every connection of the pool held by a request that waits for a table lock; then an API
   * call and a page get 503 with Retry-After within a few seconds, and health answers UP
   * within one second from its own pool. Once the lock goes, the held requests finish, all
   * with 200. The lock is on the price lines, which the catalogue reads over JDBC after a JPA
   * read of the price list and before a JPA read of the services: each held request holds its
   * transaction's connection while it waits, and after the release needs no second one.
   */
  @Test
  void anExhaustedPoolAnswers503AtOnceAndHealthStaysFast() throws Exception {
    int poolSize = poolSize();
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    assertEquals(200, it.get("catalogue/catalogue.xhtml").status());
    ExecutorService clients = Executors.newFixedThreadPool(poolSize);
    List<Future<Page>> held = new ArrayList<>();
    try (Connection lock = TestDatabase.connect(); Statement st = lock.createStatement()) {
      st.execute("LOCK TABLES price_list_line WRITE");
      try {
        // One month each: requests for the same month wait for one read of it (ReadCache)
        // instead of each holding a connection. Months nothing else reads; only reads.
        for (int i = 0; i < poolSize; i++) {
          String month = SwedishFormat.month(YearMonth.of(2027, 1).plusMonths(i));
          held.add(clients.submit(() -> it.send(request("api/v1/services?asOf=" + month,
              120))));
        }
        awaitWaitingForLock(poolSize);

        long start = System.nanoTime();
        Page api = it.send(request("api/v1/services?asOf=2030-01", 20));
        long apiMillis = millisSince(start);
        assertEquals(503, api.status(), api.body());
        assertEquals(String.valueOf(Overload.RETRY_AFTER_SECONDS), api.header("Retry-After"));
        assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(api.body().contains("för många förfrågningar"), api.body());
        assertTrue(apiMillis < 8000, "503 after " + apiMillis + " ms");

        // A page that needs a month nobody read yet: its JPA reads have their own pool
        // (tk-read-pool), its price read needs one of the held connections.
        Page page = it.send(request("catalogue/service.xhtml?code=ARB-DATOR&asOf=2030-02", 20));
        assertEquals(503, page.status(), page.body());
        assertEquals(String.valueOf(Overload.RETRY_AFTER_SECONDS), page.header("Retry-After"));
        assertTrue(page.body().contains("Portalen är upptagen"), page.body());
        assertTrue(!page.body().contains("PoolingException")
            && !page.body().contains("max-pool-size"), page.body());

        for (int i = 0; i < 3; i++) {
          start = System.nanoTime();
          Page health = new PortalClient(base).send(request("health/ready", 5));
          long healthMillis = millisSince(start);
          assertEquals(200, health.status(), health.body());
          assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
          assertTrue(healthMillis < 1000, "health took " + healthMillis + " ms");
        }
      } finally {
        st.execute("UNLOCK TABLES");
      }
      // Every held request finishes with its answer once the lock goes. Each holds one
      // connection: JPA reads in a transaction go through the transaction's connection
      // (eclipselink.transaction.join-existing), so none needs a second one from the 32 that
      // the held requests themselves hold (a clean-clone run without it refused 20 of 32).
      List<Integer> refused = new ArrayList<>();
      for (int i = 0; i < held.size(); i++) {
        Page answer = held.get(i).get(60, TimeUnit.SECONDS);
        if (answer.status() == 503) {
          refused.add(i);
        } else {
          assertEquals(200, answer.status(), "held request " + i + ": " + answer.body());
        }
      }
      assertEquals(List.of(), refused, "held requests refused after the lock's release");
    } finally {
      clients.shutdownNow();
    }
  }

  /**
   * The pages render a few at a time (PageConcurrencyFilter, by default four times the
   * processors): with that many pages held on a table lock, another page waits for a place, and
   * gets 503 with Retry-After and the busy page when none frees within the wait (10 s), while
   * health and the pages' resources answer at once. A page that waits when a place frees is
   * served, and the held pages all finish once the lock goes.
   */
  @Test
  void pagesBeyondTheLimitWaitTheirTurnWhileHealthAnswersAtOnce() throws Exception {
    int places = PageConcurrencyFilter.defaultSize(Runtime.getRuntime().availableProcessors());
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    assertEquals(200, it.get("help/glossary.xhtml").status());
    ExecutorService clients = Executors.newFixedThreadPool(places + 1);
    List<Future<Page>> held = new ArrayList<>();
    try (Connection lock = TestDatabase.connect(); Statement st = lock.createStatement()) {
      st.execute("LOCK TABLES price_list_line WRITE");
      try {
        for (int i = 0; i < places; i++) {
          String month = SwedishFormat.month(YearMonth.of(2032, 1).plusMonths(i));
          held.add(clients.submit(() -> it.send(request(
              "catalogue/service.xhtml?code=ARB-DATOR&asOf=" + month, 120))));
        }
        awaitWaitingForLock(places);

        long start = System.nanoTime();
        Page refused = it.send(request("help/glossary.xhtml", 30));
        long refusedMillis = millisSince(start);
        assertEquals(503, refused.status(), refused.body());
        assertEquals(String.valueOf(Overload.RETRY_AFTER_SECONDS), refused.header("Retry-After"));
        assertTrue(refused.body().contains("Portalen är upptagen"), refused.body());
        assertTrue(refusedMillis >= 9_000 && refusedMillis < 20_000,
            "refused after " + refusedMillis + " ms, the wait is 10 s");

        start = System.nanoTime();
        Page health = new PortalClient(base).send(request("health/ready", 5));
        assertEquals(200, health.status(), health.body());
        assertTrue(millisSince(start) < 1000, "health took " + millisSince(start) + " ms");
        Page resource = it.send(request("jakarta.faces.resource/tk/css/portal.css.xhtml", 5));
        assertEquals(200, resource.status(), "a page's resource does not wait");

        Future<Page> waiting = clients.submit(() -> it.send(request("help/glossary.xhtml", 30)));
        Thread.sleep(1000);
        assertTrue(!waiting.isDone(), "the page waits while every place is held");
        st.execute("UNLOCK TABLES");
        Page served = waiting.get(30, TimeUnit.SECONDS);
        assertEquals(200, served.status(), served.body());
      } finally {
        st.execute("UNLOCK TABLES");
      }
      for (int i = 0; i < held.size(); i++) {
        Page answer = held.get(i).get(60, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), "held page " + i + ": " + answer.body());
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private HttpRequest request(String path, int timeoutSeconds) {
    return HttpRequest.newBuilder(new PortalClient(base).uri(path))
        .timeout(Duration.ofSeconds(timeoutSeconds)).GET().build();
  }

  /** Waits until {@code n} sessions of the test database wait for the table lock. */
  private static void awaitWaitingForLock(int n) throws InterruptedException {
    long waiting = 0;
    for (int i = 0; i < 600 && waiting < n; i++) {
      Thread.sleep(100);
      waiting = TestDatabase.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
          + " WHERE DB = DATABASE() AND STATE = 'Waiting for table metadata lock'");
    }
    assertEquals(n, waiting, "requests holding a connection while waiting for the lock");
  }

  private static long selects() throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  /** The application pool's size as post-boot.asadmin creates it. */
  private static int poolSize() throws IOException {
    String file = Files.readString(Path.of(System.getProperty("tk.projectDir"),
        "payara-config", "post-boot.asadmin"));
    Matcher m = Pattern.compile("(?m)^create-jdbc-connection-pool .*--maxpoolsize (\\d+).* tk-pool$")
        .matcher(file);
    assertTrue(m.find(), "tk-pool in post-boot.asadmin");
    return Integer.parseInt(m.group(1));
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}
