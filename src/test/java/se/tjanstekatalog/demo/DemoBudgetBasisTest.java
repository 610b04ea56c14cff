package se.tjanstekatalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

/** The demo's 2027 pool budget: the run-rate × 1,031 in whole thousands (HALF_UP). */
class DemoBudgetBasisTest {

  @Test
  void thePoolBudgetIsTheRunRateRaisedByTheIndexInWholeThousands() {
    // 1 234 567,89 × 1,031 = 1 272 839,49459 → 1 273 000,00
    assertEquals(new BigDecimal("1273000.00"),
        DemoBudgetBasis.poolBudget(Amount.of(new BigDecimal("1234567.89"))).value());
    // 484 966,00 × 1,031 = 499 999,946 → 500 000,00 (half a thousand or more rounds up)
    assertEquals(new BigDecimal("500000.00"),
        DemoBudgetBasis.poolBudget(Amount.of(new BigDecimal("484966.00"))).value());
    // 484 480,00 × 1,031 = 499 498,88 → 499 000,00
    assertEquals(new BigDecimal("499000.00"),
        DemoBudgetBasis.poolBudget(Amount.of(new BigDecimal("484480.00"))).value());
    assertEquals(new BigDecimal("0.00"), DemoBudgetBasis.poolBudget(Amount.ZERO).value());
  }

  @Test
  void theVersionIsPublishedInOctoberBeforeTheBudgetYear() {
    assertEquals(2027, DemoBudgetBasis.YEAR);
    assertEquals("Budgetunderlag 2027 v1", DemoBudgetBasis.V1);
    assertEquals("2026-10-15", DemoBudgetBasis.PUBLISHED.toString());
  }
}
