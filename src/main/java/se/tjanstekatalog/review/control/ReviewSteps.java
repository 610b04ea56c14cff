package se.tjanstekatalog.review.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.YearMonth;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** What approvals and comment threads check alike: the month's state, the caller's org. */
final class ReviewSteps {
  private ReviewSteps() {}

  /** Answers are given while the month is PRELIMINARY only. */
  static void requirePreliminary(Connection c, YearMonth month) throws SQLException {
    if (LedgerPeriods.status(c, month) != PeriodStatus.PRELIMINARY) {
      throw new RuleViolationException(new Violation("period", "review.notPreliminary",
          SwedishFormat.month(month)));
    }
  }

  /**
   * An approval is of the figures as they are: not while the month's inputs have changed
   * since its run (the recomputation decides whose statement changed).
   */
  static void requireCurrent(Connection c, YearMonth month) throws SQLException {
    if (LedgerReads.run(c, month).filter(LedgerReads.Run::stale).isPresent()) {
      throw new RuleViolationException(new Violation("period", "review.stale",
          SwedishFormat.month(month)));
    }
  }

  /** Nothing of a locked month's review changes. */
  static void requireNotLocked(Connection c, YearMonth month) throws SQLException {
    if (LedgerPeriods.status(c, month) == PeriodStatus.LOCKED) {
      throw new RuleViolationException(new Violation("comment", "review.locked",
          SwedishFormat.month(month)));
    }
  }

  /** The caller's own org; an account without one has nothing to answer. */
  static long ownOrg(CurrentCaller caller) {
    Long org = caller.info().getOrgId();
    if (org == null) {
      throw new ForbiddenException("error.otherOrg");
    }
    return org;
  }

  static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
