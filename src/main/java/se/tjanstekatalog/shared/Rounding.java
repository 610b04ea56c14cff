package se.tjanstekatalog.shared;

import java.math.RoundingMode;

/** The one place that owns how money is rounded: HALF_UP to öre, once per line. */
public final class Rounding {
  public static final RoundingMode MODE = RoundingMode.HALF_UP;
  public static final int SCALE = 2;

  private Rounding() {}
}
