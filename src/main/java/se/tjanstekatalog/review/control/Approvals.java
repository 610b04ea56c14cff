package se.tjanstekatalog.review.control;

import static se.tjanstekatalog.review.control.ReviewSteps.first;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The orgs' answers to a month's statements: an ORG_FINANCE approves its org's statement
 * while the month is PRELIMINARY ({@code statement_approval}, the only writer of it); an
 * org with open comment threads has COMMENTED. The periods page's overview of a year: every
 * month's state and run from the ledger, and while reviewed, every org's answer.
 */
@Stateless
public class Approvals {
  /** An org's answer: APPROVED, COMMENTED (open threads) or NONE. */
  public static final String APPROVED = "APPROVED";
  public static final String COMMENTED = "COMMENTED";
  public static final String NONE = "NONE";

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;
  @Inject Event<ReviewEvents.AllApproved> allApproved;
  @Inject AuditLog auditLog;

  /** One org's answer to a month's statement: APPROVED, COMMENTED (open threads) or NONE. */
  /** The overview lists who has not answered first, then who commented, then who approved. */
  static final Comparator<OrgReview> ANSWER_ORDER = Comparator
      .comparingInt((OrgReview o) -> List.of(NONE, COMMENTED, APPROVED).indexOf(o.state()))
      .thenComparing(OrgReview::name, Collator.getInstance(SwedishFormat.SWEDISH));

  public record OrgReview(long orgId, String code, String name, String state,
      String approvedBy, Instant approvedAt, int openComments) implements Serializable {}

  /** A month on the overview (its state by name, as the page shows it). */
  public record MonthState(YearMonth period, String status, boolean computed, boolean stale,
      List<OrgReview> orgs) implements Serializable {
    public boolean reviewing() {
      return reviewing(PeriodStatus.valueOf(status));
    }

    public long count(String state) {
      return orgs.stream().filter(o -> o.state().equals(state)).count();
    }

    static boolean reviewing(PeriodStatus status) {
      return status == PeriodStatus.PRELIMINARY || status == PeriodStatus.REVIEWED;
    }
  }

  /** An org's approval and open threads of a month, whether it has lines or not. */
  record Answer(String approvedBy, Instant approvedAt, int openComments) {
    static final Answer NOTHING = new Answer(null, null, 0);

    String state() {
      return openComments > 0 ? COMMENTED : approvedBy != null ? APPROVED : NONE;
    }
  }

  /** Every month of the year with its state, run and, while reviewed, the orgs' answers. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public List<MonthState> overview(int year) {
    try (Connection c = dataSource.getConnection()) {
      YearMonth january = YearMonth.of(year, 1);
      YearMonth december = YearMonth.of(year, 12);
      Map<YearMonth, PeriodStatus> states = LedgerPeriods.statuses(c, january, december);
      Map<YearMonth, Boolean> staleness = new HashMap<>();
      LedgerReads.runs(c, january, december).forEach(r -> staleness.put(r.period(), r.stale()));
      List<MonthState> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        PeriodStatus status = states.get(month);
        Boolean stale = staleness.get(month);
        List<OrgReview> orgs = MonthState.reviewing(status)
            ? orgReviews(c, month).stream().sorted(ANSWER_ORDER).toList() : List.of();
        months.add(new MonthState(month, status.name(), stale != null,
            Boolean.TRUE.equals(stale), orgs));
      }
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the periods of " + year, e);
    }
  }

  /** An org's answer to the month's statement (null when it has no lines in the month). */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public OrgReview review(YearMonth month, long orgId) {
    caller.requireOrg(orgId);
    try (Connection c = dataSource.getConnection()) {
      return orgReviews(c, month).stream().filter(o -> o.orgId() == orgId).findFirst()
          .orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /**
   * The caller's org approves the month's statement; only while PRELIMINARY. The approval
   * that completes the month is told ({@link ReviewEvents.AllApproved}).
   */
  @RolesAllowed(Role.ORG_FINANCE_NAME)
  public void approve(YearMonth month) {
    long orgId = ReviewSteps.ownOrg(caller);
    try (Connection c = dataSource.getConnection()) {
      if (approve(c, month, orgId, caller.name(), null)) {
        String org = caller.info().getOrgCode();
        auditLog.record(AuditKind.APPROVAL, month, org, SwedishFormat.month(month),
            "Månadsbeskedet " + SwedishFormat.month(month) + " godkänt för " + org);
        List<OrgReview> orgs = orgReviews(c, month);
        if (orgs.stream().allMatch(o -> o.approvedBy() != null)) {
          allApproved.fire(new ReviewEvents.AllApproved(month, orgs.size(),
              orgs.stream().mapToInt(OrgReview::openComments).sum()));
        }
      }
    } catch (SQLException e) {
      throw PeriodTransitions.failed(context, e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  // ---- the control level, on the caller's connection

  /**
   * The org approves the month's statement as {@code who} at {@code at} (null: now); only
   * while PRELIMINARY. Approving twice keeps the first approval.
   *
   * @return whether this was the org's approval (false: it had approved already)
   */
  public static boolean approve(Connection c, YearMonth month, long orgId, String who, Instant at)
      throws SQLException {
    ReviewSteps.requirePreliminary(c, month);
    ReviewSteps.requireCurrent(c, month);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement_approval"
        + " (period, org_id, approved_by, approved_at)"
        + " SELECT ?, ?, ?, COALESCE(?, CURRENT_TIMESTAMP(3)) FROM DUAL WHERE NOT EXISTS"
        + " (SELECT 1 FROM statement_approval WHERE period = ? AND org_id = ?)")) {
      ps.setDate(1, first(month));
      ps.setLong(2, orgId);
      ps.setString(3, who);
      ps.setTimestamp(4, at == null ? null : Timestamp.from(at));
      ps.setDate(5, first(month));
      ps.setLong(6, orgId);
      return ps.executeUpdate() > 0;
    }
  }

  /** The org's statement of the month changed: its approval is withdrawn, if it had one. */
  static boolean withdraw(Connection c, YearMonth month, long orgId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement_approval"
        + " WHERE period = ? AND org_id = ?")) {
      ps.setDate(1, first(month));
      ps.setLong(2, orgId);
      return ps.executeUpdate() > 0;
    }
  }

  /** Per org, its answer to the month (APPROVED, COMMENTED or NONE); NONE for orgs not in it. */
  public static Map<Long, String> answers(Connection c, YearMonth month) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    answersByOrg(c, month).forEach((org, answer) -> out.put(org, answer.state()));
    return out;
  }

  /** The answers of the orgs with lines in the month, by org name. */
  static List<OrgReview> orgReviews(Connection c, YearMonth month) throws SQLException {
    Map<Long, Answer> answers = answersByOrg(c, month);
    List<OrgReview> list = new ArrayList<>();
    for (LedgerReads.LedgerOrg o : LedgerReads.orgsWithLines(c, month, false)) {
      Answer a = answers.getOrDefault(o.id(), Answer.NOTHING);
      list.add(new OrgReview(o.id(), o.code(), o.name(), a.state(), a.approvedBy(),
          a.approvedAt(), a.openComments()));
    }
    return list;
  }

  /** Every org's approval and open threads of the month (orgs with neither are left out). */
  static Map<Long, Answer> answersByOrg(Connection c, YearMonth month) throws SQLException {
    Map<Long, Answer> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, approved_by, approved_at"
        + " FROM statement_approval WHERE period = ?")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp at = rs.getTimestamp("approved_at");
          out.put(rs.getLong("org_id"), new Answer(rs.getString("approved_by"),
              at == null ? null : at.toInstant(), 0));
        }
      }
    }
    CommentThreads.openPerOrg(c, month).forEach((org, open) -> {
      Answer approval = out.getOrDefault(org, Answer.NOTHING);
      out.put(org, new Answer(approval.approvedBy(), approval.approvedAt(), open));
    });
    return out;
  }
}
