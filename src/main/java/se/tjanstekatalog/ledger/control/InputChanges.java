package se.tjanstekatalog.ledger.control;

import static se.tjanstekatalog.ledger.control.LedgerPeriods.first;
import static se.tjanstekatalog.ledger.control.LedgerPeriods.month;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.tjanstekatalog.platform.ResultColumns;

/**
 * What changed in a computed month's inputs after its run, when and by whom ({@code
 * input_change}, the only writer of it). The database marks the run stale on any change
 * (triggers); imports, which know who and what, also record it here in their transaction, so
 * the pages can say why a month's figures no longer hold (a model plan change recomputes at
 * once). Plain JDBC on the caller's connection.
 */
public final class InputChanges {
  private static final int DETAIL = 200;

  private InputChanges() {}

  /** One recorded change: the import's kind, its file or source, rows, who and when. */
  public record InputChange(YearMonth period, String kind, String detail, Integer rows,
      String changedBy, Instant changedAt) implements Serializable {}

  /** A computed month whose inputs changed after its run, with the changes recorded since. */
  public record Staleness(YearMonth period, String computedBy, Instant computedAt,
      List<InputChange> changes) implements Serializable {
    public Staleness {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Records a change of the inputs of every computed, not locked month from {@code from} to
   * {@code to}; months without a stored run need no explanation and get no row.
   */
  public static void record(Connection c, YearMonth from, YearMonth to, String kind,
      String detail, Integer rows, String who) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO input_change (period, kind,"
        + " detail, row_count, changed_by) SELECT r.period, ?, ?, ?, ? FROM costing_run r"
        + " LEFT JOIN period p ON p.period = r.period WHERE r.period BETWEEN ? AND ?"
        + " AND (p.status IS NULL OR p.status <> 'LOCKED')")) {
      ps.setString(1, kind);
      ps.setString(2, detail.length() > DETAIL ? detail.substring(0, DETAIL) : detail);
      if (rows == null) {
        ps.setNull(3, Types.INTEGER);
      } else {
        ps.setInt(3, rows);
      }
      ps.setString(4, who);
      ps.setDate(5, first(from));
      ps.setDate(6, first(to));
      ps.executeUpdate();
    }
  }

  /** The month's staleness if its stored run is stale: the run and the changes since, newest first. */
  public static Optional<Staleness> staleness(Connection c, YearMonth month) throws SQLException {
    Optional<LedgerReads.Run> run = LedgerReads.run(c, month).filter(LedgerReads.Run::stale);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    List<InputChange> changes = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period, kind, detail, row_count,"
        + " changed_by, changed_at FROM input_change WHERE period = ? AND changed_at >= ?"
        + " ORDER BY changed_at DESC, id DESC")) {
      ps.setDate(1, first(month));
      ps.setTimestamp(2, Timestamp.from(run.get().computedAt()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changes.add(new InputChange(month(rs.getDate("period")), rs.getString("kind"),
              rs.getString("detail"), ResultColumns.nullableInt(rs, "row_count"),
              rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()));
        }
      }
    }
    return Optional.of(new Staleness(month, run.get().computedBy(), run.get().computedAt(),
        changes));
  }
}
