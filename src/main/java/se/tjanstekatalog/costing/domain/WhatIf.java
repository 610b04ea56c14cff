package se.tjanstekatalog.costing.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.LineSource;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * What-if: a month's inputs with some changes (a pool's key or amount, a level's charged price,
 * an area's binding model), computed by the same {@link CostingEngine} and compared per org
 * with the stored result. Nothing here stores anything; the caller decides what to show.
 */
public final class WhatIf {
  private WhatIf() {}

  /** One change to a month's inputs. */
  public sealed interface Change permits PoolKey, PoolCost, LevelPrice, AreaModel {
    /** The id of the pool, level or area changed. */
    long target();
  }

  /** The pool is split by another key. */
  public record PoolKey(long poolId, AllocationKey key) implements Change {
    public PoolKey {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public long target() {
      return poolId;
    }
  }

  /** The pool costs another amount this month. */
  public record PoolCost(long poolId, Amount cost) implements Change {
    public PoolCost {
      Objects.requireNonNull(cost, "cost");
    }

    @Override
    public long target() {
      return poolId;
    }
  }

  /** The level is charged at another unit price this month. */
  public record LevelPrice(long levelId, BigDecimal chargedPrice) implements Change {
    public LevelPrice {
      Objects.requireNonNull(chargedPrice, "chargedPrice");
    }

    @Override
    public long target() {
      return levelId;
    }
  }

  /** Another model is binding for the area this month. */
  public record AreaModel(long areaId, FinancingModel model) implements Change {
    public AreaModel {
      Objects.requireNonNull(model, "model");
    }

    @Override
    public long target() {
      return areaId;
    }
  }

  /**
   * What keeps the changes from being applied: an unknown pool or level, a negative price or a
   * change that names the same thing twice. Keys {@code whatif.problem.*}.
   */
  public static List<CostingProblem> check(PeriodInputs in, List<Change> changes) {
    List<CostingProblem> problems = new ArrayList<>();
    Map<Long, Pool> pools = in.pools().stream()
        .collect(Collectors.toMap(Pool::id, p -> p));
    Map<Long, PricedLevel> levels = in.levels().stream()
        .collect(Collectors.toMap(PricedLevel::levelId, l -> l));
    Set<String> seen = new TreeSet<>();
    for (Change change : changes) {
      if (change instanceof PoolKey || change instanceof PoolCost) {
        if (!pools.containsKey(change.target())) {
          problems.add(CostingProblem.error("whatif.problem.unknownPool", change.target()));
        }
      } else if (change instanceof LevelPrice p) {
        PricedLevel level = levels.get(p.levelId());
        if (level == null) {
          problems.add(CostingProblem.error("whatif.problem.unknownLevel", p.levelId()));
        } else if (p.chargedPrice().signum() < 0) {
          problems.add(CostingProblem.error("whatif.problem.negativePrice", level.code()));
        }
      }
      // any area may be named: an area without lines simply changes nothing
      if (!seen.add(change.getClass().getSimpleName() + ":" + change.target())) {
        problems.add(CostingProblem.error("whatif.problem.twice", change.target()));
      }
    }
    return problems;
  }

  /** The inputs with the changes applied; {@link #check} them first. */
  public static PeriodInputs apply(PeriodInputs in, List<Change> changes) {
    List<CostingProblem> problems = check(in, changes);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("changes cannot be applied: " + problems);
    }
    List<Pool> pools = new ArrayList<>(in.pools());
    List<PricedLevel> levels = new ArrayList<>(in.levels());
    Map<Long, FinancingModel> plan = new HashMap<>(in.plan());
    for (Change change : changes) {
      if (change instanceof PoolKey k) {
        pools.replaceAll(p -> p.id() == k.poolId() ? p.withKey(k.key()) : p);
      } else if (change instanceof PoolCost c) {
        pools.replaceAll(p -> p.id() == c.poolId() ? p.withCost(c.cost()) : p);
      } else if (change instanceof LevelPrice lp) {
        BigDecimal price = Amount.of(lp.chargedPrice()).value();
        levels.replaceAll(l -> l.levelId() == lp.levelId() ? new PricedLevel(l.levelId(),
            l.code(), l.serviceId(), l.areaId(), l.alwaysCharged(), l.fixedMonthly(), price) : l);
      } else if (change instanceof AreaModel a) {
        plan.put(a.areaId(), a.model());
      }
    }
    return in.withPools(pools).withLevels(levels).withPlan(plan);
  }

  /** An org's totals, stored and simulated: binding, and the solidarisk model's own total. */
  public record OrgDelta(long orgId, Amount storedBinding, Amount simulatedBinding,
      Amount storedAllocation, Amount simulatedAllocation) implements Serializable {

    public Amount bindingDifference() {
      return simulatedBinding.minus(storedBinding);
    }

    /** The binding difference in percent of the stored binding total; null when that is 0. */
    public BigDecimal bindingPercent() {
      return percent(bindingDifference(), storedBinding);
    }

    public Amount allocationDifference() {
      return simulatedAllocation.minus(storedAllocation);
    }

    public BigDecimal allocationPercent() {
      return percent(allocationDifference(), storedAllocation);
    }

    OrgDelta plus(OrgDelta o) {
      return new OrgDelta(orgId, storedBinding.plus(o.storedBinding),
          simulatedBinding.plus(o.simulatedBinding), storedAllocation.plus(o.storedAllocation),
          simulatedAllocation.plus(o.simulatedAllocation));
    }
  }

  /** Per org (by id), the stored and the simulated totals; orgs found on either side. */
  public static Map<Long, OrgDelta> compare(List<ResultLine> stored, List<ResultLine> simulated) {
    Map<Long, OrgDelta> deltas = new TreeMap<>();
    Amount z = Amount.ZERO;
    for (ResultLine l : stored) {
      deltas.merge(l.orgId(), new OrgDelta(l.orgId(), l.binding() ? l.amount() : z, z,
          l.model() == FinancingModel.ALLOCATION ? l.amount() : z, z), OrgDelta::plus);
    }
    for (ResultLine l : simulated) {
      deltas.merge(l.orgId(), new OrgDelta(l.orgId(), z, l.binding() ? l.amount() : z, z,
          l.model() == FinancingModel.ALLOCATION ? l.amount() : z), OrgDelta::plus);
    }
    return deltas;
  }

  /** The sum of the deltas, {@code orgId} 0. */
  public static OrgDelta total(Iterable<OrgDelta> deltas) {
    Amount z = Amount.ZERO;
    OrgDelta total = new OrgDelta(0, z, z, z, z);
    for (OrgDelta d : deltas) {
      total = total.plus(d);
    }
    return new OrgDelta(0, total.storedBinding(), total.simulatedBinding(),
        total.storedAllocation(), total.simulatedAllocation());
  }

  /** One org's share of one pool, stored and simulated, with the key values behind it. */
  public record PoolShare(long orgId, BigDecimal storedKey, Amount storedShare,
      BigDecimal simulatedKey, Amount simulatedShare) implements Serializable {

    public Amount difference() {
      return simulatedShare.minus(storedShare);
    }

    PoolShare plus(PoolShare o) {
      return new PoolShare(orgId, add(storedKey, o.storedKey), storedShare.plus(o.storedShare),
          add(simulatedKey, o.simulatedKey), simulatedShare.plus(o.simulatedShare));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
      return a == null ? b : b == null ? a : a.add(b);
    }
  }

  /** Per org (by id), the pool's share stored and simulated; orgs with a share on either side. */
  public static Map<Long, PoolShare> poolShares(long poolId, List<ResultLine> stored,
      List<ResultLine> simulated) {
    Map<Long, PoolShare> shares = new TreeMap<>();
    Amount z = Amount.ZERO;
    for (ResultLine l : stored) {
      if (l.source() == LineSource.POOL && Objects.equals(l.poolId(), poolId)) {
        shares.merge(l.orgId(), new PoolShare(l.orgId(), l.keyValue(), l.amount(), null, z),
            PoolShare::plus);
      }
    }
    for (ResultLine l : simulated) {
      if (l.source() == LineSource.POOL && Objects.equals(l.poolId(), poolId)) {
        shares.merge(l.orgId(), new PoolShare(l.orgId(), null, z, l.keyValue(), l.amount()),
            PoolShare::plus);
      }
    }
    return shares;
  }

  /** The difference in percent of |base|, so a credit's change keeps its sign. */
  static BigDecimal percent(Amount difference, Amount base) {
    return Percent.of(difference.value(), base.abs().value());
  }
}
