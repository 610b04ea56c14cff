package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportSource;

/**
 * The import history table ({@code import_batch}) and the period rows an import needs, in
 * plain JDBC so the same code runs in the portal and in the benchmark.
 */
public final class ImportBatches {
  private static final String SELECT = "SELECT id, source, file_name, period_from, row_count,"
      + " imported_by, imported_at, status FROM import_batch ";

  private ImportBatches() {}

  /**
   * Makes sure the month has its period row and, unless locked, its open_period row (the
   * target of consumption's guard key): the ledger's {@link LedgerPeriods#ensureOpen}.
   */
  public static void ensureOpenPeriod(Connection c, YearMonth period) throws SQLException {
    LedgerPeriods.ensureOpen(c, period);
  }

  /** A new ACTIVE batch; its totals are filled in by {@link #finish}. */
  public static long insert(Connection c, ImportSource source, YearMonth from, YearMonth to)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (kind, channel,"
        + " source, file_name, checksum, period_from, period_to, row_count, status,"
        + " idempotency_key, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'ACTIVE', ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, source.kind().name());
      ps.setString(2, source.channel().name());
      ps.setString(3, source.source());
      ps.setString(4, truncate(source.fileName(), 255));
      ps.setString(5, source.checksum());
      ps.setDate(6, Date.valueOf(from.atDay(1)));
      ps.setDate(7, Date.valueOf(to.atDay(1)));
      ps.setString(8, source.idempotencyKey());
      ps.setString(9, truncate(source.importedBy(), 60));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public static void finish(Connection c, long id, long rows, BigDecimal quantity,
      BigDecimal amount) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET row_count = ?,"
        + " total_quantity = ?, total_amount = ?, version = version + 1 WHERE id = ?")) {
      ps.setLong(1, rows);
      ps.setBigDecimal(2, quantity);
      ps.setBigDecimal(3, amount);
      ps.setLong(4, id);
      ps.executeUpdate();
    }
  }

  /** The ACTIVE batches a new import of this kind, source and period replaces. */
  public static List<ImportReport.BatchRef> active(Connection c, ImportKind kind, String source,
      YearMonth period) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE kind = ? AND source = ?"
        + " AND period_from <= ? AND period_to >= ? AND status = 'ACTIVE' ORDER BY id")) {
      Date first = Date.valueOf(period.atDay(1));
      ps.setString(1, kind.name());
      ps.setString(2, source);
      ps.setDate(3, first);
      ps.setDate(4, first);
      return list(ps);
    }
  }

  /** Earlier imports of this kind of exactly the same bytes. */
  public static List<ImportReport.BatchRef> withChecksum(Connection c, ImportKind kind,
      String checksum) throws SQLException {
    if (checksum == null) {
      return List.of();
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT
        + "WHERE checksum = ? AND kind = ? ORDER BY id")) {
      ps.setString(1, checksum);
      ps.setString(2, kind.name());
      return list(ps);
    }
  }

  public static Optional<ImportReport.BatchRef> withIdempotencyKey(Connection c, String key)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE idempotency_key = ?")) {
      ps.setString(1, key);
      return list(ps).stream().findFirst();
    }
  }

  /** What earlier imports a new one meets: those it replaces and those of the same bytes. */
  public record Earlier(List<ImportReport.BatchRef> replaces, List<ImportReport.BatchRef> same) {}

  /**
   * The rule for earlier imports of one month: an import replaces the ACTIVE batches of its
   * kind, source and month; the same bytes still ACTIVE under another source would count
   * twice, which is a problem. The import's own batch (while storing, {@code ownBatch}) is
   * neither. With no month (none read, or an import of several months) nothing is replaced.
   */
  static Earlier earlier(Connection c, ImportSource source, YearMonth month, long ownBatch,
      Problems problems) throws SQLException {
    List<ImportReport.BatchRef> same = withChecksum(c, source.kind(), source.checksum())
        .stream().filter(b -> b.id() != ownBatch).toList();
    if (month == null) {
      return new Earlier(List.of(), same);
    }
    List<ImportReport.BatchRef> replaces = active(c, source.kind(), source.source(), month)
        .stream().filter(b -> b.id() != ownBatch).toList();
    for (ImportReport.BatchRef earlier : same) {
      boolean replacedAnyway = replaces.stream().anyMatch(r -> r.id() == earlier.id());
      if ("ACTIVE".equals(earlier.status()) && !replacedAnyway) {
        problems.add(ImportProblem.of(0, "", source.fileName(), "import.problem.sameFile",
            earlier.id(), earlier.source(), SwedishFormat.month(earlier.period())));
      }
    }
    return new Earlier(replaces, same);
  }

  /** Marks the earlier batches REPLACED by the new one; their rows stop counting. */
  public static void replace(Connection c, List<ImportReport.BatchRef> old, long by)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET status = 'REPLACED',"
        + " replaced_by = ?, version = version + 1 WHERE id = ? AND status = 'ACTIVE'")) {
      for (ImportReport.BatchRef ref : old) {
        ps.setLong(1, by);
        ps.setLong(2, ref.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static List<ImportReport.BatchRef> list(PreparedStatement ps) throws SQLException {
    List<ImportReport.BatchRef> result = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Timestamp at = rs.getTimestamp(7);
        result.add(new ImportReport.BatchRef(rs.getLong(1), rs.getString(2), rs.getString(3),
            YearMonth.from(rs.getDate(4).toLocalDate()), rs.getLong(5), rs.getString(6),
            at == null ? null : at.toInstant(), rs.getString(8)));
      }
    }
    return result;
  }

  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
