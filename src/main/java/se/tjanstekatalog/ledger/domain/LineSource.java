package se.tjanstekatalog.ledger.domain;


/** Where a result line comes from. */
public enum LineSource {
  /** Quantity consumed × charged unit price. */
  CONSUMPTION,
  /** A fixed monthly service: the subscription's quantity × charged unit price. */
  SUBSCRIPTION,
  /** An org's share of a pool. */
  POOL
}
