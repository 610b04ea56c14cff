package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A level's charged price before the year (in force the previous December; null for a level
 * first priced in the year) and at the end of the report's months.
 */
public record PriceChange(String serviceCode, String serviceName, String levelName,
    Amount before, Amount after) implements Serializable {

  /** Whether the price moved (a newly priced level counts as a change). */
  public boolean changed() {
    return before == null ? after != null : after != null && before.compareTo(after) != 0;
  }

  /** The change in percent of the earlier price, one decimal; null for a new price. */
  public BigDecimal changePercent() {
    return before == null || after == null ? null
        : Percent.change(before.value(), after.value());
  }
}
