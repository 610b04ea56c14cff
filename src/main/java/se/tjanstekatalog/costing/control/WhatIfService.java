package se.tjanstekatalog.costing.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import se.tjanstekatalog.costing.domain.CostingEngine;
import se.tjanstekatalog.costing.domain.CostingProblem;
import se.tjanstekatalog.costing.domain.CostingResult;
import se.tjanstekatalog.costing.domain.Org;
import se.tjanstekatalog.costing.domain.PeriodInputs;
import se.tjanstekatalog.costing.domain.Pool;
import se.tjanstekatalog.costing.domain.PricedLevel;
import se.tjanstekatalog.costing.domain.WhatIf.Change;
import se.tjanstekatalog.costing.domain.WhatIf.OrgDelta;
import se.tjanstekatalog.costing.domain.WhatIf.PoolShare;
import se.tjanstekatalog.costing.domain.WhatIf;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * What-if for the controller: a computed month's inputs read as for computing it
 * ({@link CostingInputs#load}), changed ({@link WhatIf#apply}), computed in memory
 * ({@link CostingEngine#compute}) and compared per org with the stored result
 * ({@link LedgerReads#resultLines}). It only reads: nothing is written, no run is marked stale.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class WhatIfService {
  @Inject @TenantDatabase DataSource dataSource;

  /** A pool as the month's inputs have it. */
  public record PoolOption(long id, String code, String name, long areaId, AllocationKey key,
      Amount cost, boolean companiesParticipate) {}

  /** A service area and its binding model in the month. */
  public record AreaOption(long id, String code, String name, FinancingModel binding) {}

  /** A level with its charged price in the month. */
  public record LevelOption(long id, String label, BigDecimal chargedPrice)
      implements Serializable {}

  /** What can be changed for the month, with today's values. */
  public record Options(YearMonth month, List<PoolOption> pools, List<AreaOption> areas,
      List<LevelOption> levels) {}

  /** An org's row: stored against simulated. */
  public record OrgRow(long orgId, String code, String name, boolean company, OrgDelta delta)
      implements Serializable {}

  /** One org's share of a changed pool. */
  public record ShareRow(String code, String name, PoolShare share) implements Serializable {}

  /** A pool whose key or amount changed, per org. */
  public record PoolDetail(String code, String name, AllocationKey storedKey,
      AllocationKey simulatedKey, Amount storedCost, Amount simulatedCost,
      List<ShareRow> rows, Amount storedTotal, Amount simulatedTotal) implements Serializable {
    public Amount difference() {
      return simulatedTotal.minus(storedTotal);
    }
  }

  /**
   * The simulated month against the stored one.
   *
   * @param storedCurrent whether the stored result was computed from today's inputs (else the
   *     differences include input changes made since)
   * @param warnings the simulated computation's warnings (e.g. an org without a key value)
   */
  public record Simulation(YearMonth month, boolean storedCurrent, List<OrgRow> rows,
      OrgDelta total, List<PoolDetail> pools, List<Violation> warnings) implements Serializable {}

  /** The months with a stored result, newest first. */
  public List<YearMonth> computedMonths() {
    try (Connection c = dataSource.getConnection()) {
      List<YearMonth> months = new ArrayList<>();
      LedgerReads.storedMonths(c).forEach(m -> months.add(0, m.period()));
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the computed months", e);
    }
  }

  /** The month's pools, areas and priced levels with their values in force. */
  public Options options(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      PeriodInputs in = CostingInputs.load(c, month);
      Map<Long, String[]> names = names(c, "SELECT id, code, name FROM cost_pool");
      List<PoolOption> pools = in.pools().stream()
          .sorted(Comparator.comparing(Pool::code))
          .map(p -> new PoolOption(p.id(), p.code(), names.get(p.id())[1], p.areaId(), p.key(),
              p.cost(), p.companiesParticipate()))
          .toList();
      List<AreaOption> areas = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, code, name FROM service_area ORDER BY sort_order, name");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          areas.add(new AreaOption(rs.getLong(1), rs.getString(2), rs.getString(3),
              in.binding(rs.getLong(1))));
        }
      }
      Map<Long, String[]> levelNames = names(c, "SELECT l.id, CONCAT(s.code, ' ', l.code),"
          + " CONCAT(s.name, ' ', l.name) FROM service_level l JOIN service s"
          + " ON s.id = l.service_id");
      List<LevelOption> levels = in.levels().stream()
          .filter(l -> l.chargedPrice() != null)
          .sorted(Comparator.comparing(PricedLevel::code))
          .map(l -> new LevelOption(l.levelId(), l.code() + " – "
              + levelNames.get(l.levelId())[1], l.chargedPrice()))
          .toList();
      return new Options(month, pools, areas, levels);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the what-if options", e);
    }
  }

  /**
   * Computes the month with the changes and compares it with the stored result; saves nothing.
   *
   * @throws RuleViolationException when the month has no stored result, a change is invalid or
   *     the changed inputs cannot be computed (Σ key = 0, fixed shares not 100 %, ...)
   */
  public Simulation simulate(YearMonth month, List<Change> changes) {
    try (Connection c = dataSource.getConnection()) {
      Optional<LedgerReads.Run> run = LedgerReads.run(c, month);
      if (run.isEmpty()) {
        throw new RuleViolationException(new Violation("month", "whatif.notComputed",
            SwedishFormat.month(month)));
      }
      PeriodInputs current = CostingInputs.load(c, month);
      List<CostingProblem> invalid = WhatIf.check(current, changes);
      RuleViolationException.throwIfAny(invalid.stream().map(WhatIfService::violation).toList());
      CostingResult simulated = CostingEngine.compute(WhatIf.apply(current, changes));
      RuleViolationException.throwIfAny(simulated.problems().stream()
          .filter(CostingProblem::error).map(WhatIfService::violation).toList());
      List<ResultLine> stored = LedgerReads.resultLines(c, month);
      Map<Long, String[]> orgs = names(c, "SELECT id, code, name, kind FROM org_unit");
      Set<Long> companies = new LinkedHashSet<>();
      current.orgs().stream().filter(Org::company).forEach(o -> companies.add(o.id()));

      Map<Long, OrgDelta> deltas = WhatIf.compare(stored, simulated.lines());
      List<OrgRow> rows = deltas.values().stream()
          .map(d -> new OrgRow(d.orgId(), orgs.get(d.orgId())[0], orgs.get(d.orgId())[1],
              companies.contains(d.orgId()), d))
          .sorted(Comparator.comparing(OrgRow::code))
          .toList();
      List<PoolDetail> pools = poolDetails(current, changes, stored, simulated, orgs,
          names(c, "SELECT id, code, name FROM cost_pool"), storedPools(c, month));
      return new Simulation(month,
          !run.get().stale() && run.get().fingerprint().equals(current.fingerprint()), rows,
          WhatIf.total(deltas.values()), pools, simulated.problems().stream()
              .filter(p -> !p.error()).map(WhatIfService::violation).toList());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not simulate " + month, e);
    }
  }

  private static List<PoolDetail> poolDetails(PeriodInputs current, List<Change> changes,
      List<ResultLine> stored, CostingResult simulated, Map<Long, String[]> orgs,
      Map<Long, String[]> poolNames, Map<Long, StoredPool> storedPools) {
    Set<Long> changed = new LinkedHashSet<>();
    for (Change change : changes) {
      if (change instanceof WhatIf.PoolKey || change instanceof WhatIf.PoolCost) {
        changed.add(change.target());
      }
    }
    Map<Long, Pool> before = new HashMap<>();
    current.pools().forEach(p -> before.put(p.id(), p));
    List<PoolDetail> details = new ArrayList<>();
    for (long poolId : changed) {
      Pool pool = before.get(poolId);
      AllocationKey simulatedKey = pool.key();
      Amount simulatedCost = pool.cost();
      for (Change change : changes) {
        if (change instanceof WhatIf.PoolKey k && k.poolId() == poolId) {
          simulatedKey = k.key();
        } else if (change instanceof WhatIf.PoolCost pc && pc.poolId() == poolId) {
          simulatedCost = pc.cost();
        }
      }
      Map<Long, PoolShare> shares = WhatIf.poolShares(poolId, stored, simulated.lines());
      List<ShareRow> rows = shares.values().stream()
          .map(s -> new ShareRow(orgs.get(s.orgId())[0], orgs.get(s.orgId())[1], s))
          .sorted(Comparator.comparing(ShareRow::code)).toList();
      Amount storedTotal = Amount.ZERO;
      Amount simulatedTotal = Amount.ZERO;
      for (PoolShare s : shares.values()) {
        storedTotal = storedTotal.plus(s.storedShare());
        simulatedTotal = simulatedTotal.plus(s.simulatedShare());
      }
      StoredPool was = storedPools.getOrDefault(poolId, new StoredPool(pool.key(), storedTotal));
      details.add(new PoolDetail(pool.code(), poolNames.get(poolId)[1], was.key(), simulatedKey,
          was.cost(), simulatedCost, rows, storedTotal, simulatedTotal));
    }
    return details;
  }

  private record StoredPool(AllocationKey key, Amount cost) {}

  /** The month's stored pools: key and cost as they were computed. */
  private static Map<Long, StoredPool> storedPools(Connection c, YearMonth month)
      throws SQLException {
    Map<Long, StoredPool> pools = new HashMap<>();
    for (LedgerReads.PoolResult p : LedgerReads.pools(c, month)) {
      pools.put(p.poolId(), new StoredPool(p.key(), p.cost()));
    }
    return pools;
  }

  /** A problem as a message (allocation keys already come as their message key). */
  static Violation violation(CostingProblem p) {
    return new Violation("whatif", p.key(), p.args().toArray());
  }

  private static Map<Long, String[]> names(Connection c, String sql) throws SQLException {
    Map<Long, String[]> names = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] values = new String[columns - 1];
        for (int i = 2; i <= columns; i++) {
          values[i - 2] = rs.getString(i);
        }
        names.put(rs.getLong(1), values);
      }
    }
    return names;
  }
}
