package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.LineSource;
import se.tjanstekatalog.ledger.domain.PoolOutcome;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.MessageRef;
import se.tjanstekatalog.shared.Percent;

/**
 * Computes one month under both models for every org.
 *
 * <ul>
 *   <li>Internfakturering: every consumption line is quantity × charged unit price, HALF_UP to
 *       öre per line; fixed monthly services are billed from their subscriptions.
 *   <li>Solidarisk fördelning: each pool's cost is split by its key over the orgs that take
 *       part ({@link Allocation}); whatever a pool does not cover for an org (ALWAYS_CHARGED
 *       services, services in no pool, a bolag outside the pool) is charged as under
 *       internfakturering, so both models are complete bills.
 *   <li>A line is binding when its model is the one the plan names for its area that month; the
 *       other model's lines are the shadow.
 * </ul>
 *
 * The USAGE key is the org's internfakturering amount for the pool's services that month.
 */
public final class CostingEngine {
  private CostingEngine() {}

  public static CostingResult compute(PeriodInputs in) {
    List<CostingProblem> problems = new ArrayList<>();
    Map<Long, PricedLevel> levels = in.levels().stream()
        .collect(Collectors.toMap(PricedLevel::levelId, Function.identity()));
    Map<Long, Org> orgs = in.orgs().stream()
        .collect(Collectors.toMap(Org::id, Function.identity()));
    Map<Long, Pool> poolOfService = poolOfService(in.pools(), levels, problems);

    List<ResultLine> lines = new ArrayList<>();
    Map<Long, Amount> revenue = new HashMap<>();
    Map<Long, Map<Long, Amount>> usage = new HashMap<>();
    charge(in, in.consumption(), LineSource.CONSUMPTION, levels, orgs, poolOfService, lines,
        revenue, usage, problems);
    charge(in, in.subscriptions(), LineSource.SUBSCRIPTION, levels, orgs, poolOfService, lines,
        revenue, usage, problems);

    List<PoolOutcome> outcomes = new ArrayList<>();
    List<Org> byCode = in.orgs().stream().sorted(Comparator.comparing(Org::code)).toList();
    for (Pool pool : in.pools().stream().sorted(Comparator.comparing(Pool::code)).toList()) {
      outcomes.add(allocate(in, pool, byCode, usage.getOrDefault(pool.id(), Map.of()),
          revenue.getOrDefault(pool.id(), Amount.ZERO), lines, problems));
    }
    lines.sort(lineOrder(orgs));
    return new CostingResult(in.period(), in.fingerprint(), lines, outcomes, problems);
  }

  /**
   * The pool that covers each service in the month, by service id: an ALWAYS_CHARGED service is
   * in none, whatever a pool lists. The engine's own rule, for readers that explain its lines.
   */
  public static Map<Long, Pool> poolOfService(PeriodInputs in) {
    return poolOfService(in.pools(), in.levels().stream()
        .collect(Collectors.toMap(PricedLevel::levelId, Function.identity())),
        new ArrayList<>());
  }

  private static Map<Long, Pool> poolOfService(List<Pool> pools, Map<Long, PricedLevel> levels,
      List<CostingProblem> problems) {
    Map<Long, Boolean> alwaysCharged = new HashMap<>();
    levels.values().forEach(l -> alwaysCharged.merge(l.serviceId(), l.alwaysCharged(),
        Boolean::logicalOr));
    Map<Long, Pool> result = new HashMap<>();
    for (Pool pool : pools) {
      for (Long serviceId : pool.serviceIds()) {
        if (alwaysCharged.getOrDefault(serviceId, false)) {
          continue; // always billed to the consumer, whatever a pool says
        }
        Pool earlier = result.putIfAbsent(serviceId, pool);
        if (earlier != null) {
          problems.add(CostingProblem.error("costing.problem.serviceInTwoPools", serviceId,
              earlier.code(), pool.code()));
        }
      }
    }
    return result;
  }

  private static void charge(PeriodInputs in, List<Quantity> quantities, LineSource source,
      Map<Long, PricedLevel> levels, Map<Long, Org> orgs, Map<Long, Pool> poolOfService,
      List<ResultLine> lines, Map<Long, Amount> revenue,
      Map<Long, Map<Long, Amount>> usage, List<CostingProblem> problems) {
    for (Quantity q : quantities) {
      PricedLevel level = levels.get(q.levelId());
      if (level == null || level.chargedPrice() == null) {
        problems.add(CostingProblem.error("costing.problem.noPrice",
            level == null ? String.valueOf(q.levelId()) : level.code(), in.period()));
        continue;
      }
      if (q.quantity().signum() == 0) {
        continue;
      }
      Amount amount = Amount.line(q.quantity(), level.chargedPrice());
      FinancingModel binding = in.binding(level.areaId());
      lines.add(charged(q.orgId(), FinancingModel.CHARGEBACK,
          binding == FinancingModel.CHARGEBACK, level, source, q.quantity(), amount));
      Pool pool = poolOfService.get(level.serviceId());
      Org org = orgs.get(q.orgId());
      if (pool != null) {
        revenue.merge(pool.id(), amount, Amount::plus);
      }
      if (pool != null && org != null && pool.includes(org)) {
        usage.computeIfAbsent(pool.id(), k -> new HashMap<>())
            .merge(q.orgId(), amount, Amount::plus);
      } else {
        lines.add(charged(q.orgId(), FinancingModel.ALLOCATION,
            binding == FinancingModel.ALLOCATION, level, source, q.quantity(), amount));
      }
    }
  }

  private static PoolOutcome allocate(PeriodInputs in, Pool pool, List<Org> byCode,
      Map<Long, Amount> usage, Amount revenue, List<ResultLine> lines,
      List<CostingProblem> problems) {
    FinancingModel binding = in.binding(pool.areaId());
    List<Claim> claims = claims(in, pool, byCode, usage, problems);
    BigDecimal keyTotal = claims.stream().map(Claim::key).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    PoolOutcome outcome = new PoolOutcome(pool.id(), pool.key(), pool.cost(), keyTotal,
        revenue, binding);
    if (pool.cost().signum() == 0) {
      problems.add(CostingProblem.warning("costing.problem.noPoolCost", pool.code(),
          in.period()));
      return outcome;
    }
    if (keyTotal.signum() == 0) {
      problems.add(CostingProblem.error("costing.problem.keySumZero", pool.code(),
          new MessageRef(pool.key().messageKey())));
      return outcome;
    }
    Map<Long, Amount> parts = Allocation.split(pool.cost(), claims);
    for (Claim c : claims) {
      Amount part = parts.get(c.orgId());
      if (c.key().signum() > 0 || part.signum() != 0) {
        lines.add(pooled(c.orgId(), binding == FinancingModel.ALLOCATION, pool,
            c.key(), keyTotal, part));
      }
    }
    return outcome;
  }

  private static List<Claim> claims(PeriodInputs in, Pool pool, List<Org> byCode,
      Map<Long, Amount> usage, List<CostingProblem> problems) {
    List<Claim> claims = new ArrayList<>();
    if (pool.key() == AllocationKey.FIXED_SHARE) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Org org : byCode) {
        BigDecimal pct = pool.fixedShares().get(org.id());
        if (pct != null && pool.includes(org)) {
          sum = sum.add(pct);
          claims.add(new Claim(org.id(), org.code(), pct));
        }
      }
      if (sum.compareTo(Percent.WHOLE) != 0 && pool.cost().signum() != 0) {
        problems.add(CostingProblem.error("costing.problem.sharesNot100", pool.code(),
            sum.stripTrailingZeros().toPlainString()));
      }
      return claims;
    }
    for (Org org : byCode) {
      if (!pool.includes(org)) {
        continue;
      }
      BigDecimal key;
      if (pool.key() == AllocationKey.USAGE) {
        Amount used = usage.get(org.id());
        key = used == null ? BigDecimal.ZERO : used.value();
      } else {
        KeyValues values = in.keyValues().get(org.id());
        key = values == null ? null : values.of(pool.key());
        if (key == null) {
          problems.add(CostingProblem.warning("costing.problem.noKeyValue", pool.code(),
              org.code(), new MessageRef(pool.key().messageKey())));
          key = BigDecimal.ZERO;
        }
      }
      claims.add(new Claim(org.id(), org.code(), key.max(BigDecimal.ZERO)));
    }
    return claims;
  }

  private static Comparator<ResultLine> lineOrder(Map<Long, Org> orgs) {
    Map<Long, String> codes = new LinkedHashMap<>();
    orgs.values().forEach(o -> codes.put(o.id(), o.code()));
    return Comparator
        .comparing((ResultLine l) -> codes.getOrDefault(l.orgId(), "~" + l.orgId()))
        .thenComparing(ResultLine::model)
        .thenComparingLong(ResultLine::areaId)
        .thenComparing(ResultLine::source)
        .thenComparing(l -> l.serviceId() == null ? 0L : l.serviceId())
        .thenComparing(l -> l.levelId() == null ? 0L : l.levelId())
        .thenComparing(l -> l.poolId() == null ? 0L : l.poolId());
  }

  private static ResultLine charged(long orgId, FinancingModel model, boolean binding, PricedLevel level,
      LineSource source, BigDecimal quantity, Amount amount) {
    return new ResultLine(orgId, model, binding, level.areaId(), level.serviceId(),
        level.levelId(), null, source, quantity, level.chargedPrice(), null, null, amount);
  }

  private static ResultLine pooled(long orgId, boolean binding, Pool pool, BigDecimal keyValue,
      BigDecimal keyTotal, Amount amount) {
    return new ResultLine(orgId, FinancingModel.ALLOCATION, binding, pool.areaId(), null, null,
        pool.id(), LineSource.POOL, null, null, keyValue, keyTotal, amount);
  }
}
