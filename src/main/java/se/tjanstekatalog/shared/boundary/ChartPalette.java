package se.tjanstekatalog.shared.boundary;

/**
 * The colours of the portal's charts, one per meaning on every chart: a financing model has the
 * same colour on the comparison page and the dashboard, and the same on the model plan's legend,
 * table and timeline bars (which take it from here through {@code PlanTimeline}, never from CSS).
 * Each colour has at least 3:1 contrast with the white chart background.
 */
public final class ChartPalette {
  /** Internfakturering. */
  public static final String CHARGEBACK = "#8a6d1e";
  /** Solidarisk fördelning. */
  public static final String ALLOCATION = "#1d6a8a";
  /** The binding cost: what the orgs pay, whichever model binds for a pool. */
  public static final String BINDING = "#1b1b1b";
  /** The shadow: what the model that does not bind would have given. */
  public static final String SHADOW = "#c26a12";
  /** An org pays more under the binding model than under the shadow. */
  public static final String MORE = "#a33a2c";
  /** An org pays less under the binding model than under the shadow. */
  public static final String LESS = "#2e7050";
  /** A service's volume (bars behind a line). */
  public static final String VOLUME = "#9db8cc";
  /** A service's cost per unit (a line over the volume's bars). */
  public static final String COST_PER_UNIT = "#a33a2c";

  private ChartPalette() {}
}
