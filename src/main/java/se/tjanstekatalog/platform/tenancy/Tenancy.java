package se.tjanstekatalog.platform.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.DataSources;
import se.tjanstekatalog.platform.DatabaseMigration;

/**
 * The one owner of "the current municipality and its database". Services inject the database
 * as {@code @Inject @TenantDatabase DataSource} and ask {@link #municipalityId()} for the
 * municipality's row; nothing else looks up {@code jdbc/tk} (TenancySeamTest).
 *
 * <p>The kommuner are in the directory ({@link Directory}, tables {@code kommun} and
 * {@code kommun_host} in the pool's own database). A request works for the kommun its host
 * name reaches ({@link #enterHost}, called by the authentication mechanism and
 * {@link TenantFilter}); a job for the kommun it was started for ({@link #runAs}). With one
 * kommun every host name reaches it and its connections are the pool's as handed out, as
 * before. With several, a host name no kommun lists reaches the home kommun (the one in the
 * pool's database, so an installation that adds a kommun keeps its own address), after the
 * directory was reread in case another node just added the name; with
 * {@code TK_UNLISTED_HOSTS=refuse} (a provider of unrelated kommuner) it reaches none and the
 * request gets 404. docs/adr/0007-tenancy.md.
 */
@ApplicationScoped
public class Tenancy {
  private static final Logger LOG = Logger.getLogger(Tenancy.class.getName());
  private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();
  /** An unknown host name rereads the directory at most this often (another node added it). */
  private static final long RELOAD_NANOS = 2_000_000_000L;

  @Resource(lookup = DataSources.JNDI)
  DataSource pool;

  @Inject
  @ConfigProperty(name = "tk.unlisted-hosts", defaultValue = "home")
  String unlistedHosts;

  private DataSource database;
  private volatile Directory directory = Directory.SINGLE;
  private volatile String poolDatabase;
  private volatile long loadedAt = System.nanoTime();
  private final ReentrantLock reloading = new ReentrantLock();

  @PostConstruct
  void open() {
    database = new TenantDataSource(pool, this::current);
  }

  /**
   * The municipality the current request or job works for: the one entered on this thread,
   * else the home kommun (start-up, and work that has no kommun of its own).
   */
  public Tenant current() {
    Tenant t = CURRENT.get();
    return t != null ? t : directory.home();
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

  /** The kommun in the pool's own database. */
  public Tenant home() {
    return directory.home();
  }

  /** Every kommun of the installation. */
  public List<Tenant> all() {
    return directory.tenants();
  }

  /** Whether the installation serves more than one kommun. */
  public boolean several() {
    return directory.tenants().size() > 1;
  }

  /** The kommuner {@code host}'s IT nämnd serves (none unless it hosts a shared nämnd). */
  public List<Tenant> servedBy(Tenant host) {
    return all().stream().filter(t -> host.code().equals(t.servedBy())).toList();
  }

  /** The kommuner the current kommun's IT nämnd serves. */
  public List<Tenant> served() {
    return servedBy(current());
  }

  /** Whether the current kommun's IT nämnd serves other kommuner (a shared nämnd's host). */
  public boolean servesOthers() {
    return !served().isEmpty();
  }

  /** A kommun the current kommun's IT nämnd serves, by its code. */
  public Optional<Tenant> findServed(String code) {
    return served().stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<Tenant> find(String code) {
    return directory.find(code);
  }

  /** The host names that reach a kommun (its links, the cross-kommun view). */
  public List<String> hostsOf(String code) {
    return directory.hostsOf(code);
  }

  /**
   * Enters the kommun a request's host name reaches, for the rest of the request on this
   * thread; empty (and nothing entered) if no kommun lists the name and unlisted names are
   * refused.
   */
  public Optional<Tenant> enterHost(String host) {
    Optional<Tenant> t = forHost(host);
    if (t.isPresent()) {
      CURRENT.set(t.get());
    } else {
      CURRENT.remove();
    }
    return t;
  }

  /**
   * The kommun a host name reaches, without entering it. An unlisted name first rereads the
   * directory if it is older than 2 s (another node may have added the kommun, also to an
   * installation that had one), so a new kommun's name never reaches another kommun for
   * longer than that.
   */
  public Optional<Tenant> forHost(String host) {
    Directory d = directory;
    Optional<Tenant> t = d.listed(host);
    if (t.isEmpty()) {
      d = fresh();
      t = d.listed(host);
    }
    if (t.isPresent()) {
      return t;
    }
    return d.tenants().size() == 1 || !"refuse".equals(unlistedHosts)
        ? Optional.of(d.home()) : Optional.empty();
  }

  /**
   * The directory, reread if older than 2 s by one request while the others go on with the
   * one read before (they never wait, so /health answers while the pool is exhausted); a
   * failed reread is tried again 2 s later.
   */
  private Directory fresh() {
    Directory d = directory;
    if (System.nanoTime() - loadedAt <= RELOAD_NANOS || !reloading.tryLock()) {
      return d;
    }
    try {
      return System.nanoTime() - loadedAt <= RELOAD_NANOS ? directory : reload();
    } catch (RuntimeException e) {
      loadedAt = System.nanoTime();
      LOG.log(Level.FINE, "The directory could not be reread; the one read before serves", e);
      return d;
    } finally {
      reloading.unlock();
    }
  }

  /** Whether this thread works for a kommun it entered (a request's, a job's). */
  public boolean entered() {
    return CURRENT.get() != null;
  }

  /** Leaves the request's kommun (the end of the request). */
  public void leave() {
    CURRENT.remove();
  }

  /**
   * Runs {@code work} for {@code tenant} on this thread and returns to the kommun before. Use
   * it outside a transaction, or at the start of a new one: a transaction works for one kommun.
   */
  public <T> T runAs(Tenant tenant, Supplier<T> work) {
    Tenant before = CURRENT.get();
    CURRENT.set(tenant);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** {@link #runAs(Tenant, Supplier)} for work without an answer. */
  public void runAs(Tenant tenant, Runnable work) {
    runAs(tenant, () -> {
      work.run();
      return null;
    });
  }

  /**
   * Brings the directory's schema up to date and reads it; the first thing start-up does,
   * before any connection was pointed at a kommun's database.
   */
  public Directory openDirectory() {
    try (Connection c = pool.getConnection()) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
        rs.next();
        poolDatabase = rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
    DatabaseMigration.migrate(this::directoryConnection, DatabaseMigration.DIRECTORY_CHANGELOG);
    return reload();
  }

  /** Rereads the directory (after a kommun was added, here or on another node). */
  public synchronized Directory reload() {
    try (Connection c = directoryConnection()) {
      List<Tenant> tenants = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT code, name, database_name,"
          + " served_by FROM kommun WHERE state = 'ACTIVE' ORDER BY database_name IS NOT NULL,"
          + " name");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tenants.add(new Tenant(rs.getString(1), 1L, rs.getString(3), rs.getString(2),
              rs.getString(4)));
        }
      }
      Map<String, String> hosts = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT h.host, h.kommun_code FROM"
          + " kommun_host h JOIN kommun k ON k.code = h.kommun_code WHERE k.state = 'ACTIVE'");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hosts.put(rs.getString(1), rs.getString(2));
        }
      }
      Directory read = new Directory(tenants, hosts, poolDatabase);
      directory = read;
      loadedAt = System.nanoTime();
      return read;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the directory of kommuner", e);
    }
  }

  /**
   * Adds a kommun to the directory, with its own database (created empty here; start-up or
   * {@link se.tjanstekatalog.platform.Bootstrap#prepare} migrates it) and the host names that
   * reach it. Answers the kommun as the reread directory has it.
   */
  public Tenant register(NewKommun k) {
    String db = k.database(poolDatabase);
    try (Connection c = directoryConnection()) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE IF NOT EXISTS `" + db
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
      }
      c.setAutoCommit(false);
      try (PreparedStatement kommun = c.prepareStatement("INSERT INTO kommun (code, name,"
          + " database_name, served_by) VALUES (?, ?, ?, ?)");
          PreparedStatement host = c.prepareStatement(
              "INSERT INTO kommun_host (host, kommun_code) VALUES (?, ?)")) {
        kommun.setString(1, k.code());
        kommun.setString(2, k.name());
        kommun.setString(3, db);
        kommun.setString(4, k.servedBy());
        kommun.executeUpdate();
        for (String name : k.hosts()) {
          host.setString(1, Directory.normalise(name));
          host.setString(2, k.code());
          host.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add the kommun " + k.code(), e);
    }
    LOG.info(() -> "Added the kommun " + k.code() + " (" + k.name() + ") in database " + db
        + ", hosts " + k.hosts());
    return reload().find(k.code()).orElseThrow();
  }

  /**
   * Keeps a kommun out of service (its database could not be prepared): its host names then
   * reach no kommun of their own until an operator sets it ACTIVE again and restarts.
   */
  public void markUnavailable(String code) {
    update("UPDATE kommun SET state = 'UNAVAILABLE' WHERE code = ?", code);
  }

  /** Names a kommun in the directory (the demo's home kommun). */
  public void rename(String code, String name) {
    update("UPDATE kommun SET name = ? WHERE code = ?", name, code);
  }

  private void update(String sql, String... values) {
    try (Connection c = directoryConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 1, values[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not change the directory of kommuner", e);
    }
    reload();
  }

  /** Whether a kommun in the directory, in service or not, has this code. */
  public boolean codeTaken(String code) {
    return exists("SELECT 1 FROM kommun WHERE code = ?", code);
  }

  /** Whether a kommun in the directory, in service or not, lists this host name. */
  public boolean hostTaken(String host) {
    return exists("SELECT 1 FROM kommun_host WHERE host = ?", Directory.normalise(host));
  }

  private boolean exists(String sql, String value) {
    try (Connection c = directoryConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the directory of kommuner", e);
    }
  }

  /** A pool connection pointed at the directory (the pool's own database). */
  Connection directoryConnection() throws SQLException {
    Connection c = pool.getConnection();
    try {
      if (poolDatabase != null) {
        c.setCatalog(poolDatabase);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * A kommun to add: its code (also its database's suffix), name, host names, and the kommun
   * whose IT nämnd serves it (or null).
   */
  public record NewKommun(String code, String name, List<String> hosts, String servedBy) {
    public NewKommun {
      if (!Tenant.validCode(code)) {
        throw new IllegalArgumentException("Not a kommun code: " + code);
      }
      hosts = List.copyOf(hosts);
    }

    String database(String poolDatabase) {
      String db = poolDatabase + "_" + code;
      if (!Tenant.validDatabase(db)) {
        throw new IllegalArgumentException("Not a database name: " + db);
      }
      return db;
    }
  }
}
