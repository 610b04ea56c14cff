package se.tjanstekatalog.devplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.devplan.domain.Initiative.Benefit;
import se.tjanstekatalog.devplan.domain.Initiative.Budget;
import se.tjanstekatalog.devplan.domain.Initiative.Cost;
import se.tjanstekatalog.devplan.domain.Initiative.Decision;
import se.tjanstekatalog.devplan.domain.Initiative.Org;
import se.tjanstekatalog.devplan.domain.Initiative.Status;
import se.tjanstekatalog.shared.Amount;

class DevelopmentPlanTest {
  private static final Org GSF = new Org(1, "GSF", "Grundskoleförvaltningen");
  private static final Org SBK = new Org(2, "SBK", "Stadsbyggnadskontoret");
  private static final Decision KS = new Decision("KS", LocalDate.of(2025, 9, 15), "§ 426");

  private static Amount kr(String s) {
    return Amount.of(s);
  }

  /** E-tjänster: 2 500 000,00 central + 500 000,00 billed in 2026, 1 000 000 in 2027. */
  private static Initiative eServices() {
    return new Initiative(1, 2026, "E-tjänsteplattform", "Fler e-tjänster", "Anna", KS,
        List.of(GSF, SBK), "DIG-UTV",
        List.of(new Budget(2026, Financing.CENTRAL, kr("2500000.00")),
            new Budget(2026, Financing.ORG_BILLED, kr("500000.00")),
            new Budget(2027, Financing.CENTRAL, kr("1000000.00"))),
        List.of(new Status(new Quarter(2026, 2), InitiativeStatus.AT_RISK, "Sen leverans", "it"),
            new Status(new Quarter(2026, 1), InitiativeStatus.ON_TRACK, "Upphandlad", "it")),
        List.of(new Cost(1, LocalDate.of(2026, 3, 31), kr("412345.67"), "Konsulter"),
            new Cost(2, LocalDate.of(2025, 12, 1), kr("99999.99"), "Förstudie"),
            new Cost(3, LocalDate.of(2026, 10, 5), kr("-2345.67"), "Kreditnota")),
        kr("123456.78"),
        List.of(new Benefit(GSF, kr("300000.00"), new BigDecimal("1200.5"), kr("100000.00"),
                new BigDecimal("400.25")),
            new Benefit(SBK, kr("100000.00"), new BigDecimal("300"), kr("50000.00"),
                new BigDecimal("0"))));
  }

  /** AI-stöd: 4 000 000,00 external in 2026, nothing booked, Q1 late, Q3 done. */
  private static Initiative ai() {
    return new Initiative(2, 2026, "AI-stöd", "Snabbare handläggning", "Bo", KS, List.of(SBK), null,
        List.of(new Budget(2026, Financing.EXTERNAL, kr("4000000.00"))),
        List.of(new Status(new Quarter(2026, 1), InitiativeStatus.LATE, "Försenad", "it"),
            new Status(new Quarter(2026, 3), InitiativeStatus.DONE, "Klar", "it")),
        List.of(), null, List.of());
  }

  private static DevelopmentPlan plan() {
    return new DevelopmentPlan(1, 2026, kr("7000000.00"), kr("41000000.00"),
        "KS 2025-09-15 § 426", List.of(eServices(), ai()));
  }

  @Test
  void anInitiativesBudgetBookedAndLeftOfTheYear() {
    Initiative e = eServices();
    assertEquals(kr("3000000.00"), e.budgetIn(2026));
    assertEquals(kr("1000000.00"), e.budgetIn(2027));
    assertEquals(kr("0.00"), e.budgetIn(2028));
    assertEquals(List.of(2026, 2027), e.budgetYears());
    assertEquals(kr("500000.00"), e.budgetByFinancing(2026).get(Financing.ORG_BILLED));
    assertEquals(kr("0.00"), e.budgetByFinancing(2026).get(Financing.EXTERNAL));
    // 412 345,67 − 2 345,67; the 2025 cost is not of the year
    assertEquals(kr("410000.00"), e.manualIn(2026));
    assertEquals(kr("533456.78"), e.bookedIn(2026));
    assertEquals(kr("2466543.22"), e.leftIn(2026));
    assertEquals(new BigDecimal("17.8"), e.usedPercent(2026));
    assertNull(ai().usedPercent(2027), "no budget, no percentage");
  }

  @Test
  void theLatestStatusIsTheLatestQuarterWhateverTheOrderGiven() {
    assertEquals(InitiativeStatus.AT_RISK, eServices().latestStatus().orElseThrow().status());
    assertEquals(InitiativeStatus.DONE, ai().latestStatus().orElseThrow().status());
    assertEquals("Upphandlad", eServices().statusIn(new Quarter(2026, 1)).orElseThrow().text());
    assertTrue(eServices().statusIn(new Quarter(2026, 3)).isEmpty());
  }

  @Test
  void benefitsExpectedAgainstRealised() {
    Initiative e = eServices();
    assertEquals(kr("400000.00"), e.expectedKr());
    assertEquals(kr("150000.00"), e.realisedKr());
    assertEquals(new BigDecimal("1500.5"), e.expectedHours());
    assertEquals(new BigDecimal("400.25"), e.realisedHours());
    assertEquals(new BigDecimal("37.5"), e.realisedPercent());
    assertEquals(new BigDecimal("33.3"), e.benefits().get(0).realisedPercent());
    assertNull(ai().realisedPercent(), "nothing expected");
  }

  @Test
  void thePlansTotalsAgainstTheFrame() {
    DevelopmentPlan p = plan();
    assertEquals(kr("7000000.00"), p.budget());
    assertEquals(kr("0.00"), p.frameLeft());
    assertFalse(p.overFrame());
    assertEquals(new BigDecimal("100.0"), p.budgetPercentOfFrame());
    assertEquals(new BigDecimal("17.1"), p.framePercentOfRequested());
    assertEquals(kr("2500000.00"), p.budgetByFinancing().get(Financing.CENTRAL));
    assertEquals(kr("500000.00"), p.budgetByFinancing().get(Financing.ORG_BILLED));
    assertEquals(kr("4000000.00"), p.budgetByFinancing().get(Financing.EXTERNAL));
    assertEquals(kr("410000.00"), p.manual());
    assertEquals(kr("123456.78"), p.billed());
    assertEquals(kr("533456.78"), p.booked());
    assertEquals(kr("6466543.22"), p.left());
    assertEquals(new BigDecimal("7.6"), p.usedPercent());
    assertEquals(kr("400000.00"), p.expectedKr());
    assertEquals(kr("150000.00"), p.realisedKr());
    assertEquals(new BigDecimal("1500.5"), p.expectedHours());
    assertEquals(new BigDecimal("37.5"), p.realisedPercent());
  }

  @Test
  void aBudgetOverTheFrameShowsNegative() {
    DevelopmentPlan p = new DevelopmentPlan(1, 2026, kr("6999999.99"), kr("0"), "x",
        plan().initiatives());
    assertEquals(kr("-0.01"), p.frameLeft());
    assertTrue(p.overFrame());
    assertNull(p.framePercentOfRequested());
  }

  @Test
  void theFollowUpCountsEachQuartersStatuses() {
    List<DevelopmentPlan.QuarterFollowUp> q = plan().followUp();
    assertEquals(4, q.size());
    assertEquals(1, q.get(0).count(InitiativeStatus.ON_TRACK));
    assertEquals(1, q.get(0).count(InitiativeStatus.LATE));
    assertEquals(0, q.get(0).notReported());
    assertEquals(1, q.get(1).count(InitiativeStatus.AT_RISK));
    assertEquals(1, q.get(1).notReported());
    assertEquals(1, q.get(2).count(InitiativeStatus.DONE));
    assertEquals(1, q.get(2).notReported());
    assertFalse(q.get(3).reported());
    assertEquals(2, q.get(3).notReported());
    assertNull(q.get(3).rows().get(0).status());
  }

  @Test
  void aQuarterOfADate() {
    assertEquals(new Quarter(2026, 3), Quarter.of(LocalDate.of(2026, 9, 30)));
    assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 10, 1)));
    assertEquals("2026 K3", new Quarter(2026, 3).label());
  }
}
