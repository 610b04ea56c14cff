package se.tjanstekatalog.catalogue.entity;

/** What one unit of a service is; FIXED_MONTHLY is billed from the subscription alone. */
public enum Unit {
  PER_USER,
  PER_DEVICE,
  PER_LICENCE,
  PER_GB,
  PER_HOUR,
  FIXED_MONTHLY;

  public String messageKey() {
    return "unit." + name();
  }
}
