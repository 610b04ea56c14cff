package se.tjanstekatalog.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthToReviewTest {
  private static final YearMonth OCT = YearMonth.of(2026, 10);
  private static final YearMonth NOV = YearMonth.of(2026, 11);
  private static final YearMonth DEC = YearMonth.of(2026, 12);

  @Test
  void theLatestPreliminaryMonthWinsOverLaterComputedOnes() {
    assertEquals(Optional.of(NOV), MonthToReview.of(Map.of(OCT, PeriodStatus.PRELIMINARY,
        NOV, PeriodStatus.PRELIMINARY, DEC, PeriodStatus.OPEN)));
  }

  @Test
  void withoutAPreliminaryMonthTheLatestComputed() {
    assertEquals(Optional.of(DEC), MonthToReview.of(Map.of(OCT, PeriodStatus.LOCKED,
        NOV, PeriodStatus.REVIEWED, DEC, PeriodStatus.OPEN)));
  }

  @Test
  void nothingComputedNothingToOpen() {
    assertEquals(Optional.empty(), MonthToReview.of(Map.of()));
  }
}
