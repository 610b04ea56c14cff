package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;

/**
 * A shared IT nämnd's catalogue, published from the host kommun's database into a member
 * kommun's (docs/adr/0007-tenancy.md, decision 4): the service areas, services, levels and
 * their commitments, the published price lists and their lines, and the cost pools with their
 * services, with the host's ids, at every start of the member and after every committed change
 * in the host, so that the member's subscriptions, consumption and costing
 * read their own tables with the same SQL as the host's. Draft price lists stay with the host.
 *
 * <p>Rows are added or brought up to date, never removed (a retired service stays, retired).
 * The member's own triggers guard its locked months: a published price that would govern one
 * of them is refused and nothing of the publication is kept. The one place in the portal whose
 * SQL names databases: both are on the same server (or Galera cluster).
 */
@ApplicationScoped
public class CataloguePublication {
  private static final Logger LOG = Logger.getLogger(CataloguePublication.class.getName());

  /** What is copied, parents before children, and which of the host's rows. */
  private record Part(String table, String where) {}

  private static final List<Part> PARTS = List.of(
      new Part("service_area", ""),
      new Part("service", ""),
      new Part("service_level", ""),
      new Part("commitment", ""),
      new Part("price_list", "s.status = 'PUBLISHED'"),
      new Part("price_list_line", "s.price_list_id IN (SELECT id FROM `%s`.price_list"
          + " WHERE status = 'PUBLISHED')"),
      new Part("cost_pool", ""),
      new Part("cost_pool_service", ""));

  @Inject Tenancy tenancy;
  @Inject @TenantDatabase DataSource database;
  @Resource ManagedExecutorService worker;

  /**
   * A committed change of the host's published catalogue goes to the kommuner it serves, on a
   * worker thread in their own transactions (one kommun each). A member that refuses it (a
   * price that would govern one of its locked months) keeps its catalogue as it was, and the
   * server log names the kommun and the reason.
   */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS)
      CatalogueOwner.CatalogueChanged change) {
    Tenant host = change.owner();
    List<Tenant> members = tenancy.servedBy(host);
    if (members.isEmpty()) {
      return;
    }
    worker.execute(() -> tenancy.runAs(host, () -> {
      for (Tenant member : members) {
        try {
          publish(host, member);
        } catch (RuntimeException e) {
          LOG.log(Level.SEVERE, "The catalogue of " + host.code() + " was not published to "
              + member.code() + "; it keeps its catalogue as it was", e);
        }
      }
    }));
  }

  /**
   * At every start, before the demo loader and anything else of the kommun's: a kommun served by
   * another's nämnd gets the nämnd's catalogue as it is now, so a change whose publication a
   * stopped node never finished, or one written behind the portal's back, arrives. A refusal
   * (a price that would govern one of the kommun's locked months) leaves its catalogue as it
   * was and is logged; the kommun starts.
   */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100)
      Bootstrap.SchemaReady ready) {
    Tenant member = ready.tenant();
    if (member.servedBy() == null) {
      return;
    }
    Optional<Tenant> host = tenancy.find(member.servedBy());
    if (host.isEmpty()) {
      LOG.warning(() -> "The kommun " + member.code() + " is served by " + member.servedBy()
          + ", which is not in service: its catalogue stays as it is");
      return;
    }
    try {
      publish(host.get(), member);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The catalogue of " + host.get().code() + " was not published to "
          + member.code() + " at start; it keeps its catalogue as it was", e);
    }
  }

  /** Copies the host's published catalogue into the member's database, all or nothing. */
  public void publish(Tenant host, Tenant member) {
    if (host.database() == null || member.database() == null
        || !host.code().equals(member.servedBy())) {
      throw new IllegalArgumentException(member.code() + " is not served by " + host.code());
    }
    long t0 = System.nanoTime();
    tenancy.runAs(member, () -> {
      try (Connection c = database.getConnection()) {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
          for (Part part : PARTS) {
            st.executeUpdate(copy(c, part, host.database(), member.database()));
          }
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not publish the catalogue of " + host.code()
            + " to " + member.code() + ": " + e.getMessage(), e);
      }
    });
    LOG.info(() -> "Published the catalogue of " + host.code() + " to " + member.code() + " in "
        + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  /**
   * {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE} over the table's columns, of the host's
   * rows the member does not have exactly: an unchanged row is not written again, so the
   * member's triggers (a changed price line marks its computed months stale) see only changes.
   */
  private static String copy(Connection c, Part part, String from, String to)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM"
        + " information_schema.columns WHERE table_schema = ? AND table_name = ?"
        + " ORDER BY ordinal_position")) {
      ps.setString(1, to);
      ps.setString(2, part.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add("`" + rs.getString(1) + "`");
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("No table " + to + "." + part.table());
    }
    String list = String.join(", ", columns);
    String select = columns.stream().map(col -> "s." + col).collect(Collectors.joining(", "));
    String same = columns.stream().map(col -> "d." + col + " <=> s." + col)
        .collect(Collectors.joining(" AND "));
    String update = columns.stream().map(col -> col + " = VALUES(" + col + ")")
        .collect(Collectors.joining(", "));
    return "INSERT INTO `" + to + "`." + part.table() + " (" + list + ") SELECT " + select
        + " FROM `" + from + "`." + part.table() + " s WHERE "
        + (part.where().isEmpty() ? "" : part.where().formatted(from) + " AND ")
        + "NOT EXISTS (SELECT 1 FROM `" + to + "`." + part.table() + " d WHERE " + same + ")"
        + " ON DUPLICATE KEY UPDATE " + update;
  }
}
