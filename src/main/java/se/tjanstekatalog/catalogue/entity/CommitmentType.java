package se.tjanstekatalog.catalogue.entity;

/**
 * The kinds of promise (åtagande) a level makes. Each is typed so levels can be compared row
 * by row: numbers with a unit, or text for support hours and free promises.
 */
public enum CommitmentType {
  /** Supporttider, e.g. "Vardagar 07–18". */
  SUPPORT_HOURS(false, null),
  /** Tillgänglighet in percent, higher is better. */
  AVAILABILITY(true, "%"),
  /** Åtgärdstid in hours, lower is better. */
  RESOLUTION_TIME(true, "h"),
  /** Lagringstid för säkerhetskopior in days, higher is better. */
  BACKUP_RETENTION(true, "dagar"),
  /** Any other promise, with its own label. */
  FREE_TEXT(false, null);

  private final boolean numeric;
  private final String unit;

  CommitmentType(boolean numeric, String unit) {
    this.numeric = numeric;
    this.unit = unit;
  }

  public boolean isNumeric() {
    return numeric;
  }

  public String getUnit() {
    return unit;
  }

  public String messageKey() {
    return "commitment." + name();
  }
}
