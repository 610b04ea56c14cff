package se.tjanstekatalog.budget.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One org's volume of one service level: what it used over the last twelve computed months
 * ({@code lastVolume}, at {@code lastPrice}) and what it plans for next year ({@code planned}).
 * Volumes are a year's units: for a fixed monthly service, months × quantity.
 *
 * @param lastPrice this year's charged unit price (the price in force in the latest computed
 *     month), null when the level had none
 * @param adjusted whether {@code planned} is an adjustment rather than the default
 */
public record PlannedVolume(long orgId, long levelId, BigDecimal lastVolume,
    BigDecimal lastPrice, BigDecimal planned, boolean adjusted) implements Serializable {
  /** Quantities are DECIMAL(19,4) (PRODUCT.md). */
  public static final int SCALE = 4;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  public PlannedVolume {
    Objects.requireNonNull(lastVolume, "lastVolume");
    Objects.requireNonNull(planned, "planned");
  }

  /**
   * The default for a service charged by consumption: the run-rate of the computed months
   * read (normally the last twelve), i.e. the average per month × 12, HALF_UP to four decimals.
   * Over exactly twelve months that is their sum; over fewer it scales them up to a year.
   * No month: 0.
   */
  public static BigDecimal runRate(List<BigDecimal> monthVolumes) {
    return runRate(monthVolumes.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        monthVolumes.size());
  }

  /** {@link #runRate(List)} from the sum over {@code months} months (a month unused counts). */
  public static BigDecimal runRate(BigDecimal sum, int months) {
    if (months == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return sum.multiply(TWELVE).divide(BigDecimal.valueOf(months), SCALE, RoundingMode.HALF_UP);
  }

  /** The default for a fixed monthly service: the chosen quantity for all twelve months. */
  public static BigDecimal subscribedYear(BigDecimal monthlyQuantity) {
    return monthlyQuantity.multiply(TWELVE).setScale(SCALE, RoundingMode.HALF_UP);
  }
}
