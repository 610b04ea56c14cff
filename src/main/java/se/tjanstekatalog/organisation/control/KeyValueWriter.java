package se.tjanstekatalog.organisation.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;

/**
 * The bulk writer of {@code org_key_value} for imports, in the caller's transaction and
 * connection: a month's measures per org, a missing measure leaving the stored one as it is.
 * The key value grid writes single rows through JPA ({@link KeyValueService}); both belong to
 * the organisation capability, and no other writes the table.
 */
public final class KeyValueWriter {
  /** One org's measures for one month; a null measure is not changed. */
  public record KeyValueRow(long orgId, YearMonth period, BigDecimal headcount, BigDecimal fte,
      BigDecimal turnover) {}

  private KeyValueWriter() {}

  public static void upsert(Connection c, List<KeyValueRow> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_key_value (org_id, period,"
        + " headcount, fte, turnover) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " headcount = COALESCE(VALUES(headcount), headcount),"
        + " fte = COALESCE(VALUES(fte), fte),"
        + " turnover = COALESCE(VALUES(turnover), turnover), version = version + 1")) {
      for (KeyValueRow row : rows) {
        ps.setLong(1, row.orgId());
        ps.setDate(2, Date.valueOf(row.period().atDay(1)));
        if (row.headcount() == null) {
          ps.setNull(3, Types.INTEGER);
        } else {
          ps.setInt(3, row.headcount().intValueExact());
        }
        ps.setBigDecimal(4, row.fte());
        ps.setBigDecimal(5, row.turnover());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
