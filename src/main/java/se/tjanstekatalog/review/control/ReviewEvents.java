package se.tjanstekatalog.review.control;

import java.time.YearMonth;

/**
 * The CDI events of the review, fired inside the step's transaction by {@link Approvals},
 * {@link CommentThreads} and {@link LedgerReview}; an observer that acts only once the step
 * committed observes them {@code during = AFTER_SUCCESS}. The review does not know who listens
 * (the notifications do).
 */
public final class ReviewEvents {
  private ReviewEvents() {}

  /** Someone wrote in a comment thread; {@code author} started it, {@code by} answered. */
  public record CommentAnswered(long threadId, YearMonth month, long orgId, String lineLabel,
      String author, String by) {}

  /** The last of the month's orgs with lines approved its statement. */
  public record AllApproved(YearMonth month, int orgs, int openComments) {}

  /** The org's statement of the month changed (recomputation, adjustment): approval withdrawn. */
  public record ApprovalWithdrawn(YearMonth month, long orgId) {}
}
