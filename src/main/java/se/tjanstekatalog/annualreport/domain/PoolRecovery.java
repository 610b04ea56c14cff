package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A cost pool's year: its cost and what internfakturering brought in for its services, summed
 * over the months. The recovery rate (täckningsgrad) is revenue ÷ cost.
 */
public record PoolRecovery(String code, String name, Amount cost, Amount revenue)
    implements Serializable {
  public PoolRecovery plus(Amount monthCost, Amount monthRevenue) {
    return new PoolRecovery(code, name, cost.plus(monthCost), revenue.plus(monthRevenue));
  }

  /** Revenue in percent of cost, one decimal; null when the pool cost nothing. */
  public BigDecimal recoveryPercent() {
    return Percent.of(revenue.value(), cost.value());
  }

  /** Revenue minus cost: over-recovery when positive, under-recovery when negative. */
  public Amount surplus() {
    return revenue.minus(cost);
  }
}
