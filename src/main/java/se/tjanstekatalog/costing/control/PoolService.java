package se.tjanstekatalog.costing.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.costing.control.PoolRules.OrgFact;
import se.tjanstekatalog.costing.control.PoolRules.ServiceFact;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.costing.entity.CostPool;
import se.tjanstekatalog.costing.entity.PoolRepository;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;

/**
 * The cost pools' settings for IT_CONTROLLER: list, edit (checked whole by {@link PoolRules},
 * saved whole or not at all). Saving marks every computed, non-locked month as needing
 * recomputation (the database's triggers do it, whichever path saves); {@link #recomputeStale}
 * recomputes them in one go.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class PoolService {
  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject PoolRepository repository;
  @Inject CostingService costing;
  @Inject AuditLog auditLog;

  /** A pool in the list; {@code services} are the chosen ones' names (empty: all pooled). */
  public record PoolRow(long id, long version, String code, String name, String areaName,
      AllocationKey key, boolean companiesParticipate, boolean active, List<String> services,
      int pooledInArea, int shareCount) implements Serializable {

    public boolean allServices() {
      return services.isEmpty();
    }

    public String servicesText() {
      return String.join(", ", services);
    }
  }

  /** A service of the pool's area in the edit form. */
  public record ServiceOption(long id, String code, String name, boolean pooled,
      boolean chosen) implements Serializable {}

  /** An org and its share in the edit form (null: none). */
  public record OrgShare(long id, String code, String name, boolean company,
      BigDecimal percent) implements Serializable {}

  /** One pool as the edit form starts from it. */
  public record PoolEdit(long id, long version, String code, String name, String areaName,
      AllocationKey key, boolean companiesParticipate, boolean active,
      List<ServiceOption> services, List<OrgShare> shares) implements Serializable {}

  public List<PoolRow> pools() {
    try (Connection c = dataSource.getConnection()) {
      Map<Long, String> areas = areaNames(c);
      Map<Long, List<ServiceFact>> services = servicesByArea(c);
      List<PoolRow> rows = new ArrayList<>();
      for (CostPool p : repository.pools()) {
        List<ServiceFact> ofArea = services.getOrDefault(p.getAreaId(), List.of());
        Set<Long> chosen = p.getServiceIds();
        List<String> names = ofArea.stream().filter(s -> chosen.contains(s.id()))
            .map(ServiceFact::name).toList();
        rows.add(new PoolRow(p.getId(), p.getVersion(), p.getCode(), p.getName(),
            areas.getOrDefault(p.getAreaId(), ""), p.getAllocationKey(),
            p.isCompaniesParticipate(), p.isActive(), names,
            (int) ofArea.stream().filter(ServiceFact::pooled).count(), p.getShares().size()));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the pools", e);
    }
  }

  public PoolEdit edit(long id) {
    CostPool p = find(id);
    try (Connection c = dataSource.getConnection()) {
      Set<Long> chosen = p.getServiceIds();
      List<ServiceOption> services = servicesByArea(c).getOrDefault(p.getAreaId(), List.of())
          .stream().map(s -> new ServiceOption(s.id(), s.code(), s.name(), s.pooled(),
              chosen.contains(s.id()))).toList();
      Map<Long, BigDecimal> shares = p.getShares();
      List<OrgShare> orgs = orgs(c, shares.keySet()).stream()
          .map(o -> new OrgShare(o.id(), o.code(), o.fact().name(), o.fact().company(),
              shares.get(o.id()))).toList();
      return new PoolEdit(p.getId(), p.getVersion(), p.getCode(), p.getName(),
          areaNames(c).getOrDefault(p.getAreaId(), ""), p.getAllocationKey(),
          p.isCompaniesParticipate(), p.isActive(), services, orgs);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the pool", e);
    }
  }

  /** Saves the edit whole, or throws with every rule it breaks and saves nothing. */
  public void save(long id, long version, PoolRules.Edit edit) {
    CostPool pool = find(id);
    if (pool.getVersion() != version) {
      throw new ConflictException(new OptimisticLockException(), "pool.error.conflict",
          pool.getName());
    }
    try (Connection c = dataSource.getConnection()) {
      List<ServiceFact> areaServices = servicesByArea(c).getOrDefault(pool.getAreaId(),
          List.of());
      List<OrgFact> orgs = orgs(c, edit.shares().keySet()).stream().map(OrgRow::fact)
          .toList();
      RuleViolationException.throwIfAny(PoolRules.check(edit, areaServices, orgs,
          coveredByOthers(c, pool.getId())));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the pool's services", e);
    }
    pool.apply(edit.name().strip(), edit.key(), edit.companiesParticipate(), edit.active(),
        edit.serviceIds(), PoolRules.storedShares(edit));
    repository.forceVersionIncrement(pool);
    auditLog.record(AuditKind.POOL, pool.getCode(), "Kostnadspoolen " + edit.name().strip()
        + " sparad: nyckel " + Messages.sv("allocationKey." + edit.key().name()) + ", " + edit.serviceIds().size() + " tjänster, "
        + edit.shares().size() + " andelar" + (edit.active() ? "" : ", inaktiv"));
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      context.setRollbackOnly();
      throw new ConflictException(e, "pool.error.conflict", pool.getName());
    }
  }

  /** Computed months whose inputs changed since (not locked ones: they never change). */
  public List<YearMonth> staleMonths() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReads.storedMonths(c).stream().filter(m -> m.stale() && !m.locked())
          .map(LedgerReads.StoredMonth::period).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the stale months", e);
    }
  }

  /** Recomputes every computed, non-locked month from the first stale one; all or nothing. */
  public List<YearMonth> recomputeStale() {
    List<YearMonth> stale = staleMonths();
    return stale.isEmpty() ? List.of() : costing.recomputeFrom(stale.get(0));
  }

  private CostPool find(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("pool.error.notFound"));
  }

  /** For each service another active pool covers (chosen, or all POOLED of its area): its name. */
  private Map<Long, String> coveredByOthers(Connection c, long poolId) throws SQLException {
    Map<Long, List<ServiceFact>> byArea = servicesByArea(c);
    Map<Long, String> covered = new HashMap<>();
    for (CostPool other : repository.pools()) {
      if (other.getId() == poolId || !other.isActive()) {
        continue;
      }
      Set<Long> ids = other.getServiceIds();
      if (ids.isEmpty()) {
        byArea.getOrDefault(other.getAreaId(), List.of()).stream().filter(ServiceFact::pooled)
            .forEach(s -> covered.put(s.id(), other.getName()));
      } else {
        ids.forEach(id -> covered.put(id, other.getName()));
      }
    }
    return covered;
  }

  private static Map<Long, String> areaNames(Connection c) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    for (PlanPeriods.Area a : ModelPlanService.areas(c)) {
      names.put(a.id(), a.name());
    }
    return names;
  }

  private static Map<Long, List<ServiceFact>> servicesByArea(Connection c) throws SQLException {
    Map<Long, List<ServiceFact>> byArea = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, area_id, code, name, financing FROM service ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        byArea.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ServiceFact(
            rs.getLong(1), rs.getString(3), rs.getString(4),
            "POOLED".equals(rs.getString(5))));
      }
    }
    return byArea;
  }

  private record OrgRow(long id, String code, OrgFact fact) {}

  /** Orgs active now, and any org that already has a share, ordered by code. */
  private static List<OrgRow> orgs(Connection c, Set<Long> withShare) throws SQLException {
    List<OrgRow> orgs = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, kind,"
        + " (active_to IS NULL OR active_to >= CURRENT_DATE) FROM org_unit ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        if ((rs.getBoolean(5) || withShare.contains(id)) && seen.add(id)) {
          orgs.add(new OrgRow(id, rs.getString(2), new OrgFact(id, rs.getString(3),
              "COMPANY".equals(rs.getString(4)))));
        }
      }
    }
    return orgs;
  }
}
