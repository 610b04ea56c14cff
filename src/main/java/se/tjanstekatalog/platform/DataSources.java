package se.tjanstekatalog.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Helpers around the one application data source ({@code jdbc/tk}). */
public final class DataSources {
  /** JNDI name created by {@code payara-config/post-boot.asadmin}. */
  public static final String JNDI = "jdbc/tk";

  /**
   * The readiness check's own small pool (same database), so that it never waits behind the
   * application's requests for a connection.
   */
  public static final String HEALTH_JNDI = "jdbc/tk-health";

  private DataSources() {}

  /** The JDBC URL and user, never the password, for the start-up log line. */
  public static String describe(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String url = meta.getURL().replaceAll("(?i)(password=)[^&;]*", "$1***");
      return url + " (user " + meta.getUserName() + ", " + meta.getDatabaseProductName()
          + " " + meta.getDatabaseProductVersion() + ")";
    } catch (SQLException e) {
      return "unavailable: " + e.getMessage();
    }
  }
}
