package se.tjanstekatalog.platform.tenancy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A server pool's data source that hands out connections to the current municipality's
 * database. The tenant is asked on every {@code getConnection()}, not when the data source is
 * injected, because {@code @Stateless} beans are pooled and serve every caller.
 *
 * <p>A tenant in the pool's own database ({@link Tenant#inPoolDatabase()}: the one kommun of
 * an installation that serves one) gets the pool's connection exactly as the pool hands it
 * out, and so does a caller outside any municipality (the supplier answers {@code null}:
 * EclipseLink's first login while the application deploys). A tenant with a database named
 * (every kommun, the home one too, once there are several, {@link Directory}) gets the pool's
 * connection switched to that database ({@code USE}, through {@link
 * Connection#setCatalog}); every SQL string names its tables without a database, so it reads
 * and writes that tenant's tables and calls its procedures, and the tables' triggers are that
 * database's. Within one JTA transaction the pool shares one physical connection between the
 * handles it hands out, so a transaction works for one municipality (docs/adr/0007-tenancy.md).
 */
public final class TenantDataSource implements DataSource {
  private final DataSource pool;
  private final Supplier<Tenant> current;

  public TenantDataSource(DataSource pool, Supplier<Tenant> current) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.current = Objects.requireNonNull(current, "current");
  }

  /** The server pool behind this data source. */
  public DataSource pool() {
    return pool;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return forTenant(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return forTenant(pool.getConnection(username, password));
  }

  private Connection forTenant(Connection connection) throws SQLException {
    Tenant tenant = current.get();
    if (tenant == null || tenant.inPoolDatabase()) {
      return connection;
    }
    try {
      connection.setCatalog(tenant.database());
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || pool.isWrapperFor(iface);
  }

  @Override
  public String toString() {
    return "TenantDataSource[" + pool + "]";
  }
}
