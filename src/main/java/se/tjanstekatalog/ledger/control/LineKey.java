package se.tjanstekatalog.ledger.control;

import java.sql.ResultSet;
import java.sql.SQLException;

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

  /** The key of the result_line row under the cursor (columns model, area_id, service_id, …). */
  public static String of(ResultSet rs) throws SQLException {
    return of(rs.getString("model"), rs.getLong("area_id"),
        rs.getObject("service_id", Long.class), rs.getObject("level_id", Long.class),
        rs.getObject("pool_id", Long.class), rs.getString("source"));
  }

  private static String part(Long id) {
    return id == null ? "-" : id.toString();
  }
}
