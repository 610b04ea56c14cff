package se.tjanstekatalog.start.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.ledger.control.LedgerReads.MonthTotal;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;

class YearToDateTest {
  private static final YearMonth THROUGH = YearMonth.of(2039, 3);

  @Test
  void eachModelsLinesAreSummedBindingOrNotForBothYears() {
    List<MonthTotal> now = List.of(
        total(2039, 1, FinancingModel.CHARGEBACK, true, "100.10"),
        total(2039, 1, FinancingModel.ALLOCATION, false, "90.00"),
        total(2039, 2, FinancingModel.CHARGEBACK, true, "50.00"),
        total(2039, 2, FinancingModel.ALLOCATION, false, "60.05"));
    List<MonthTotal> before = List.of(total(2038, 2, FinancingModel.ALLOCATION, true, "10.00"));
    YearToDate ytd = YearToDate.of(THROUGH, now, before);
    assertEquals(amount("150.10"), ytd.chargeback());
    assertEquals(amount("150.05"), ytd.allocation());
    assertEquals(Amount.ZERO, ytd.lastChargeback());
    assertEquals(amount("10.00"), ytd.lastAllocation());
    assertFalse(ytd.isEmpty());
    assertTrue(YearToDate.of(THROUGH, List.of(), List.of()).isEmpty());
  }

  private static MonthTotal total(int year, int month, FinancingModel model, boolean binding,
      String kr) {
    return new MonthTotal(YearMonth.of(year, month), model, binding, amount(kr));
  }

  private static Amount amount(String kr) {
    return Amount.of(new BigDecimal(kr));
  }
}
