package se.tjanstekatalog.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import se.tjanstekatalog.ledger.control.StatementReview;

/**
 * The review as the ledger sees it: how many of a month's orgs approved and how many threads
 * are open (for the transition to REVIEWED), and an org's approval withdrawn when an
 * adjustment changes its statement.
 */
@ApplicationScoped
public class LedgerReview implements StatementReview {

  @Override
  public Answers answers(Connection c, YearMonth month, Collection<Long> orgIds)
      throws SQLException {
    Map<Long, Approvals.Answer> answers = Approvals.answersByOrg(c, month);
    int approved = 0;
    int open = 0;
    for (long org : orgIds) {
      Approvals.Answer a = answers.getOrDefault(org, Approvals.Answer.NOTHING);
      approved += a.approvedBy() != null ? 1 : 0;
      open += a.openComments();
    }
    return new Answers(approved, open);
  }

  @Override
  public boolean statementChanged(Connection c, YearMonth month, long orgId)
      throws SQLException {
    return Approvals.withdraw(c, month, orgId);
  }
}
