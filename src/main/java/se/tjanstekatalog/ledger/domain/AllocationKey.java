package se.tjanstekatalog.ledger.domain;

/** How a pool is split: by a key value of the month, by fixed percentages or by usage. */
public enum AllocationKey {
  HEADCOUNT,
  FTE,
  TURNOVER,
  /** Percent per org, summing to 100. */
  FIXED_SHARE,
  /** The org's internfakturering amount for the pool's services that month. */
  USAGE;

  public String messageKey() {
    return "allocationKey." + name();
  }
}
