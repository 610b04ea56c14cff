package se.tjanstekatalog.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.CostDashboard.KindGroup;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthRow;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgInfo;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.shared.Amount;

class CostDashboardTest {
  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final YearMonth FEB = YearMonth.of(2027, 2);
  private static final OrgInfo SKOLA = new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false);
  private static final OrgInfo MILJO = new OrgInfo(2, "MF", "Miljöförvaltningen", false);
  private static final OrgInfo ALDRE = new OrgInfo(3, "AF", "Äldreförvaltningen", false);
  private static final OrgInfo BOSTAD = new OrgInfo(4, "BOAB", "Bostads AB", true);

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Amount a(String v) {
    return Amount.of(v);
  }

  /** Chargeback binding: binding = chargeback. */
  private static OrgMonthCost month(OrgInfo org, YearMonth period, String chargeback,
      String allocation, Integer headcount, String turnover) {
    return new OrgMonthCost(org.id(), period, a(chargeback), a(allocation), a(chargeback),
        Amount.ZERO, true, false, headcount, turnover == null ? null : d(turnover));
  }

  // ------------------------------------------------------------------ one org, one month

  @Test
  void oneMonthDividesCostByHeadcountAndByTurnoverInMsek() {
    CostTally t = CostTally.of(List.of(month(SKOLA, JAN, "300000.00", "330000.00", 1200,
        "150000000.00")));
    assertEquals(a("250.00"), t.chargebackFigure().perEmployee(), "300 000 / 1 200");
    assertEquals(a("275.00"), t.allocationFigure().perEmployee(), "330 000 / 1 200");
    assertEquals(a("2000.00"), t.chargebackFigure().perMsek(), "300 000 / 150 MSEK");
    assertEquals(a("2200.00"), t.allocationFigure().perMsek());
    assertEquals(a("300000.00"), t.bindingFigure().cost());
    assertEquals(a("250.00"), t.bindingFigure().perEmployee());
    assertEquals(d("1200.0"), t.averageHeadcount());
    assertEquals(d("150.00"), t.turnoverMsek());
    assertEquals(CostTally.Binding.CHARGEBACK, t.bindingModel());
    assertEquals(a("30000.00"), t.modelDifference(), "allocation − chargeback");
    assertEquals(d("10.0"), t.modelDifferencePercent());
  }

  @Test
  void ratiosRoundHalfUpToOre() {
    CostTally t = CostTally.of(List.of(month(SKOLA, JAN, "100.00", "0.00", 3, "3000000.00")));
    assertEquals(a("33.33"), t.chargebackFigure().perEmployee());
    CostTally up = CostTally.of(List.of(month(SKOLA, JAN, "200.00", "0.00", 3, "7000000.00")));
    assertEquals(a("66.67"), up.chargebackFigure().perEmployee());
    assertEquals(a("28.57"), up.chargebackFigure().perMsek(), "200 / 7 MSEK");
  }

  @Test
  void missingOrZeroKeyValuesGiveNoRatioAndNoDivisionByZero() {
    CostTally none = CostTally.of(List.of(month(SKOLA, JAN, "1000.00", "900.00", null, null)));
    assertNull(none.chargebackFigure().perEmployee());
    assertNull(none.chargebackFigure().perMsek());
    assertNull(none.averageHeadcount());
    assertNull(none.turnoverMsek());
    assertEquals(a("1000.00"), none.chargebackFigure().cost(), "the cost itself is shown");
    assertTrue(none.headcountMissing() && none.turnoverMissing());

    CostTally zero = CostTally.of(List.of(month(SKOLA, JAN, "1000.00", "900.00", 0, "0.00")));
    assertNull(zero.allocationFigure().perEmployee(), "0 employees is no basis either");
    assertNull(zero.allocationFigure().perMsek());
    assertTrue(zero.headcountMissing());

    assertNull(CostTally.EMPTY.bindingFigure().perEmployee());
    assertEquals(CostTally.Binding.NONE, CostTally.EMPTY.bindingModel());
    assertNull(CostTally.of(List.of(month(SKOLA, JAN, "0.00", "5.00", 1, null)))
        .modelDifferencePercent(), "no percent of a zero chargeback");
  }

  // ------------------------------------------------------------------ a year

  @Test
  void yearIsCostPerAverageEmployeeAndPerMsekOfTheSummedTurnover() {
    CostTally year = CostTally.of(List.of(
        month(SKOLA, JAN, "100000.00", "120000.00", 100, "10000000.00"),
        month(SKOLA, FEB, "110000.00", "120000.00", 110, "12000000.00")));
    // average headcount 105; 210 000 / 105 = 2 000 per employee over the two months
    assertEquals(d("105.0"), year.averageHeadcount());
    assertEquals(a("2000.00"), year.chargebackFigure().perEmployee());
    assertEquals(a("2285.71"), year.allocationFigure().perEmployee(), "240 000 / 105");
    // 210 000 / 22 MSEK
    assertEquals(d("22.00"), year.turnoverMsek());
    assertEquals(a("9545.45"), year.chargebackFigure().perMsek());
    assertFalse(year.headcountMissing());
  }

  @Test
  void aMonthWithoutHeadcountIsLeftOutOfTheYearsRatioNotCountedAsZero() {
    CostTally year = CostTally.of(List.of(
        month(SKOLA, JAN, "100000.00", "0.00", 100, "10000000.00"),
        month(SKOLA, FEB, "999999.00", "0.00", null, "10000000.00")));
    assertEquals(a("1000.00"), year.chargebackFigure().perEmployee(),
        "January only: 100 000 / 100");
    assertEquals(a("1099999.00"), year.chargebackFigure().cost(), "the cost has both months");
    assertEquals(a("54999.95"), year.chargebackFigure().perMsek(), "both months have turnover");
    assertTrue(year.headcountMissing());
    assertFalse(year.turnoverMissing());
  }

  @Test
  void allOrgsInAMonthAddTheirHeadcounts() {
    CostTally all = CostTally.of(List.of(
        month(SKOLA, JAN, "300.00", "0.00", 100, null),
        month(MILJO, JAN, "100.00", "0.00", 100, null)));
    assertEquals(a("2.00"), all.chargebackFigure().perEmployee(), "400 / 200");
    assertEquals(d("200.0"), all.averageHeadcount(), "one month: the sum of the orgs");
  }

  @Test
  void bindingFollowsTheAreasAndBecomesMixedAfterASwitch() {
    OrgMonthCost june = new OrgMonthCost(1, JAN, a("100.00"), a("90.00"), a("100.00"),
        Amount.ZERO, true, false, 10, null);
    OrgMonthCost july = new OrgMonthCost(1, FEB, a("100.00"), a("90.00"), a("60.00"),
        a("35.00"), true, true, 10, null);
    OrgMonthCost pooled = new OrgMonthCost(1, FEB, a("100.00"), a("90.00"), Amount.ZERO,
        a("90.00"), false, true, 10, null);
    assertEquals(CostTally.Binding.CHARGEBACK, CostTally.of(List.of(june)).bindingModel());
    assertEquals(CostTally.Binding.MIXED, CostTally.of(List.of(july)).bindingModel());
    assertEquals(CostTally.Binding.ALLOCATION, CostTally.of(List.of(pooled)).bindingModel());
    assertEquals(CostTally.Binding.MIXED, CostTally.of(List.of(june, pooled)).bindingModel(),
        "a year with the switch");
    assertEquals(a("95.00"), CostTally.of(List.of(july)).bindingFigure().cost());
    assertEquals(a("9.50"), CostTally.of(List.of(july)).bindingFigure().perEmployee());
  }

  // ------------------------------------------------------------------ groups

  @Test
  void orgsAreGroupedFörvaltningarFirstByNameWithMedianAverageAndDeviation() {
    List<OrgMonthCost> rows = List.of(
        month(SKOLA, JAN, "1000.00", "1500.00", 10, "1000000.00"), // 100 per employee
        month(MILJO, JAN, "2000.00", "1500.00", 10, "1000000.00"), // 200
        month(ALDRE, JAN, "6000.00", "1500.00", 10, "2000000.00"), // 600
        month(BOSTAD, JAN, "500.00", "0.00", 10, "5000000.00")); // 50
    CostDashboard d = CostDashboard.of(2027, null, List.of(),
        List.of(BOSTAD, ALDRE, MILJO, SKOLA), rows);

    assertEquals(2, d.groups().size());
    KindGroup forvaltningar = d.groups().get(0);
    assertFalse(forvaltningar.company());
    assertEquals(List.of("GSF", "MF", "AF"), forvaltningar.orgs().stream()
        .map(o -> o.org().code()).toList(), "Swedish order: G, M, Ä");
    assertTrue(d.groups().get(1).company());

    RatioStats perEmployee = forvaltningar.stats().chargebackPerEmployee();
    assertEquals(3, perEmployee.count());
    assertEquals(a("200.00"), perEmployee.median());
    assertEquals(a("300.00"), perEmployee.mean());
    OrgRow skola = d.org("GSF");
    assertEquals(d("-50.0"), skola.chargebackPerEmployeeDeviation(), "100 vs median 200");
    assertEquals(d("200.0"), d.org("AF").chargebackPerEmployeeDeviation(), "600 vs 200");
    assertEquals(d("0.0"), d.org("MF").allocationPerEmployeeDeviation(), "all pay 150");
    // per MSEK: 1 000, 2 000, 3 000 → median 2 000
    assertEquals(a("2000.00"), forvaltningar.stats().chargebackPerMsek().median());
    assertEquals(d("50.0"), d.org("AF").chargebackPerMsekDeviation());
    assertEquals(d("-50.0"), skola.bindingPerMsekDeviation());
    assertEquals(d("-50.0"), skola.bindingPerEmployeeDeviation());

    KindGroup bolag = d.groups().get(1);
    assertEquals(a("50.00"), bolag.stats().chargebackPerEmployee().median());
    assertEquals(d("0.0"), d.org("BOAB").chargebackPerEmployeeDeviation(),
        "a bolag is compared with the bolag");
    assertEquals(a("9000.00"), forvaltningar.total().chargeback());
    assertEquals(a("300.00"), forvaltningar.total().chargebackFigure().perEmployee(),
        "the group as a whole: 9 000 / 30");
    assertEquals(a("9500.00"), d.total().chargeback());
  }

  @Test
  void oneMonthOfTheYearShowsThatMonthOnlyAndTheTrendStillHasTwelve() {
    List<OrgMonthCost> rows = List.of(
        month(SKOLA, JAN, "1000.00", "1100.00", 10, null),
        month(SKOLA, FEB, "3000.00", "1100.00", 10, null),
        month(MILJO, FEB, "500.00", "400.00", 5, null),
        month(SKOLA, YearMonth.of(2026, 12), "7.00", "7.00", 1, null));
    CostDashboard feb = CostDashboard.of(2027, FEB, List.of(),
        List.of(SKOLA, MILJO), rows);
    assertEquals(a("3000.00"), feb.org("GSF").chargeback().cost());
    assertEquals(a("300.00"), feb.org("GSF").chargeback().perEmployee());
    assertEquals(a("3500.00"), feb.total().chargeback());

    CostDashboard year = CostDashboard.of(2027, null, List.of(), List.of(SKOLA, MILJO), rows);
    assertEquals(a("4000.00"), year.org("GSF").chargeback().cost(), "2026 is not in 2027");
    List<MonthRow> trend = year.trend(SKOLA.id());
    assertEquals(12, trend.size());
    assertEquals(a("1000.00"), trend.get(0).tally().chargeback());
    assertTrue(trend.get(1).computed());
    assertFalse(trend.get(2).computed(), "March has no result");
    assertNull(trend.get(2).tally().chargebackFigure().perEmployee());
    List<MonthRow> all = year.trend(null);
    assertEquals(a("3500.00"), all.get(1).tally().chargeback());
    assertEquals(a("233.33"), all.get(1).tally().chargebackFigure().perEmployee(),
        "3 500 / 15");

    CostDashboard january = CostDashboard.of(2027, JAN, List.of(), List.of(SKOLA, MILJO),
        rows);
    assertEquals(1, january.orgRows().size(), "no result for MF in January: not listed");
    assertThrows(IllegalArgumentException.class,
        () -> CostDashboard.of(2027, YearMonth.of(2026, 5), List.of(), List.of(), rows));
  }

  @Test
  void anOrgWithoutKeyValuesShowsNoRatioAndIsLeftOutOfTheMedian() {
    List<OrgMonthCost> rows = List.of(
        month(SKOLA, JAN, "1000.00", "0.00", 10, null),
        month(MILJO, JAN, "3000.00", "0.00", null, null));
    CostDashboard d = CostDashboard.of(2027, null, List.of(), List.of(SKOLA, MILJO), rows);
    assertNull(d.org("MF").chargeback().perEmployee());
    assertNull(d.org("MF").chargebackPerEmployeeDeviation());
    assertEquals(1, d.groups().get(0).stats().chargebackPerEmployee().count());
    assertEquals(a("100.00"), d.groups().get(0).stats().chargebackPerEmployee().median());
    assertEquals(RatioStats.NONE, d.groups().get(0).stats().chargebackPerMsek());
    assertNull(d.org("GSF").chargebackPerMsekDeviation());
    assertTrue(d.keyValuesMissing());
  }
}
