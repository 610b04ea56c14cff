package se.tjanstekatalog.kommun.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.kommun.domain.KommunYear.ModelSum;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.shared.Amount;

class KommunYearTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth FEB = YearMonth.of(2026, 2);

  @Test
  void eachMonthSumsBothModelsAndWhatBindsAndTheYearSumsTheMonths() {
    KommunYear y = KommunYear.of("ekby", "Ekby kommun", false, Year.of(2026), List.of(
        new ModelSum(JAN, FinancingModel.CHARGEBACK, true, Amount.of("100.00")),
        new ModelSum(JAN, FinancingModel.CHARGEBACK, false, Amount.of("10.00")),
        new ModelSum(JAN, FinancingModel.ALLOCATION, false, Amount.of("95.50")),
        new ModelSum(FEB, FinancingModel.ALLOCATION, true, Amount.of("80.25")),
        new ModelSum(FEB, FinancingModel.CHARGEBACK, false, Amount.of("90.00"))),
        Map.of(JAN, PeriodStatus.LOCKED, FEB, PeriodStatus.PRELIMINARY));
    assertEquals(12, y.months().size());
    KommunYear.Month jan = y.months().get(0);
    assertEquals(Amount.of("110.00"), jan.chargeback());
    assertEquals(Amount.of("95.50"), jan.allocation());
    assertEquals(Amount.of("100.00"), jan.binding());
    assertEquals(Amount.of("80.25"), y.months().get(1).binding());
    assertEquals(Amount.of("200.00"), y.chargeback());
    assertEquals(Amount.of("175.75"), y.allocation());
    assertEquals(Amount.of("180.25"), y.binding());
    assertEquals(Amount.of("-24.25"), y.difference(), "allocation − chargeback");
    assertEquals(1, y.lockedMonths());
    assertEquals(2, y.computedMonths());
  }

  @Test
  void aMonthWithoutSumsIsOpenAndNotComputed() {
    KommunYear y = KommunYear.of("hem", "Sjöstads kommun", true, Year.of(2026), List.of(),
        Map.of());
    assertTrue(y.months().stream().allMatch(m -> m.status() == PeriodStatus.OPEN));
    assertFalse(y.months().get(11).computed());
    assertEquals(Amount.ZERO, y.binding());
    assertEquals(YearMonth.of(2026, 12), y.months().get(11).period());
  }
}
