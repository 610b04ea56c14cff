package se.tjanstekatalog.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.platform.PersistenceSessionCustomizer;

/**
 * The persistence unit's session, as the container hands it to the customizer (a JTA data
 * source for writes, a non-transactional one for reads), ends up with both behind the seam.
 */
class PersistenceRoutingTest {
  private static DataSource dataSource(String name) {
    return (DataSource) Proxy.newProxyInstance(PersistenceRoutingTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class},
        (proxy, method, args) -> method.getName().equals("toString") ? name : null);
  }

  private static DatabaseLogin login(DataSource dataSource) {
    DatabaseLogin login = new DatabaseLogin();
    login.setConnector(new JNDIConnector(dataSource));
    login.useExternalConnectionPooling();
    return login;
  }

  private static DataSource routedOf(DatabaseLogin login) {
    DataSource ds = ((JNDIConnector) login.getConnector()).getDataSource();
    return assertInstanceOf(TenantDataSource.class, ds).pool();
  }

  @Test
  void theCustomizerPutsTheTransactionalAndTheReadDataSourceBehindTheSeam() {
    DataSource jta = dataSource("jdbc/tk");
    DataSource nonTx = dataSource("jdbc/tk__nontx");
    ServerSession session = new ServerSession(login(jta));
    session.setReadConnectionPool(login(nonTx));

    new PersistenceSessionCustomizer().customize(session);

    assertSame(jta, routedOf((DatabaseLogin) session.getDatasourceLogin()));
    assertSame(nonTx, routedOf((DatabaseLogin) session.getReadConnectionPool().getLogin()));
    session.getConnectionPools().values()
        .forEach(p -> assertSame(jta, routedOf((DatabaseLogin) p.getLogin())));
  }

  @Test
  void routingTwiceWrapsOnce() {
    DataSource jta = dataSource("jdbc/tk");
    ServerSession session = new ServerSession(login(jta));
    PersistenceRouting.route(session);
    PersistenceRouting.route(session);
    assertSame(jta, routedOf((DatabaseLogin) session.getDatasourceLogin()));
  }

  @Test
  void aSessionWithoutADataSourceIsRefusedRatherThanLeftOutsideTheSeam() {
    DatabaseLogin byUrl = new DatabaseLogin();
    byUrl.setConnectionString("jdbc:mariadb://localhost/tk");
    ServerSession session = new ServerSession(byUrl);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PersistenceRouting.route(session));
    assertEquals(true, e.getMessage().contains("tenancy seam"));
  }
}
