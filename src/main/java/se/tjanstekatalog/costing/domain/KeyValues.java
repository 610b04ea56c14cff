package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import se.tjanstekatalog.ledger.domain.AllocationKey;

/** An org's key values for the month; null where none is recorded. */
public record KeyValues(long orgId, BigDecimal headcount, BigDecimal fte, BigDecimal turnover) {

  /** The value for a key measured per org; null for FIXED_SHARE and USAGE. */
  public BigDecimal of(AllocationKey key) {
    return switch (key) {
      case HEADCOUNT -> headcount;
      case FTE -> fte;
      case TURNOVER -> turnover;
      case FIXED_SHARE, USAGE -> null;
    };
  }
}
