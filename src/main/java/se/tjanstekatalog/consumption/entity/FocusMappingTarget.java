package se.tjanstekatalog.consumption.entity;

/** What a FOCUS mapping decides: who the cost belongs to (ORG) or what it is (COST). */
public enum FocusMappingTarget {
  /** A SubAccountId or tag value → an org. */
  ORG,
  /** A SkuId or ServiceName → a service level, a cost pool or both. */
  COST;

  public String messageKey() {
    return "focus.target." + name();
  }
}
