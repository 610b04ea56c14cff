package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * Cost under both models and the binding one (what was booked), summed over months and orgs.
 */
public record ModelCosts(Amount chargeback, Amount allocation, Amount binding)
    implements Serializable {
  public static final ModelCosts ZERO = new ModelCosts(Amount.ZERO, Amount.ZERO, Amount.ZERO);

  public ModelCosts plus(ModelCosts o) {
    return new ModelCosts(chargeback.plus(o.chargeback), allocation.plus(o.allocation),
        binding.plus(o.binding));
  }

  /** Solidarisk fördelning minus internfakturering. */
  public Amount difference() {
    return allocation.minus(chargeback);
  }

  /** The difference in percent of internfakturering, one decimal; null when that is 0. */
  public BigDecimal differencePercent() {
    return Percent.of(difference().value(), chargeback.value());
  }
}
