package se.tjanstekatalog.devplan.domain;

/** An initiative's status in a quarter. */
public enum InitiativeStatus {
  ON_TRACK, AT_RISK, LATE, DONE;

  public String messageKey() {
    return "devplan.status." + name();
  }
}
