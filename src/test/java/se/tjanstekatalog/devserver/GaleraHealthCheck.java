package se.tjanstekatalog.devserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HAProxy's Galera-aware health check ("clustercheck", ADR 0010): one small HTTP endpoint per
 * Galera node on 127.0.0.1:{@link #port(int)}, served by the launcher's own JVM, which asks its
 * node over JDBC (short timeouts) and answers 200 only when the node may take the portal's SQL:
 * {@code wsrep_local_state_comment} Synced, {@code wsrep_cluster_status} Primary,
 * {@code wsrep_ready} ON and {@code wsrep_reject_queries} NONE. Anything else, or a node that
 * does not answer within the timeouts, is 503. HAProxy's {@code option httpchk} asks it with
 * {@code port} on each SQL server line; {@code mysql-check} only saw that a node answered the
 * handshake, also a Donor/Desynced node or one cut off from the primary component.
 */
public final class GaleraHealthCheck implements AutoCloseable {
  /** JDBC connect and read timeouts, well inside HAProxy's {@code timeout check} of 2 s. */
  static final int CONNECT_TIMEOUT_MS = 700;
  static final int READ_TIMEOUT_MS = 1000;
  private static final String QUERY = "SHOW GLOBAL STATUS WHERE Variable_name IN"
      + " ('wsrep_local_state_comment', 'wsrep_cluster_status', 'wsrep_ready')";

  private final List<HttpServer> servers;

  private GaleraHealthCheck(List<HttpServer> servers) {
    this.servers = servers;
  }

  public static int port(int node) {
    return 14315 + node;
  }

  /** What the endpoint answers: 200 or 503 and a line saying why. */
  record Verdict(boolean available, String reason) {
    int status() {
      return available ? 200 : 503;
    }
  }

  /**
   * The rule on the node's wsrep status ({@code SHOW GLOBAL STATUS} names to values) and its
   * {@code wsrep_reject_queries}: available only when Synced, Primary, ready and accepting.
   */
  static Verdict verdict(int node, Map<String, String> status, String rejectQueries) {
    String state = status.getOrDefault("wsrep_local_state_comment", "?");
    String component = status.getOrDefault("wsrep_cluster_status", "?");
    String ready = status.getOrDefault("wsrep_ready", "?");
    String text = "Galera node " + node + ": " + state + ", " + component + ", ready " + ready
        + ", reject queries " + rejectQueries;
    boolean ok = "Synced".equals(state) && "Primary".equals(component)
        && "ON".equalsIgnoreCase(ready) && "NONE".equalsIgnoreCase(rejectQueries);
    return new Verdict(ok, text);
  }

  /** Asks node {@code node} now (as the check user, who needs no privileges for this). */
  static Verdict check(int node) {
    return check(node, GaleraCluster.sqlPort(node));
  }

  static Verdict check(int node, int sqlPort) {
    String url = "jdbc:mariadb://127.0.0.1:" + sqlPort + "/?connectTimeout=" + CONNECT_TIMEOUT_MS
        + "&socketTimeout=" + READ_TIMEOUT_MS;
    try (Connection c = DriverManager.getConnection(url, GaleraCluster.CHECK_USER, "");
        Statement st = c.createStatement()) {
      Map<String, String> status = new HashMap<>();
      try (ResultSet rs = st.executeQuery(QUERY)) {
        while (rs.next()) {
          status.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
        }
      }
      String reject;
      try (ResultSet rs = st.executeQuery("SELECT @@global.wsrep_reject_queries")) {
        reject = rs.next() ? rs.getString(1) : "?";
      }
      return verdict(node, status, reject);
    } catch (SQLException e) {
      return new Verdict(false, "Galera node " + node + " does not answer: " + e.getMessage());
    }
  }

  /** Starts one endpoint per node; {@link #close()} stops them. */
  static GaleraHealthCheck start(int nodes) throws IOException {
    List<HttpServer> servers = new ArrayList<>();
    try {
      for (int n = 1; n <= nodes; n++) {
        int node = n;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port(n)), 8);
        server.createContext("/", exchange -> answer(exchange, check(node)));
        server.start();
        servers.add(server);
      }
    } catch (IOException e) {
      servers.forEach(s -> s.stop(0));
      throw e;
    }
    return new GaleraHealthCheck(servers);
  }

  private static void answer(HttpExchange exchange, Verdict verdict) throws IOException {
    byte[] body = (verdict.reason() + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(verdict.status(), body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
