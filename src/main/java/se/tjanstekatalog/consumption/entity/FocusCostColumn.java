package se.tjanstekatalog.consumption.entity;

/**
 * Which FOCUS cost column a cost mapping's rows are read from (changeset 0015-3). EFFECTIVE
 * counts a reservation bought up front in the months that use it (amortised, after commitment
 * discounts); BILLED is what the invoice says this month, purchases included.
 */
public enum FocusCostColumn {
  /** EffectiveCost, else BilledCost where the file leaves EffectiveCost empty. */
  EFFECTIVE,
  /** BilledCost. */
  BILLED;

  public String messageKey() {
    return "focus.costColumn." + name();
  }
}
