package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** How much of a level an org used (consumption) or holds (subscription) in the month. */
public record Quantity(long orgId, long levelId, BigDecimal quantity) {
  public Quantity {
    Objects.requireNonNull(quantity, "quantity");
  }
}
