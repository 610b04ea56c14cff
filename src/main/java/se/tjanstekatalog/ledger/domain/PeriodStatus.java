package se.tjanstekatalog.ledger.domain;

/** A month's place in the workflow: OPEN → PRELIMINARY → REVIEWED → LOCKED. */
public enum PeriodStatus {
  OPEN, PRELIMINARY, REVIEWED, LOCKED
}
