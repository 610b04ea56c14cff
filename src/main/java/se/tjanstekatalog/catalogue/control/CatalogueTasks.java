package se.tjanstekatalog.catalogue.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the start page's work queue reads of the catalogue (plain JDBC on the caller's
 * connection): level change requests and change proposals with their state and decision time.
 * Whether one is a task is the start page's rule.
 */
public final class CatalogueTasks {
  private CatalogueTasks() {}

  /** A level change request: whose, which service and level, from when, its state. */
  public record Request(long id, String orgCode, String serviceName, String levelName,
      YearMonth effective, String status, Instant decidedAt) {}

  /** A change proposal: its title, state, author and decision time. */
  public record Proposal(long id, String title, String status, String createdBy,
      Instant decidedAt) {}

  /** The requests of one org (all when {@code orgId} is null), oldest first. */
  public static List<Request> requests(Connection c, Long orgId) throws SQLException {
    List<Request> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.id, o.code, s.name, l.name,"
        + " r.effective_month, r.status, r.decided_at FROM level_change_request r"
        + " JOIN org_unit o ON o.id = r.org_id JOIN service s ON s.id = r.service_id"
        + " JOIN service_level l ON l.id = r.to_level_id"
        + (orgId == null ? "" : " WHERE r.org_id = ?") + " ORDER BY r.requested_at, r.id")) {
      if (orgId != null) {
        ps.setLong(1, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Request(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), YearMonth.from(rs.getDate(5).toLocalDate()), rs.getString(6),
              instant(rs.getTimestamp(7))));
        }
      }
    }
    return out;
  }

  /** Every change proposal, oldest first. */
  public static List<Proposal> proposals(Connection c) throws SQLException {
    List<Proposal> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, title, status, created_by,"
        + " decided_at FROM change_proposal ORDER BY created_at, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs.getTimestamp(5))));
      }
    }
    return out;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
