package se.tjanstekatalog.consumption.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.platform.ResultColumns;

/** The import history as the history table shows it, newest first. */
public final class ImportHistory {
  /** One import: what, from where, how many rows and kronor, who and when, and its fate. */
  public record Entry(long id, String kind, String channel, String source, String fileName,
      String checksum, YearMonth periodFrom, YearMonth periodTo, long rows,
      BigDecimal totalQuantity, BigDecimal totalAmount, String status, Long replacedBy,
      String importedBy, Instant importedAt) implements Serializable {
    public String shortChecksum() {
      return checksum == null ? "" : checksum.substring(0, Math.min(12, checksum.length()));
    }

    public boolean active() {
      return "ACTIVE".equals(status);
    }
  }

  private ImportHistory() {}

  public static List<Entry> latest(Connection c, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, channel, source, file_name,"
        + " checksum, period_from, period_to, row_count, total_quantity, total_amount, status,"
        + " replaced_by, imported_by, imported_at FROM import_batch ORDER BY id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      List<Entry> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp at = rs.getTimestamp(15);
          result.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6),
              YearMonth.from(rs.getDate(7).toLocalDate()),
              YearMonth.from(rs.getDate(8).toLocalDate()), rs.getLong(9), rs.getBigDecimal(10),
              rs.getBigDecimal(11), rs.getString(12), ResultColumns.nullableLong(rs, 13),
              rs.getString(14), at == null ? null : at.toInstant()));
        }
      }
      return result;
    }
  }
}
