package se.tjanstekatalog.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import se.tjanstekatalog.browser.Browser;
import se.tjanstekatalog.devserver.ClusterLauncher;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/**
 * The full failover drill of issue 19 part 3 (ADR 0010), only in the cluster profile:
 * {@code mvn -Pcluster verify -Dexec.skip=true -Dcluster.it=ClusterDrillIT}. An ekonomichef's
 * browser session is open on the statement page while the IT controller's consumption import
 * of {@value #DEFAULT_ROWS} rows ({@code -Dtk.drill.rows}) runs through HAProxy on the same
 * Payara node; when the writer has stored a part of it, that Payara node and then the Galera
 * writer are killed with SIGKILL. The chief goes on without logging in again, the import is
 * whole or absent, every locked month's fingerprint is unchanged; the killed nodes are started
 * again and rejoin, and the same file then imports whole on every Galera node. Prints its
 * figures with the prefix {@code [drill]}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDrillIT extends ClusterTestBase {
  static final int DEFAULT_ROWS = 1_000_000;
  static final int ROWS = Integer.getInteger("tk.drill.rows", DEFAULT_ROWS);
  /** An open month the demo neither locks nor imports into under this source. */
  static final YearMonth MONTH = YearMonth.of(2026, 12);
  static final String SOURCE = "drill-19";
  /**
   * The share of the rows in the writer's open transaction at which the Payara node dies
   * ({@code -Dtk.drill.killAt}).
   */
  static final double KILL_AT = Double.parseDouble(System.getProperty("tk.drill.killAt",
      "0.25"));
  static final String STATEMENT = "/statements/statement.xhtml?month=2026-10";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  static Browser browser;
  static Map<YearMonth, String> lockedBefore;
  static int killedPayara;
  static Path file;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void anImportIsWholeOrAbsentAndTheChiefStaysLoggedInWhenTheirPayaraNodeAndTheWriterDie()
      throws Exception {
    lockedBefore = lockedMonths();
    assertEquals(10, lockedBefore.size(), "the demo locks 2026-01..10: " + lockedBefore);
    file = generate(ROWS);

    browser = new Browser("cluster-drill", "sv-SE",
        ClusterLauncher.portalUrl().replaceAll("/$", ""));
    browser.login("ekonom.gsf");
    browser.open(STATEMENT);
    assertChiefsStatement("before");
    Cookie node = browser.driver().manage().getCookieNamed("TKNODE");
    assertNotNull(node, "HAProxy made the browser sticky");
    killedPayara = Integer.parseInt(node.getValue().substring("payara".length()));

    // The import on the browser's node: HAProxy sends a TKNODE cookie to its server.
    long writeSetBefore = galeraStatus(2, "wsrep_received_bytes");
    long t0 = System.nanoTime();
    CompletableFuture<HttpResponse<String>> importing = HTTP.sendAsync(
        importRequest(file).header("Cookie", "TKNODE=" + node.getValue()).build(),
        HttpResponse.BodyHandlers.ofString());
    // Until the writer's transaction holds KILL_AT of the rows (uncommitted rows are only
    // visible as the open transaction's count on the node that runs it).
    long threshold = Math.max(1, (long) (ROWS * KILL_AT));
    long stored = 0;
    StringBuilder progress = new StringBuilder();
    while (stored < threshold && !importing.isDone()
        && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(10)) {
      Thread.sleep(100);
      stored = rowsInOpenTransactions(1);
      progress.append(String.format(Locale.ROOT, " %.1fs:%d", secs(t0), stored));
    }
    System.out.println("[drill] rows in the writer's open transaction (s:rows):" + progress);
    assertFalse(importing.isDone(), () -> "the import ended before the kill: "
        + importing.handle((r, e) -> r != null ? r.statusCode() + " " + r.body() : e).join());
    assertTrue(stored >= threshold, "the import stored " + stored + " rows in 10 minutes");
    double beforeKill = secs(t0);

    Process payara = cluster.payara(killedPayara);
    long tKill = System.nanoTime();
    payara.destroyForcibly(); // SIGKILL
    assertTrue(payara.waitFor(30, TimeUnit.SECONDS));
    assertEquals(List.of(), payaraJvms(killedPayara), "no JVM of payara" + killedPayara
        + " is left");
    browser.open(STATEMENT);
    double payaraAnswer = secs(tKill);
    assertChiefsStatement("after Payara node " + killedPayara + " died");
    Cookie moved = browser.driver().manage().getCookieNamed("TKNODE");

    String outcome;
    try {
      HttpResponse<String> r = importing.get(2, TimeUnit.MINUTES);
      outcome = r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
    } catch (java.util.concurrent.ExecutionException e) {
      outcome = String.valueOf(e.getCause());
    }

    ProcessHandle writer = cluster.galeraNode(1);
    long tGalera = System.nanoTime();
    writer.destroyForcibly();
    writer.onExit().get(30, TimeUnit.SECONDS);
    Page page = statement();
    for (int i = 0; i < 120 && !(page != null && page.status() == 200
        && page.body().contains(ORG)); i++) {
      Thread.sleep(250);
      page = statement();
    }
    double galeraAnswer = secs(tGalera);
    assertNotNull(page, "the portal answered within 30 s of the writer's death");
    assertEquals(200, page.status(), String.valueOf(page.header("Location")));
    assertTrue(page.body().contains(ORG));
    browser.open(STATEMENT);
    assertChiefsStatement("after the Galera writer died");
    awaitHaproxy("galera", "galera1", "DOWN");
    awaitClusterSize("2");

    long rows = count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.source = '" + SOURCE + "'");
    long batches = count("SELECT COUNT(*) FROM import_batch WHERE source = '" + SOURCE + "'");
    assertTrue(rows == 0 || rows == ROWS, "whole or absent: " + rows + " of " + ROWS + " rows");
    assertEquals(rows == 0 ? 0 : 1, batches, "the batch row goes with its rows");
    assertFalse(outcome.startsWith("201"), "the kill came after the import had stored all"
        + " its rows (lower -Dtk.drill.killAt): " + outcome);
    assertEquals(lockedBefore, lockedMonths(), "every locked month's fingerprint");

    System.out.printf(Locale.ROOT, "[drill] import of %,d rows (%.1f MB) on payara%d: %,d rows"
            + " stored in the writer's open transaction %.1f s after the request; then"
            + " kill -9 of payara%d%n", ROWS, Files.size(file) / 1e6, killedPayara, stored,
        beforeKill, killedPayara);
    System.out.printf(Locale.ROOT, "[drill] the browser's statement page after the Payara kill:"
        + " %.2f s (TKNODE now %s); the import's caller got: %s%n", payaraAnswer,
        moved == null ? "-" : moved.getValue(), outcome);
    System.out.printf(Locale.ROOT, "[drill] kill -9 of Galera node 1: the chief's statement"
        + " answered after %.2f s; %,d rows and %d batches of the import on the survivors;"
        + " wsrep_received_bytes on node 2 during the drill: %,d%n", galeraAnswer, rows,
        batches, galeraStatus(2, "wsrep_received_bytes") - writeSetBefore);
  }

  @Test
  @Order(2)
  void theKilledNodesRejoinAndTheChiefStillNeedsNoLogin() throws Exception {
    assertTrue(killedPayara > 0, "the drill ran");
    long t0 = System.nanoTime();
    cluster.restartGalera(1); // waits until Synced in a cluster of 3
    double galera = secs(t0);
    t0 = System.nanoTime();
    assertNull(cluster.restartPayara(killedPayara));
    double payara = secs(t0);
    assertEquals("3", clusterSize());
    awaitHaproxy("galera", "galera1", "UP");
    awaitHaproxy("portal", "payara" + killedPayara, "UP");
    assertEquals(count("SELECT COUNT(*) FROM import_batch WHERE source = '" + SOURCE + "'"),
        countOn(1, "SELECT COUNT(*) FROM import_batch WHERE source = '" + SOURCE + "'"),
        "the rejoined node 1 has what the survivors have");
    browser.open(STATEMENT);
    assertChiefsStatement("after the nodes rejoined");
    assertEquals(lockedBefore, lockedMonths(), "every locked month's fingerprint");
    System.out.printf(Locale.ROOT, "[drill] restart: Galera node 1 Synced in a cluster of 3"
        + " after %.1f s, payara%d ready after %.1f s%n", galera, killedPayara, payara);
  }

  @Test
  @Order(3)
  void theSameImportRunsWholeOnTheRejoinedCluster() throws Exception {
    assertNotNull(file, "the drill ran");
    long replicated = galeraStatus(1, "wsrep_replicated_bytes");
    long t0 = System.nanoTime();
    HttpResponse<String> r = HTTP.send(importRequest(file).build(),
        HttpResponse.BodyHandlers.ofString());
    double took = secs(t0);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject receipt = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals(ROWS, receipt.getJsonNumber("rows").longValue());
    long batch = receipt.getJsonNumber("batchId").longValue();
    // The writer answered after certification; the others apply the write set after it.
    // wsrep_sync_wait makes a read wait until its node has applied what the cluster committed.
    double[] applied = new double[3];
    for (int node = 1; node <= 3; node++) {
      long t = System.nanoTime();
      try (Connection c = node(node); Statement st = c.createStatement()) {
        st.execute("SET SESSION wsrep_sync_wait = 1");
        assertEquals(ROWS, number(c, "SELECT COUNT(*) FROM consumption_row WHERE batch_id = "
            + batch), "Galera node " + node + " has the whole import");
      }
      applied[node - 1] = secs(t);
    }
    long writeSet = galeraStatus(1, "wsrep_replicated_bytes") - replicated;
    assertEquals(lockedBefore, lockedMonths(), "every locked month's fingerprint");
    System.out.printf(Locale.ROOT, "[drill] the same %,d rows imported whole afterwards in"
        + " %.1f s (201); wsrep_replicated_bytes on the writer: %,d (%.1f MB); a count"
        + " with wsrep_sync_wait on node 1, 2, 3 answered after %.1f, %.1f, %.1f s%n", ROWS,
        took, writeSet, writeSet / 1e6, applied[0], applied[1], applied[2]);
  }

  /** The live processes whose command line names Payara node {@code node}. */
  private static List<String> payaraJvms(int node) {
    return ProcessHandle.allProcesses()
        .filter(ph -> ph.info().commandLine().orElse("").contains("tk-payara-" + node))
        .filter(ProcessHandle::isAlive).map(ph -> String.valueOf(ph.pid())).toList();
  }

  /** The chief's statement through their HTTP client, null when the request failed. */
  private static Page statement() {
    try {
      return chief.get(STATEMENT);
    } catch (IllegalStateException failed) {
      return null;
    }
  }

  private static void assertChiefsStatement(String when) {
    browser.waitFor(By.cssSelector(".tk-user-name"));
    assertTrue(browser.findAll(By.id("login:username")).isEmpty(), "no login form " + when);
    assertTrue(browser.driver().getPageSource().contains(ORG),
        "the chief's org on their statement " + when);
  }

  /** Every LOCKED month of 2026 with its fingerprint, read as the IT controller. */
  private static Map<YearMonth, String> lockedMonths() throws Exception {
    PortalClient it = new PortalClient(URI.create(ClusterLauncher.portalUrl()).toURL());
    Map<YearMonth, String> locked = new LinkedHashMap<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2026, m);
      Page page = it.getWithBasic("api/v1/periods/" + month + "/results", "it", "demo");
      if (page.status() == 404) {
        continue; // not computed
      }
      assertEquals(200, page.status(), month + ": " + page.body());
      JsonObject results = Json.createReader(new StringReader(page.body())).readObject();
      if ("LOCKED".equals(results.getString("status"))) {
        String fingerprint = results.getString("fingerprint");
        assertFalse(fingerprint.isBlank(), month + " has a fingerprint");
        locked.put(month, fingerprint);
      }
    }
    return locked;
  }

  private static HttpRequest.Builder importRequest(Path csv) throws Exception {
    String basic = Base64.getEncoder().encodeToString("it:demo".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(ClusterLauncher.portalUrl()
            + "api/v1/consumption?source=" + SOURCE))
        .timeout(Duration.ofMinutes(15))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "text/csv; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(csv));
  }

  /** The drill's CSV: {@code rows} rows of the demo's orgs on storage, in {@link #MONTH}. */
  private static Path generate(int rows) throws Exception {
    Path dir = Path.of(System.getProperty("tk.projectDir", "."), "target", "cluster-drill");
    Files.createDirectories(dir);
    Path csv = dir.resolve("consumption-" + rows + ".csv");
    String[] orgs = {"GSF", "SBK", "KF", "SF"};
    String[] levels = {"STD", "UTOK"};
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("period;förvaltning;tjänst;nivå;antal;referens\n");
      for (int i = 1; i <= rows; i++) {
        w.write(MONTH + ";" + orgs[i % orgs.length] + ";INF-LAGR;" + levels[i % 2] + ";"
            + (i % 997) + "," + (i % 10) + ";drill-" + i + "\n");
      }
    }
    return csv;
  }

  /** The largest row count of a transaction still open on Galera node {@code node}. */
  private static long rowsInOpenTransactions(int node) throws SQLException {
    return countOn(node, "SELECT COALESCE(MAX(trx_rows_modified), 0)"
        + " FROM information_schema.innodb_trx");
  }

  private static long galeraStatus(int node, String name) throws SQLException {
    try (Connection c = node(node); Statement st = c.createStatement()) {
      return Long.parseLong(status(st, name));
    }
  }

  /** A number from SQL through HAProxy's SQL front. */
  private static long count(String sql) throws SQLException {
    try (Connection c = front()) {
      return number(c, sql);
    }
  }

  /** A number from SQL on Galera node {@code node} itself. */
  private static long countOn(int node, String sql) throws SQLException {
    try (Connection c = node(node)) {
      return number(c, sql);
    }
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getLong(1);
    }
  }

  private static Connection node(int node) throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (14305 + node)
        + "/tjanstekatalog", "root", "");
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
