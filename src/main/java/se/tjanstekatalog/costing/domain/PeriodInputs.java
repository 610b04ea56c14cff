package se.tjanstekatalog.costing.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tjanstekatalog.ledger.domain.FinancingModel;

/**
 * Everything one month's computation depends on, and nothing else: the orgs active that month,
 * the levels with the prices in force, consumption summed per org and level, fixed monthly
 * subscriptions, the pools with their cost, key values and the model plan resolved per area.
 */
public record PeriodInputs(YearMonth period, List<Org> orgs, List<PricedLevel> levels,
    List<Quantity> consumption, List<Quantity> subscriptions, List<Pool> pools,
    Map<Long, KeyValues> keyValues, Map<Long, FinancingModel> plan) {

  public PeriodInputs {
    Objects.requireNonNull(period, "period");
    orgs = List.copyOf(orgs);
    levels = List.copyOf(levels);
    consumption = List.copyOf(consumption);
    subscriptions = List.copyOf(subscriptions);
    pools = List.copyOf(pools);
    keyValues = Map.copyOf(keyValues);
    plan = Map.copyOf(plan);
  }

  public FinancingModel binding(long areaId) {
    return plan.getOrDefault(areaId, ModelPlan.DEFAULT);
  }

  /** The SHA-256 of these inputs in a canonical form; equal inputs, equal fingerprint. */
  public String fingerprint() {
    return Fingerprint.of(this);
  }

  public PeriodInputs withPools(List<Pool> newPools) {
    return new PeriodInputs(period, orgs, levels, consumption, subscriptions, newPools, keyValues,
        plan);
  }

  public PeriodInputs withLevels(List<PricedLevel> newLevels) {
    return new PeriodInputs(period, orgs, newLevels, consumption, subscriptions, pools, keyValues,
        plan);
  }

  public PeriodInputs withPlan(Map<Long, FinancingModel> newPlan) {
    return new PeriodInputs(period, orgs, levels, consumption, subscriptions, pools, keyValues,
        newPlan);
  }
}
