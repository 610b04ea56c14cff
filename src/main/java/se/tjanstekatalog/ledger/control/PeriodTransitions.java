package se.tjanstekatalog.ledger.control;

import static se.tjanstekatalog.ledger.control.LedgerPeriods.first;
import static se.tjanstekatalog.ledger.control.LedgerPeriods.month;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.ledger.domain.ChangedStatements;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.ledger.domain.WorkflowRules.Facts;
import se.tjanstekatalog.ledger.domain.WorkflowRules;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The month's way through the workflow (OPEN → PRELIMINARY → REVIEWED → LOCKED, PRELIMINARY →
 * OPEN): {@link WorkflowRules} decide, from the month's run and the orgs' answers
 * ({@link StatementReview}); every step is recorded in {@code period_transition} (who, when,
 * why), the only writer of it. Locking goes through {@code tk_lock_period}, the only way to
 * lock. The controller moves months on the periods page; the demo moves its year with the
 * same steps at the control level ({@link #transition(Connection, StatementReview, YearMonth,
 * PeriodStatus, String, String, Instant)}), naming who and when.
 */
@Stateless
public class PeriodTransitions {
  private static final Logger LOG = Logger.getLogger(PeriodTransitions.class.getName());
  private static final int MAX_REASON = 1000;

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;
  @Inject StatementReview review;
  @Inject Event<MonthMoved> moved;
  @Inject AuditLog auditLog;

  /** One recorded step of the workflow (states by name, as the page shows them). */
  public record Transition(YearMonth period, String from, String to, String reason,
      String changedBy, Instant changedAt) implements Serializable {}

  /** The recorded transitions of the year, newest first. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public List<Transition> history(int year) {
    try (Connection c = dataSource.getConnection()) {
      return history(c, YearMonth.of(year, 1), YearMonth.of(year, 12));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the history of " + year, e);
    }
  }

  /** The facts the transition rules look at, for the page to ask for an override reason. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public Facts facts(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return facts(c, review, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /** The month's state, for the review page. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public PeriodStatus status(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerPeriods.status(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /** The latest locked month in {@code from}..{@code to}, if any (a price change asks). */
  @PermitAll
  public Optional<YearMonth> lastLocked(YearMonth from, YearMonth to) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerPeriods.lastLocked(c, from, to);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the locked months", e);
    }
  }

  /**
   * Moves the month to {@code to} as the caller, now, or throws with what is in the way; tells
   * whoever listens ({@link MonthMoved}, in the transaction).
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void transition(YearMonth month, PeriodStatus to, String reason) {
    try (Connection c = dataSource.getConnection()) {
      PeriodStatus from = transition(c, review, month, to, reason, caller.name(), null);
      moved.fire(new MonthMoved(month, from, to, caller.name()));
      auditLog.record(AuditKind.LOCK, month, null, month.toString(), "Månaden " + month + ": "
          + Messages.sv("period.status." + from.name()) + " → "
          + Messages.sv("period.status." + to.name())
          + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"));
    } catch (SQLException e) {
      throw failed(context, e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /**
   * A workflow step (of the month or of its review) failed in the database: the transaction is
   * rolled back, and the lock guard's refusal becomes a message.
   */
  public static RuntimeException failed(SessionContext context, SQLException e) {
    context.setRollbackOnly();
    if (LedgerPeriods.isLockGuard(e)) {
      return new RuleViolationException(new Violation("period", "workflow.lockedInDatabase"));
    }
    LOG.severe("The period workflow failed in the database: " + e);
    return new IllegalStateException("The period workflow failed in the database", e);
  }

  // ---- the control level, on the caller's connection

  /**
   * Moves the month to {@code to} if the rules allow it, or throws with what is in the way,
   * and records the step. {@code who} and {@code at} (null: now) name the step; the caller
   * rolls back on an exception.
   *
   * @return the state the month moved from
   * @throws RuleViolationException with the problems that keep the month from moving
   */
  public static PeriodStatus transition(Connection c, StatementReview review, YearMonth month,
      PeriodStatus to, String reason, String who, Instant at) throws SQLException {
    String why = reason == null || reason.isBlank() ? null : trim(reason.strip());
    PeriodStatus from = LedgerPeriods.lockForUpdate(c, month);
    Facts facts = facts(c, review, month);
    List<String> problems = WorkflowRules.problems(from, to, facts, why);
    if (!problems.isEmpty()) {
      List<Violation> violations = new ArrayList<>();
      problems.forEach(p -> violations.add(new Violation("period", p,
          SwedishFormat.month(month), facts.orgs() - facts.approved(), facts.openComments())));
      throw new RuleViolationException(violations);
    }
    if (to == PeriodStatus.REVIEWED && !WorkflowRules.needsOverride(facts)) {
      why = null;
    }
    if (to == PeriodStatus.LOCKED) {
      LedgerPeriods.lock(c, month, who);
    } else if (!LedgerPeriods.move(c, month, from, to, who, at)) {
      throw new RuleViolationException(new Violation("period", "workflow.changed",
          SwedishFormat.month(month)));
    }
    history(c, month, from, to, why, who, at);
    LOG.info(() -> "Period " + month + " " + from + " -> " + to + " by " + who);
    return from;
  }

  /**
   * A preliminary month was recomputed: the orgs whose binding lines changed (compared with
   * {@code before}, the lines stored until now) no longer hold to their approval. Their
   * approvals are withdrawn and the month's history says whose and why.
   *
   * @return the codes of the orgs whose approval was withdrawn
   */
  public static List<String> recomputed(Connection c, StatementReview review, YearMonth month,
      List<ResultLine> before, String who) throws SQLException {
    Set<Long> changed = ChangedStatements.orgs(before, LedgerReads.resultLines(c, month));
    List<Long> withdrawnIds = new ArrayList<>();
    for (long org : changed) {
      if (review.statementChanged(c, month, org)) {
        withdrawnIds.add(org);
      }
    }
    List<String> withdrawn = LedgerReads.orgCodes(c, withdrawnIds);
    if (!withdrawn.isEmpty()) {
      PeriodStatus status = LedgerPeriods.status(c, month);
      history(c, month, status, status, trim(Messages.sv("workflow.history.recomputedWithdrawn",
          String.join(", ", withdrawn))), who, null);
      LOG.info(() -> "Recomputed " + month + ": approvals withdrawn for " + withdrawn);
    }
    return withdrawn;
  }

  private static void history(Connection c, YearMonth month, PeriodStatus from,
      PeriodStatus to, String why, String who, Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_transition (period,"
        + " from_status, to_status, reason, changed_by, changed_at)"
        + " VALUES (?, ?, ?, ?, ?, COALESCE(?, CURRENT_TIMESTAMP(3)))")) {
      ps.setDate(1, first(month));
      ps.setString(2, from.name());
      ps.setString(3, to.name());
      ps.setString(4, why);
      ps.setString(5, who);
      ps.setTimestamp(6, at == null ? null : Timestamp.from(at));
      ps.executeUpdate();
    }
  }

  /** What the rules look at: the month's run, its orgs with lines and their answers. */
  public static Facts facts(Connection c, StatementReview review, YearMonth month)
      throws SQLException {
    Optional<LedgerReads.Run> run = LedgerReads.run(c, month);
    List<Long> orgs = LedgerReads.orgsWithLines(c, month, false).stream()
        .map(LedgerReads.LedgerOrg::id).toList();
    StatementReview.Answers answers = review.answers(c, month, orgs);
    return new Facts(run.isPresent(), run.map(LedgerReads.Run::stale).orElse(false),
        orgs.size(), answers.approved(), answers.openComments());
  }

  /** The recorded transitions of the months, newest first. */
  public static List<Transition> history(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    List<Transition> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period, from_status, to_status,"
        + " reason, changed_by, changed_at FROM period_transition"
        + " WHERE period BETWEEN ? AND ? ORDER BY changed_at DESC, id DESC")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(new Transition(month(rs.getDate("period")), rs.getString("from_status"),
              rs.getString("to_status"), rs.getString("reason"), rs.getString("changed_by"),
              rs.getTimestamp("changed_at").toInstant()));
        }
      }
    }
    return list;
  }

  /** Whether any month has ever moved. */
  public static boolean anyRecorded(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM period_transition LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static String trim(String s) {
    return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON);
  }
}
