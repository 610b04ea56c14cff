package se.tjanstekatalog.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import se.tjanstekatalog.ledger.control.StatementReview;

/**
 * The review as the ledger sees it: how many of a month's orgs approved and how many threads
 * are open (for the transition to REVIEWED), and an org's approval withdrawn when a
 * recomputation or an adjustment changes its statement (told as {@link
 * ReviewEvents.ApprovalWithdrawn}).
 */
@ApplicationScoped
public class LedgerReview implements StatementReview {
  @Inject Event<ReviewEvents.ApprovalWithdrawn> withdrawn;

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
    if (!Approvals.withdraw(c, month, orgId)) {
      return false;
    }
    withdrawn.fire(new ReviewEvents.ApprovalWithdrawn(month, orgId));
    return true;
  }
}
