package se.tjanstekatalog.costing.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.costing.control.MonthComputation.Outcome;
import se.tjanstekatalog.costing.control.MonthComputation.Verification;
import se.tjanstekatalog.costing.domain.CostingProblem;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.control.StatementReview;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Computes and stores months (both models, every org), proves a stored month by recomputing
 * it, and recomputes the months a plan change touches. A locked month is refused here and by
 * the database.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class CostingService {
  private static final Logger LOG = Logger.getLogger(CostingService.class.getName());

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;
  @Inject StatementReview review;
  @Inject AuditLog auditLog;

  /** Computes and stores the month, or throws with every problem that keeps it from it. */
  public Outcome compute(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return computeOn(c, month);
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /** Recomputes every computed month from {@code from} on that is not locked. */
  public List<YearMonth> recomputeFrom(YearMonth from) {
    List<YearMonth> done = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (YearMonth month : computedOpenMonths(c, from)) {
        computeOn(c, month);
        done.add(month);
      }
      return done;
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /** "Omräkning ger samma resultat": recompute from today's inputs, compare, save nothing. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public Verification verify(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return MonthComputation.verify(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not verify " + month, e);
    }
  }

  private Outcome computeOn(Connection c, YearMonth month) throws SQLException {
    PeriodStatus status = LedgerPeriods.status(c, month);
    if (status == PeriodStatus.LOCKED) {
      throw new RuleViolationException(new Violation("period", "costing.locked",
          SwedishFormat.month(month)));
    }
    // Under review: whose statement the recomputation changes loses its approval.
    List<ResultLine> before = status == PeriodStatus.PRELIMINARY
        ? LedgerReads.resultLines(c, month) : List.of();
    Outcome outcome = MonthComputation.computeAndStore(c, month, caller.name());
    if (outcome.stored() && status == PeriodStatus.PRELIMINARY) {
      PeriodTransitions.recomputed(c, review, month, before, caller.name());
    }
    if (!outcome.stored()) {
      context.setRollbackOnly();
      List<Violation> violations = new ArrayList<>();
      for (CostingProblem p : outcome.result().problems()) {
        if (p.error()) {
          violations.add(new Violation("period", p.key(), p.args().toArray()));
        }
      }
      throw new RuleViolationException(violations);
    }
    auditLog.record(AuditKind.COMPUTATION, month, null, SwedishFormat.month(month),
        "Månaden " + SwedishFormat.month(month) + " beräknad: " + outcome.result().lines().size()
            + " rader");
    LOG.info(() -> "Computed " + month + ": " + outcome.result().lines().size() + " lines in "
        + outcome.millis() + " ms by " + caller.name());
    return outcome;
  }

  private static List<YearMonth> computedOpenMonths(Connection c, YearMonth from)
      throws SQLException {
    return LedgerReads.storedMonths(c).stream()
        .filter(m -> !m.period().isBefore(from) && !m.locked())
        .map(LedgerReads.StoredMonth::period).toList();
  }

  private RuntimeException database(SQLException e) {
    context.setRollbackOnly();
    if (LedgerPeriods.isLockGuard(e)) {
      return new RuleViolationException(new Violation("period", "costing.lockedInDatabase"));
    }
    LOG.severe("Costing failed in the database: " + e);
    return new IllegalStateException("Costing failed in the database", e);
  }
}
