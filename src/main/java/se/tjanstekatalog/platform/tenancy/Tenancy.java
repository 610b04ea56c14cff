package se.tjanstekatalog.platform.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.DataSources;

/**
 * The one owner of "the current municipality and its database". Services inject the database
 * as {@code @Inject @TenantDatabase DataSource} and ask {@link #municipalityId()} for the
 * municipality's row; nothing else looks up {@code jdbc/tk} (TenancySeamTest).
 *
 * <p>Today an installation serves one municipality, {@link Tenant#SINGLE}, in the pool's own
 * database: the data source hands out the {@code jdbc/tk} pool's connections unchanged. The
 * issue for several kommuner changes {@link #current()} (the tenant of the request, from its
 * host name or the signed-in user; of a job, from the job) and lists the tenants for start-up;
 * the services and their SQL stay as they are (docs/adr/0007-tenancy.md).
 */
@ApplicationScoped
public class Tenancy {
  @Resource(lookup = DataSources.JNDI)
  DataSource pool;

  private DataSource database;

  @PostConstruct
  void open() {
    database = new TenantDataSource(pool, this::current);
  }

  /** The municipality the current request or job works for. */
  public Tenant current() {
    return Tenant.SINGLE;
  }

  /** The current municipality's row id: {@code municipality.id}, {@code accounting_settings}' key. */
  public long municipalityId() {
    return current().municipalityId();
  }

  /** The current municipality's database; connections are asked for per use. */
  @Produces
  @TenantDatabase
  public DataSource database() {
    return database;
  }
}
