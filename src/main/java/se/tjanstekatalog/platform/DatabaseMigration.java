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

  /** Brings the schema up to date; also used by the benchmark outside the container. */
  public static Result migrate(DataSource dataSource) {
    // Liquibase 4.30+ would try to send usage analytics; this network has no use for that.
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    try (Connection connection = dataSource.getConnection()) {
      int before = countApplied(connection);
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
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                  .execute());
      int after = countApplied(connection);
      return new Result(after - before, after);
    } catch (Exception e) {
      LOG.severe("Database migration failed: " + e);
      throw new IllegalStateException("Database migration failed", e);
    }
  }

  private static int countApplied(Connection connection) throws SQLException {
    try (var rs = connection.getMetaData().getTables(connection.getCatalog(), null,
        "DATABASECHANGELOG", null)) {
      if (!rs.next()) {
        return 0;
      }
    }
    try (var st = connection.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
