package se.tjanstekatalog.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import se.tjanstekatalog.shared.Amount;

/**
 * One org's stored result of one month, summed per model, with that month's key values: the
 * input of the dashboard. {@code bindingChargeback} and {@code bindingAllocation} are the
 * binding (skarp) parts of each model's total; the flags say whether the month has binding
 * lines of that model at all (an area may switch, so both can be true). {@code headcount} and
 * {@code turnover} (kr, the month's share of the year) are null when not registered.
 */
public record OrgMonthCost(long orgId, YearMonth period, Amount chargeback,
    Amount allocation, Amount bindingChargeback, Amount bindingAllocation,
    boolean chargebackBinding, boolean allocationBinding, Integer headcount,
    BigDecimal turnover) implements Serializable {

  public OrgMonthCost {
    Objects.requireNonNull(period, "period");
    chargeback = zeroIfNull(chargeback);
    allocation = zeroIfNull(allocation);
    bindingChargeback = zeroIfNull(bindingChargeback);
    bindingAllocation = zeroIfNull(bindingAllocation);
  }

  /** The binding total: what is booked for the org that month. */
  public Amount binding() {
    return bindingChargeback.plus(bindingAllocation);
  }

  private static Amount zeroIfNull(Amount value) {
    return value == null ? Amount.ZERO : value;
  }
}
