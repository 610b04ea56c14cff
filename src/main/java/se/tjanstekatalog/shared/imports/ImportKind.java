package se.tjanstekatalog.shared.imports;

/** What an import brings in; each has its own columns and table. */
public enum ImportKind {
  /** Förbrukning: quantity per org, service level and month. */
  CONSUMPTION,
  /** Nyckeltal: headcount, FTE and turnover per org and month. */
  KEY_VALUES,
  /** Poolkostnader: a pool's cost for a month. */
  POOL_COST;

  public String messageKey() {
    return "import.kind." + name();
  }
}
