package se.tjanstekatalog.platform.tenancy;

import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Sends the persistence unit's connections through the tenancy seam, so that JPA and the JDBC
 * services always work in the same municipality's database: every data source EclipseLink
 * was given by the container (the JTA one and the non-transactional one for reads) is wrapped
 * in a {@link TenantDataSource} that asks {@link Tenancy} for the current municipality.
 * Called by the persistence unit's session customizer, after the container set the logins.
 * The shared cache is off (persistence.xml), so no entity outlives its transaction and a
 * persistence context holds one municipality's rows.
 */
public final class PersistenceRouting {
  private PersistenceRouting() {}

  /**
   * Wraps each of the session's data sources once; returns how many it wrapped.
   *
   * @throws IllegalStateException when the session has no data source to wrap: its connections
   *     would bypass the seam
   */
  public static int route(Session session) {
    Supplier<Tenant> current = new ContainerTenant();
    Set<JNDIConnector> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int routed = 0;
    for (Login login : logins(session)) {
      if (login instanceof DatasourceLogin datasourceLogin
          && datasourceLogin.getConnector() instanceof JNDIConnector connector
          && seen.add(connector)) {
        if (connector.getDataSource() instanceof TenantDataSource) {
          routed++;
        } else if (connector.getDataSource() != null) {
          connector.setDataSource(new TenantDataSource(connector.getDataSource(), current));
          routed++;
        }
      }
    }
    if (routed == 0) {
      throw new IllegalStateException(
          "The persistence unit has no data source the tenancy seam can wrap: " + logins(session));
    }
    return routed;
  }

  private static List<Login> logins(Session session) {
    List<Login> logins = new ArrayList<>();
    logins.add(session.getDatasourceLogin());
    if (session instanceof ServerSession server) {
      if (server.getReadConnectionPool() != null) {
        logins.add(server.getReadConnectionPool().getLogin());
      }
      for (ConnectionPool pool : server.getConnectionPools().values()) {
        logins.add(pool.getLogin());
      }
    }
    return logins;
  }

  /**
   * The container's {@link Tenancy}, found on first use. EclipseLink logs in while the
   * application deploys, before CDI answers, to learn the database's version: that connection
   * belongs to no municipality ({@code null}) and reads no table of one.
   */
  private static final class ContainerTenant implements Supplier<Tenant> {
    private volatile Tenancy tenancy;

    @Override
    public Tenant get() {
      Tenancy t = tenancy;
      if (t == null) {
        t = fromContainer();
        if (t == null) {
          return null;
        }
        tenancy = t;
      }
      return t.current();
    }

    private static Tenancy fromContainer() {
      try {
        return CDI.current().select(Tenancy.class).get();
      } catch (IllegalStateException notYet) {
        return null;
      }
    }
  }
}
