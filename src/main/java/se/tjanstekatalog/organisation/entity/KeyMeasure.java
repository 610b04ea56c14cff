package se.tjanstekatalog.organisation.entity;

/** The monthly key values kept per org; solidarisk fördelning splits pools by one of them. */
public enum KeyMeasure {
  /** Antal medarbetare: a whole number. */
  HEADCOUNT(0),
  /** Årsarbetare. */
  FTE(2),
  /** Omslutning in kr. */
  TURNOVER(2);

  private final int maxDecimals;

  KeyMeasure(int maxDecimals) {
    this.maxDecimals = maxDecimals;
  }

  public int maxDecimals() {
    return maxDecimals;
  }

  public String messageKey() {
    return "keyValue.measure." + name();
  }
}
