package se.tjanstekatalog.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;

/**
 * Runs once per start, before the portal takes requests: migrate the directory of kommuner,
 * then each kommun's schema, letting start-up observers (the demo data loader) do their work
 * after each, then write the one line an operator looks for. A kommun added by an observer
 * (the demo's second kommun) is prepared in the same start. A kommun other than the home one
 * whose migration fails is kept out of service; the others start.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject @TenantDatabase DataSource dataSource;
  @Inject Tenancy tenancy;

  @Inject Event<SchemaReady> schemaReady;

  @PostConstruct
  void start() {
    long t0 = System.nanoTime();
    tenancy.openDirectory();
    List<String> schemas = new ArrayList<>();
    Set<String> prepared = new HashSet<>();
    List<Tenant> pending;
    while (!(pending = tenancy.all().stream()
        .filter(t -> !prepared.contains(t.code())).toList()).isEmpty()) {
      for (Tenant t : pending) {
        prepared.add(t.code());
        schemas.add(prepare(t));
      }
    }
    LOG.info(
        () ->
            String.format(
                "Tjänstekatalogen %s started in %d ms; database %s; %s",
                AppInfo.version(),
                (System.nanoTime() - t0) / 1_000_000,
                DataSources.describe(dataSource),
                String.join("; ", schemas)));
  }

  /** Migrates one kommun's database and tells the observers; the start-up line's part. */
  private String prepare(Tenant t) {
    boolean home = tenancy.home().code().equals(t.code());
    try {
      return tenancy.runAs(t, () -> {
        DatabaseMigration.Result migration = DatabaseMigration.migrate(dataSource);
        schemaReady.fire(new SchemaReady(t, home));
        return (tenancy.several() ? "kommun " + t.code() + ": " : "") + migration.describe();
      });
    } catch (RuntimeException e) {
      if (home) {
        throw e;
      }
      LOG.log(Level.SEVERE, "The kommun " + t.code() + " could not be prepared and is kept out"
          + " of service until it is set ACTIVE in the directory and the portal restarted", e);
      tenancy.markUnavailable(t.code());
      return "kommun " + t.code() + ": UNAVAILABLE";
    }
  }

  /**
   * Fired synchronously once a kommun's schema is current, with that kommun entered;
   * observers run in their own transaction.
   *
   * @param tenant the kommun
   * @param home whether it is the home kommun (the pool's own database)
   */
  public record SchemaReady(Tenant tenant, boolean home) {}
}
