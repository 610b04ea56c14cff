package se.tjanstekatalog.ledger.domain;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The month the review and statement pages open on when none is asked for: the one waiting for
 * review (the latest PRELIMINARY month with a stored run), else the latest computed month. The
 * calendar month is no help: in December the month to answer is usually November's.
 */
public final class MonthToReview {
  private MonthToReview() {}

  /** From the computed months and their states; empty when nothing is computed. */
  public static Optional<YearMonth> of(Map<YearMonth, PeriodStatus> computed) {
    Optional<YearMonth> preliminary = computed.entrySet().stream()
        .filter(e -> e.getValue() == PeriodStatus.PRELIMINARY).map(Map.Entry::getKey)
        .max(YearMonth::compareTo);
    return preliminary.isPresent() ? preliminary
        : computed.keySet().stream().max(YearMonth::compareTo);
  }
}
