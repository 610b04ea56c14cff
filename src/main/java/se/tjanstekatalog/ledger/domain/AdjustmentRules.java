package se.tjanstekatalog.ledger.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.tjanstekatalog.shared.Violation;

/**
 * Corrections after locking (PRODUCT.md, period workflow): a locked month never changes; a
 * correction of one of its lines is an adjustment line booked in the next open month after it
 * (OPEN or PRELIMINARY; a REVIEWED month is already agreed, a LOCKED one closed, so they are
 * passed over). Plain Java, so the rules are unit tested without a container.
 */
public final class AdjustmentRules {
  /** An adjustment is an amount in kronor and öre, at most this large either way. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
  public static final int MAX_REASON = 1000;
  /** How far ahead the next open month is looked for (it exists long before this). */
  private static final int HORIZON_MONTHS = 120;

  private AdjustmentRules() {}

  /**
   * The month an adjustment of a line of {@code original} is booked in: the first later month
   * that is OPEN or PRELIMINARY ({@code status} may give null for a month without a period
   * row, which is open).
   */
  public static YearMonth bookingMonth(YearMonth original,
      Function<YearMonth, PeriodStatus> status) {
    for (int i = 1; i <= HORIZON_MONTHS; i++) {
      YearMonth m = original.plusMonths(i);
      PeriodStatus s = status.apply(m);
      if (s == null || s == PeriodStatus.OPEN || s == PeriodStatus.PRELIMINARY) {
        return m;
      }
    }
    throw new IllegalStateException("No open month within " + HORIZON_MONTHS + " months after "
        + original);
  }

  /** What is wrong with an adjustment of a line of a month in {@code originalStatus}. */
  public static List<Violation> problems(PeriodStatus originalStatus, BigDecimal amount,
      String reason) {
    List<Violation> out = new ArrayList<>();
    if (originalStatus != PeriodStatus.LOCKED) {
      out.add(new Violation("month", "adjustment.error.notLocked"));
    }
    if (amount == null) {
      out.add(new Violation("amount", "adjustment.error.amountMissing"));
    } else if (amount.signum() == 0) {
      out.add(new Violation("amount", "adjustment.error.amountZero"));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      out.add(new Violation("amount", "adjustment.error.amountOre"));
    } else if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
      out.add(new Violation("amount", "adjustment.error.amountTooLarge"));
    }
    if (reason == null || reason.isBlank()) {
      out.add(new Violation("reason", "adjustment.error.reasonMissing"));
    } else if (reason.strip().length() > MAX_REASON) {
      out.add(new Violation("reason", "adjustment.error.reasonTooLong", MAX_REASON));
    }
    return out;
  }
}
