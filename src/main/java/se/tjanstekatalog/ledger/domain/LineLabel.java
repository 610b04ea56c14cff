package se.tjanstekatalog.ledger.domain;

/**
 * A statement line as a person reads it: area / service / level, or area / pool. The same text
 * is shown on the statement and the review page and kept with comments and adjustments, so it
 * is made in one place.
 */
public final class LineLabel {
  private LineLabel() {}

  /** The area, then each of service, level and pool that the line has. */
  public static String of(String area, String service, String level, String pool) {
    StringBuilder b = new StringBuilder(area);
    for (String part : new String[] {service, level, pool}) {
      if (part != null) {
        b.append(" / ").append(part);
      }
    }
    return b.toString();
  }
}
