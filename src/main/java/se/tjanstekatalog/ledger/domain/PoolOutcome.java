package se.tjanstekatalog.ledger.domain;

import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A pool's month: its cost, the sum of its key, and the internfakturering revenue of its
 * services, from which the recovery rate (täckningsgrad) follows.
 */
public record PoolOutcome(long poolId, AllocationKey key, Amount cost, BigDecimal keyTotal,
    Amount revenue, FinancingModel binding) {

  /** Revenue ÷ cost in percent with one decimal; null when the pool has no cost. */
  public BigDecimal recoveryPercent() {
    return Percent.of(revenue.value(), cost.value());
  }

  /** Over-recovery (positive) or under-recovery (negative) of the buy/sell model, in kr. */
  public Amount overRecovery() {
    return revenue.minus(cost);
  }
}
