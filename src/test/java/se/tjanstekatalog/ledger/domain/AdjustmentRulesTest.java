package se.tjanstekatalog.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tjanstekatalog.ledger.domain.PeriodStatus.LOCKED;
import static se.tjanstekatalog.ledger.domain.PeriodStatus.OPEN;
import static se.tjanstekatalog.ledger.domain.PeriodStatus.PRELIMINARY;
import static se.tjanstekatalog.ledger.domain.PeriodStatus.REVIEWED;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Violation;

class AdjustmentRulesTest {
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void theNextMonthThatIsOpenOrPreliminaryTakesTheAdjustment() {
    Map<YearMonth, PeriodStatus> states = Map.of(
        YearMonth.of(2026, 4), LOCKED, YearMonth.of(2026, 5), REVIEWED,
        YearMonth.of(2026, 6), PRELIMINARY, YearMonth.of(2026, 7), OPEN);
    assertEquals(YearMonth.of(2026, 6), AdjustmentRules.bookingMonth(MARCH, states::get));
    assertEquals(YearMonth.of(2026, 4),
        AdjustmentRules.bookingMonth(MARCH, m -> null), "a month without a row is open");
    assertEquals(YearMonth.of(2026, 4),
        AdjustmentRules.bookingMonth(MARCH, m -> OPEN));
  }

  @Test
  void aMonthBeyondEveryLockedOneIsOpen() {
    assertEquals(YearMonth.of(2027, 1), AdjustmentRules.bookingMonth(MARCH,
        m -> m.isBefore(YearMonth.of(2027, 1)) ? LOCKED : null));
  }

  @Test
  void onlyLinesOfLockedMonthsAreAdjusted() {
    assertEquals(List.of("adjustment.error.notLocked"),
        keys(AdjustmentRules.problems(PRELIMINARY, new BigDecimal("10"), "Fel antal")));
    assertEquals(List.of(), keys(AdjustmentRules.problems(LOCKED, new BigDecimal("-10.50"),
        "Fel antal datorer i mars")));
  }

  @Test
  void theAmountIsKronorAndOreNotZeroAndTheReasonIsGiven() {
    assertEquals(List.of("adjustment.error.amountMissing", "adjustment.error.reasonMissing"),
        keys(AdjustmentRules.problems(LOCKED, null, " ")));
    assertEquals(List.of("adjustment.error.amountZero"),
        keys(AdjustmentRules.problems(LOCKED, new BigDecimal("0.00"), "x")));
    assertEquals(List.of("adjustment.error.amountOre"),
        keys(AdjustmentRules.problems(LOCKED, new BigDecimal("1.005"), "x")));
    assertTrue(AdjustmentRules.problems(LOCKED, new BigDecimal("1.500"), "x").isEmpty(),
        "trailing zeros are not öre");
    assertEquals(List.of("adjustment.error.amountTooLarge"),
        keys(AdjustmentRules.problems(LOCKED, new BigDecimal("-1000000000"), "x")));
    assertEquals(List.of("adjustment.error.reasonTooLong"),
        keys(AdjustmentRules.problems(LOCKED, BigDecimal.ONE, "x".repeat(1001))));
  }

  private static List<String> keys(List<Violation> violations) {
    return violations.stream().map(Violation::key).toList();
  }
}
