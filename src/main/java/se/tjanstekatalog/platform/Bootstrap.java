package se.tjanstekatalog.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;

/**
 * Runs once per start, before the portal takes requests: migrate the schema, then let
 * start-up observers (the demo data loader) do their work, then write the one line an
 * operator looks for.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject @TenantDatabase DataSource dataSource;

  @Inject Event<SchemaReady> schemaReady;

  @PostConstruct
  void start() {
    long t0 = System.nanoTime();
    DatabaseMigration.Result migration = DatabaseMigration.migrate(dataSource);
    schemaReady.fire(new SchemaReady());
    LOG.info(
        () ->
            String.format(
                "Tjänstekatalogen %s started in %d ms; database %s; %s",
                AppInfo.version(),
                (System.nanoTime() - t0) / 1_000_000,
                DataSources.describe(dataSource),
                migration.describe()));
  }

  /** Fired synchronously once the schema is current; observers run in their own transaction. */
  public record SchemaReady() {}
}
