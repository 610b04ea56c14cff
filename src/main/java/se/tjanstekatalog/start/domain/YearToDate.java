package se.tjanstekatalog.start.domain;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.ledger.control.LedgerReads.MonthTotal;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;

/**
 * An org's IT cost this year so far under both models against the same months of last year:
 * January up to {@code through}, each model's lines summed (binding or not), and the same
 * months a year earlier.
 */
public record YearToDate(YearMonth through, Amount chargeback, Amount allocation,
    Amount lastChargeback, Amount lastAllocation) implements Serializable {

  /** Sums this year's and last year's month totals of the org per model. */
  public static YearToDate of(YearMonth through, List<MonthTotal> thisYear,
      List<MonthTotal> lastYear) {
    return new YearToDate(through, sum(thisYear, FinancingModel.CHARGEBACK),
        sum(thisYear, FinancingModel.ALLOCATION), sum(lastYear, FinancingModel.CHARGEBACK),
        sum(lastYear, FinancingModel.ALLOCATION));
  }

  /** Nothing computed in either year. */
  public boolean isEmpty() {
    return chargeback.isZero() && allocation.isZero() && lastChargeback.isZero()
        && lastAllocation.isZero();
  }

  private static Amount sum(List<MonthTotal> totals, FinancingModel model) {
    Amount sum = Amount.ZERO;
    for (MonthTotal t : totals) {
      if (t.model() == model) {
        sum = sum.plus(t.amount());
      }
    }
    return sum;
  }
}
