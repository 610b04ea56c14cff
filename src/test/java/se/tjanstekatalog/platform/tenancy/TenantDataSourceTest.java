package se.tjanstekatalog.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Which database a connection from the seam talks to. */
class TenantDataSourceTest {
  /** What the fake pool's connections were asked to do. */
  private final List<String> calls = new ArrayList<>();

  private boolean refuseCatalog;

  private Connection connection() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          calls.add(method.getName() + (args == null ? "" : " " + args[0]));
          if (method.getName().equals("setCatalog") && refuseCatalog) {
            throw new SQLException("Unknown database '" + args[0] + "'");
          }
          return method.getName().equals("toString") ? "connection" : null;
        });
  }

  private final Connection pooled = connection();

  private final DataSource pool = (DataSource) Proxy.newProxyInstance(
      getClass().getClassLoader(), new Class<?>[] {DataSource.class},
      (proxy, method, args) -> switch (method.getName()) {
        case "getConnection" -> pooled;
        case "unwrap" -> "the pool's " + ((Class<?>) args[0]).getSimpleName();
        case "toString" -> "pool";
        default -> null;
      });

  @Test
  void theOneMunicipalityGetsThePoolsConnectionUntouched() throws SQLException {
    TenantDataSource ds = new TenantDataSource(pool, () -> Tenant.SINGLE);
    assertSame(pooled, ds.getConnection());
    assertSame(pooled, ds.getConnection("user", "secret"));
    assertEquals(List.of(), calls, "no call on the connection: exactly as the pool hands it out");
  }

  @Test
  void aConnectionOutsideAnyMunicipalityStaysInThePoolsDatabase() throws SQLException {
    assertSame(pooled, new TenantDataSource(pool, () -> null).getConnection());
    assertEquals(List.of(), calls);
  }

  @Test
  void aMunicipalityWithADatabaseOfItsOwnGetsTheConnectionSwitchedToIt() throws SQLException {
    AtomicReference<Tenant> current = new AtomicReference<>(new Tenant("umea", 1, "tk_umea"));
    TenantDataSource ds = new TenantDataSource(pool, current::get);
    ds.getConnection();
    current.set(new Tenant("vannas", 1, "tk_vannas"));
    ds.getConnection();
    assertEquals(List.of("setCatalog tk_umea", "setCatalog tk_vannas"), calls,
        "the tenant is asked per connection, not when the data source was injected");
  }

  @Test
  void aConnectionThatCannotReachTheDatabaseGoesBackToThePool() {
    refuseCatalog = true;
    TenantDataSource ds = new TenantDataSource(pool, () -> new Tenant("umea", 1, "tk_umea"));
    assertThrows(SQLException.class, ds::getConnection);
    assertEquals(List.of("setCatalog tk_umea", "close"), calls);
  }

  @Test
  void unwrappingReachesThePool() throws SQLException {
    TenantDataSource ds = new TenantDataSource(pool, () -> Tenant.SINGLE);
    assertSame(ds, ds.unwrap(TenantDataSource.class));
    assertEquals("the pool's String", ds.unwrap(String.class));
    assertSame(pool, ds.pool());
  }

  @Test
  void aDatabaseNameIsAPlainIdentifier() {
    for (String bad : new String[] {"", "Umea", "tk-umea", "tk_umea; DROP DATABASE x", "`x`",
        "1tk"}) {
      assertThrows(IllegalArgumentException.class, () -> new Tenant("t", 1, bad), bad);
    }
    assertTrue(Tenant.SINGLE.inPoolDatabase());
    assertEquals(1L, Tenant.SINGLE.municipalityId());
  }
}
