package se.tjanstekatalog.shared;

import java.math.BigDecimal;

/**
 * The percentage rules: a part of a whole in percent (part × 100 / whole, HALF_UP to one
 * decimal unless a figure says otherwise), a change in percent of where it started, and a rate
 * applied to a value. A percentage of nothing is no percentage: the figures are null when the
 * whole is 0 or either side is unknown, and pages and exports show them as empty.
 */
public final class Percent {
  /** 100 %: the whole. A pool's fixed shares sum to it. */
  public static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  private Percent() {}

  /** {@code part} in percent of {@code whole}, one decimal; null when whole is 0 or unknown. */
  public static BigDecimal of(BigDecimal part, BigDecimal whole) {
    return of(part, whole, Rounding.PERCENT_SCALE);
  }

  /** {@code part} in percent of {@code whole} with {@code scale} decimals, HALF_UP. */
  public static BigDecimal of(BigDecimal part, BigDecimal whole, int scale) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(WHOLE).divide(whole, scale, Rounding.MODE);
  }

  /** The change from {@code from} to {@code to} in percent of {@code from}, one decimal. */
  public static BigDecimal change(BigDecimal from, BigDecimal to) {
    return from == null || to == null ? null : of(to.subtract(from), from);
  }

  /** {@code ratePercent} % of {@code value}, exact (value × rate / 100, nothing rounded). */
  public static BigDecimal applied(BigDecimal ratePercent, BigDecimal value) {
    return value.multiply(ratePercent).divide(WHOLE);
  }
}
