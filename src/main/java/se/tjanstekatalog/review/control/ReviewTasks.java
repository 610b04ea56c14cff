package se.tjanstekatalog.review.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.domain.PeriodStatus;

/**
 * What the start page's work queue reads of the review (plain JDBC on the caller's
 * connection): an org's answer to each preliminary month, every comment thread of the months
 * not locked with its last message, and the orgs that have not answered a preliminary month.
 * Whether a fact is a task is the start page's rule.
 */
public final class ReviewTasks {
  private ReviewTasks() {}

  /** An org's place in a PRELIMINARY month: whether it has binding lines, whether it approved. */
  public record OrgMonth(YearMonth period, boolean hasLines, boolean approved) {}

  /**
   * A thread of a month not locked: its last message's author (user name), whether that author
   * belongs to an org, and whether {@code user} wrote in it.
   */
  public record ThreadTip(long id, YearMonth period, String orgCode, String label, boolean open,
      String lastAuthor, boolean lastByOrg, Instant lastAt, boolean mine) {}

  /** The orgs with lines in a PRELIMINARY month that have neither approved nor commented. */
  public record Silent(YearMonth period, List<String> orgCodes) {}

  /** The org's answer to every PRELIMINARY month, oldest first. */
  public static List<OrgMonth> orgMonths(Connection c, long orgId) throws SQLException {
    List<OrgMonth> out = new ArrayList<>();
    for (YearMonth month : preliminary(c)) {
      boolean lines = LedgerReads.orgsWithLines(c, month, false).stream()
          .anyMatch(o -> o.id() == orgId);
      boolean approved = Approvals.answersByOrg(c, month).getOrDefault(orgId,
          Approvals.Answer.NOTHING).approvedBy() != null;
      out.add(new OrgMonth(month, lines, approved));
    }
    return out;
  }

  /**
   * The threads of the months not locked (of one org, or all when {@code orgId} is null), each
   * with its last message; {@code mine} when {@code user} wrote one of its messages.
   */
  public static List<ThreadTip> threads(Connection c, Long orgId, String user)
      throws SQLException {
    List<ThreadTip> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.period, o.code,"
        + " k.line_label, k.status, m.author, m.written_at,"
        + " (u.org_id IS NOT NULL OR u.role IN ('ORG_FINANCE', 'VIEWER')) AS by_org,"
        + " EXISTS (SELECT 1 FROM comment_message x WHERE x.comment_id = k.id"
        + " AND x.author = ?) AS mine"
        + " FROM line_comment k JOIN org_unit o ON o.id = k.org_id"
        + " JOIN comment_message m ON m.comment_id = k.id AND m.id = (SELECT y.id"
        + " FROM comment_message y WHERE y.comment_id = k.id"
        + " ORDER BY y.written_at DESC, y.id DESC LIMIT 1)"
        + " LEFT JOIN app_user u ON u.username = m.author"
        + " LEFT JOIN period p ON p.period = k.period"
        + " WHERE (p.status IS NULL OR p.status <> 'LOCKED')"
        + (orgId == null ? "" : " AND k.org_id = ?")
        + " ORDER BY k.period, o.code, k.id")) {
      ps.setString(1, user);
      if (orgId != null) {
        ps.setLong(2, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ThreadTip(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()),
              rs.getString(3), rs.getString(4), "OPEN".equals(rs.getString(5)),
              rs.getString(6), rs.getBoolean(8), rs.getTimestamp(7).toInstant(),
              rs.getBoolean(9)));
        }
      }
    }
    return out;
  }

  /** Per PRELIMINARY month, the orgs with lines that have not answered (NONE), by code. */
  public static List<Silent> silent(Connection c) throws SQLException {
    List<Silent> out = new ArrayList<>();
    for (YearMonth month : preliminary(c)) {
      List<String> codes = Approvals.orgReviews(c, month).stream()
          .filter(o -> Approvals.NONE.equals(o.state())).map(Approvals.OrgReview::code)
          .sorted().toList();
      out.add(new Silent(month, codes));
    }
    return out;
  }

  private static List<YearMonth> preliminary(Connection c) throws SQLException {
    List<YearMonth> months = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period FROM period WHERE status = ?"
        + " ORDER BY period")) {
      ps.setString(1, PeriodStatus.PRELIMINARY.name());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          months.add(YearMonth.from(rs.getDate(1).toLocalDate()));
        }
      }
    }
    return months;
  }
}
