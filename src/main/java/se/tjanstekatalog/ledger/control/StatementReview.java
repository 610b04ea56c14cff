package se.tjanstekatalog.ledger.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;

/**
 * What the ledger needs to know of the orgs' review of a month's statements, and to tell it.
 * The review (approvals and comment threads, package {@code review}) implements it: the ledger
 * moves a month to REVIEWED only when the orgs agree ({@link PeriodTransitions}), and an
 * adjustment changes an org's statement of a preliminary month ({@link AdjustmentService}),
 * without the ledger knowing the review's tables. On the caller's connection, so in its
 * transaction.
 */
public interface StatementReview {

  /** Of some orgs: how many approved the month, and how many open threads they have. */
  record Answers(int approved, int openComments) {}

  /** The answers of {@code orgIds} (the orgs with lines in the month) to the month. */
  Answers answers(Connection c, YearMonth month, Collection<Long> orgIds) throws SQLException;

  /**
   * The org's statement of the month changed: its approval no longer holds.
   *
   * @return whether there was an approval, now withdrawn
   */
  boolean statementChanged(Connection c, YearMonth month, long orgId) throws SQLException;
}
