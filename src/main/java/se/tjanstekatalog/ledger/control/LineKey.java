package se.tjanstekatalog.ledger.control;

/**
 * A statement line's stable identity: what the line is (model, area, service, level, pool,
 * source), not its line_no, which changes whenever the month is recomputed. Comments are kept
 * by it.
 */
public final class LineKey {
  private LineKey() {}

  public static String of(String model, long areaId, Long serviceId, Long levelId, Long poolId,
      String source) {
    return model + ":" + areaId + ":" + part(serviceId) + ":" + part(levelId) + ":"
        + part(poolId) + ":" + source;
  }

  private static String part(Long id) {
    return id == null ? "-" : id.toString();
  }
}
