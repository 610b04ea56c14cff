package se.tjanstekatalog.devplan.domain;

/** How an initiative's budget of a year is paid for. */
public enum Financing {
  /** Kommungemensam: the shared (central) development money of the plan. */
  CENTRAL,
  /** Billed to a förvaltning as verksamhetsutveckling (its development consumption). */
  ORG_BILLED,
  /** External money: a grant, EU funds, a partner. */
  EXTERNAL;

  public String messageKey() {
    return "devplan.financing." + name();
  }
}
