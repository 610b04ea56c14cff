package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.ledger.domain.FinancingModel;

class ModelPlanTest {
  final ModelPlan plan = new ModelPlan(List.of(
      new PlanEntry(1, YearMonth.of(2027, 7), FinancingModel.ALLOCATION),
      new PlanEntry(2, YearMonth.of(2027, 7), FinancingModel.ALLOCATION),
      new PlanEntry(3, YearMonth.of(2028, 1), FinancingModel.ALLOCATION),
      new PlanEntry(1, YearMonth.of(2029, 1), FinancingModel.CHARGEBACK)));

  @Test
  void switchesExactlyAtItsMonth() {
    assertEquals(FinancingModel.CHARGEBACK, plan.binding(1, YearMonth.of(2027, 6)));
    assertEquals(FinancingModel.ALLOCATION, plan.binding(1, YearMonth.of(2027, 7)));
    assertEquals(FinancingModel.ALLOCATION, plan.binding(2, YearMonth.of(2027, 12)));
    assertEquals(FinancingModel.CHARGEBACK, plan.binding(3, YearMonth.of(2027, 12)));
    assertEquals(FinancingModel.ALLOCATION, plan.binding(3, YearMonth.of(2028, 1)));
    assertEquals(FinancingModel.CHARGEBACK, plan.binding(1, YearMonth.of(2029, 1)));
  }

  @Test
  void anAreaWithoutEntriesStaysOnInternfakturering() {
    assertEquals(FinancingModel.CHARGEBACK, plan.binding(9, YearMonth.of(2030, 1)));
  }

  @Test
  void findsTheSwitchMonth() {
    assertEquals(Optional.of(YearMonth.of(2027, 7)),
        plan.switchTo(1, FinancingModel.ALLOCATION, YearMonth.of(2020, 1)));
    assertEquals(Optional.empty(), plan.switchTo(9, FinancingModel.ALLOCATION,
        YearMonth.of(2020, 1)));
  }
}
