package se.tjanstekatalog.catalogue.entity;

/** Where a service is in its life: planerad, aktiv, under avveckling, avvecklad. */
public enum Lifecycle {
  PLANNED,
  ACTIVE,
  RETIRING,
  RETIRED;

  public String messageKey() {
    return "lifecycle." + name();
  }
}
