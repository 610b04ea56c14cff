package se.tjanstekatalog.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the Liquibase changelogs shipped in the WAR ({@code liquibase/} at the top of the
 * repository) before anything touches JPA. JPA never generates schema.
 */
public final class DatabaseMigration {
  static final String CHANGELOG = "liquibase/changelog.xml";
  /** The directory of kommuner, in the pool's own database (docs/adr/0007-tenancy.md). */
  public static final String DIRECTORY_CHANGELOG = "liquibase/directory.xml";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /** What the start-up log line says about the schema. */
  public record Result(int appliedNow, int total) {
    public String describe() {
      return appliedNow == 0
          ? "schema up to date (" + total + " changesets)"
          : "applied " + appliedNow + " changesets, now " + total;
    }
  }

  private DatabaseMigration() {}

  /** Where a migration gets its connection. */
  @FunctionalInterface
  public interface ConnectionSource {
    Connection open() throws SQLException;
  }

  /**
   * Brings a kommun's schema up to date; also used by the benchmark outside the container.
   */
  public static Result migrate(DataSource dataSource) {
    return migrate(dataSource::getConnection, CHANGELOG);
  }

  /** Brings the tables of {@code changelog} up to date in the connection's database. */
  public static Result migrate(ConnectionSource source, String changelog) {
    // Liquibase 4.30+ would try to send usage analytics; this network has no use for that.
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    try (Connection connection = source.open()) {
      boolean directory = DIRECTORY_CHANGELOG.equals(changelog);
      int before = countApplied(connection, directory);
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      ClassLoader loader = DatabaseMigration.class.getClassLoader();
      Scope.child(
          Scope.Attr.resourceAccessor.name(),
          new ClassLoaderResourceAccessor(loader),
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                  .execute());
      int after = countApplied(connection, directory);
      return new Result(after - before, after);
    } catch (Exception e) {
      LOG.severe("Database migration failed: " + e);
      throw new IllegalStateException("Database migration failed", e);
    }
  }

  /**
   * The changesets applied from one changelog: the pool's database holds the directory's and
   * the home kommun's in one DATABASECHANGELOG.
   */
  private static int countApplied(Connection connection, boolean directory) throws SQLException {
    try (var rs = connection.getMetaData().getTables(connection.getCatalog(), null,
        "DATABASECHANGELOG", null)) {
      if (!rs.next()) {
        return 0;
      }
    }
    try (var st = connection.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME"
            + (directory ? "" : " NOT") + " LIKE '%directory/%'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
