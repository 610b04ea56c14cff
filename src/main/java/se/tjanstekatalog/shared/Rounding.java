package se.tjanstekatalog.shared;

import java.math.RoundingMode;

/**
 * The one place that owns how money and percentages are rounded: HALF_UP to öre, once per
 * line ({@link Amount}); HALF_UP to one decimal for a percentage unless a figure says otherwise
 * ({@link Percent}); toward zero only where the largest-remainder split floors exact shares.
 */
public final class Rounding {
  public static final RoundingMode MODE = RoundingMode.HALF_UP;
  /** Decimals of an amount: öre. */
  public static final int SCALE = 2;
  /** Decimals of a percentage shown as a figure (e.g. 12,3 %). */
  public static final int PERCENT_SCALE = 1;
  /** How the largest-remainder split cuts an exact share: toward zero, the rest handed out. */
  public static final RoundingMode SPLIT_MODE = RoundingMode.DOWN;

  private Rounding() {}
}
