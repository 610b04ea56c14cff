package se.tjanstekatalog.forecast.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.forecast.domain.YearForecast.BudgetSource;
import se.tjanstekatalog.forecast.domain.YearForecast.Method;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgMonth;
import se.tjanstekatalog.shared.Amount;

class YearForecastTest {
  static final OrgInfo GSF = new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false);
  static final OrgInfo SBK = new OrgInfo(2, "SBK", "Stadsbyggnadskontoret", false);
  static final OrgInfo BOAB = new OrgInfo(3, "BOAB", "Bostads AB", true);
  static final List<OrgInfo> ORGS = List.of(GSF, SBK, BOAB);

  static Models m(String chargeback, String allocation, String binding) {
    return new Models(Amount.of(chargeback), Amount.of(allocation), Amount.of(binding));
  }

  static List<YearMonth> janTo(int last) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 1; i <= last; i++) {
      months.add(YearMonth.of(2026, i));
    }
    return months;
  }

  /**
   * January–November computed. GSF charged per unit (binding = internfakturering): 1 000,00 a
   * month, 1 200,00 from September and 1 200,01 in November; SBK pays by solidarisk fördelning
   * (binding = 600,00), its shadow 500,00 and 500,01 in November; BOAB has lines from November
   * only (300,01 per unit).
   */
  static List<OrgMonth> amounts() {
    List<OrgMonth> rows = new ArrayList<>();
    for (YearMonth p : janTo(11)) {
      int n = p.getMonthValue();
      String gsf = n < 9 ? "1000.00" : n < 11 ? "1200.00" : "1200.01";
      rows.add(new OrgMonth(1, p, m(gsf, n < 9 ? "900.00" : "950.00", gsf)));
      rows.add(new OrgMonth(2, p, m(n < 11 ? "500.00" : "500.01", "600.00", "600.00")));
    }
    rows.add(new OrgMonth(3, YearMonth.of(2026, 11), m("300.01", "0", "300.01")));
    // a month of another year and a month not computed are ignored
    rows.add(new OrgMonth(1, YearMonth.of(2025, 12), m("99.00", "99.00", "99.00")));
    rows.add(new OrgMonth(1, YearMonth.of(2026, 12), m("99.00", "99.00", "99.00")));
    return rows;
  }

  @Test
  void runRateIsTheMeanOfTheLastThreeComputedMonthsRoundedSoTheOrgsSumToTheWhole() {
    List<YearMonth> computed = new ArrayList<>(janTo(11));
    computed.add(YearMonth.of(2025, 12));
    YearForecast f = YearForecast.of(2026, computed, ORGS, amounts(), Map.of(),
        Map.of(1L, Amount.of("12000.00"), 2L, Amount.of("7500.00")));
    assertEquals(janTo(11), f.computed());
    assertEquals(List.of(YearMonth.of(2026, 12)), f.rest());
    assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
        f.runRateMonths());
    assertEquals(List.of("BOAB", "GSF", "SBK"), f.orgs().stream().map(o -> o.org().code())
        .toList());
    OrgForecast boab = f.orgs().get(0);
    OrgForecast gsf = f.orgs().get(1);
    OrgForecast sbk = f.orgs().get(2);
    // actual: the stored months
    assertEquals(m("11600.01", "10050.00", "11600.01"), gsf.actual());
    assertEquals(m("5500.01", "6600.00", "6600.00"), sbk.actual());
    assertEquals(m("300.01", "0.00", "300.01"), boab.actual());
    // chargeback: exact 1 200,00333…, 500,00333…, 100,00333… = 1 800,01; one öre over after the
    // floors, the remainders tie and BOAB's code comes first (each HALF_UP would give 1 800,00)
    assertEquals(m("1200.00", "950.00", "1200.00"), gsf.forecast());
    assertEquals(m("500.00", "600.00", "600.00"), sbk.forecast());
    assertEquals(m("100.01", "0.00", "100.01"), boab.forecast());
    assertEquals(m("1800.01", "1550.00", "1900.01"), f.forecast());
    assertEquals(m("17400.03", "16650.00", "18500.02"), f.actual());
    assertEquals(m("19200.04", "18200.00", "20400.03"), f.prognosis());
    assertTrue(f.orgs().stream().allMatch(o -> o.method() == Method.RUN_RATE));
    // against the entered budgets
    assertEquals(Amount.of("12800.01"), gsf.prognosis().binding());
    assertEquals(BudgetSource.ENTERED, gsf.budgetSource());
    assertEquals(Amount.of("800.01"), gsf.deviation());
    assertEquals(new BigDecimal("6.7"), gsf.deviationPercent());
    assertTrue(gsf.exceeds(new BigDecimal("5")));
    assertFalse(gsf.exceeds(new BigDecimal("6.7")));
    assertEquals(Amount.of("-300.00"), sbk.deviation());
    assertEquals(new BigDecimal("-4.0"), sbk.deviationPercent());
    assertFalse(sbk.exceeds(new BigDecimal("5")));
    assertNull(boab.budget());
    assertEquals(BudgetSource.NONE, boab.budgetSource());
    assertNull(boab.deviation());
    assertFalse(boab.exceeds(new BigDecimal("5")));
    // the whole, over the orgs with a budget: 12 800,01 + 7 200,00 − 19 500,00
    assertEquals(Amount.of("19500.00"), f.budget());
    assertEquals(Amount.of("500.01"), f.deviation());
    assertEquals(new BigDecimal("2.6"), f.deviationPercent());
    // months: January–November stored, December forecast
    assertEquals(12, gsf.months().size());
    assertTrue(gsf.months().get(10).computed());
    assertEquals(m("1200.01", "950.00", "1200.01"), gsf.months().get(10).amounts());
    assertFalse(gsf.months().get(11).computed());
    assertEquals(gsf.forecast(), gsf.months().get(11).amounts());
    assertEquals(Models.ZERO, boab.months().get(0).amounts());
  }

  @Test
  void aPublishedBudgetunderlagGivesItsTwelfthAndItsBindingTotalIsTheBudget() {
    // GSF and SBK are in the version; BOAB is not: run-rate and its entered budget
    YearForecast f = YearForecast.of(2026, janTo(11), ORGS, amounts(),
        Map.of(1L, m("14400.01", "11400.00", "14400.05"), 2L, m("6000.00", "7200.00",
            "7200.00")),
        Map.of(1L, Amount.of("1.00"), 3L, Amount.of("500.00")));
    OrgForecast boab = f.orgs().get(0);
    OrgForecast gsf = f.orgs().get(1);
    OrgForecast sbk = f.orgs().get(2);
    assertEquals(Method.BUDGETUNDERLAG, gsf.method());
    assertEquals(Method.RUN_RATE, boab.method());
    assertTrue(f.fromBudgetunderlag());
    // binding: 14 400,05 ÷ 12 = 1 200,0041…, 600,00, 100,0033… = 1 900,0075 → 1 900,01;
    // the öre over goes to GSF's larger remainder
    assertEquals(m("1200.00", "950.00", "1200.01"), gsf.forecast());
    assertEquals(m("500.00", "600.00", "600.00"), sbk.forecast());
    assertEquals(m("100.00", "0.00", "100.00"), boab.forecast());
    assertEquals(m("1800.00", "1550.00", "1900.01"), f.forecast());
    assertEquals(Amount.of("14400.05"), gsf.budget());
    assertEquals(BudgetSource.BUDGETUNDERLAG, gsf.budgetSource());
    assertEquals(Amount.of("-1600.03"), gsf.deviation());
    assertEquals(new BigDecimal("-11.1"), gsf.deviationPercent());
    assertEquals(Amount.of("7200.00"), sbk.budget());
    assertEquals(Amount.ZERO, sbk.deviation());
    assertEquals(Amount.of("500.00"), boab.budget());
    assertEquals(BudgetSource.ENTERED, boab.budgetSource());
    assertEquals(Amount.of("-99.99"), boab.deviation());
    assertEquals(Amount.of("22100.05"), f.budget());
  }

  @Test
  void withSeveralMonthsLeftTheForecastIsSpreadToTheOreAndAYearWithoutMonthsForecastsNothing() {
    // computed January–September: the run-rate of July–September times three months
    List<OrgMonth> rows = new ArrayList<>();
    for (YearMonth p : janTo(9)) {
      rows.add(new OrgMonth(1, p, m("100.00", "33.33", "100.00")));
    }
    rows.add(new OrgMonth(1, YearMonth.of(2026, 9), m("0.01", "0", "0.01")));
    YearForecast f = YearForecast.of(2026, janTo(9), List.of(GSF), rows, Map.of(), Map.of());
    OrgForecast gsf = f.orgs().get(0);
    // (100,00 + 100,00 + 100,01) ÷ 3 × 3 = 300,01
    assertEquals(m("300.01", "99.99", "300.01"), gsf.forecast());
    assertEquals(List.of(Amount.of("100.01"), Amount.of("100.00"), Amount.of("100.00")),
        gsf.months().subList(9, 12).stream().map(x -> x.amounts().chargeback()).toList());
    assertEquals(List.of(Amount.of("33.33"), Amount.of("33.33"), Amount.of("33.33")),
        gsf.months().subList(9, 12).stream().map(x -> x.amounts().allocation()).toList());

    YearForecast none = YearForecast.of(2027, List.of(), List.of(GSF), List.of(), Map.of(),
        Map.of(1L, Amount.of("10.00")));
    assertEquals(12, none.rest().size());
    assertEquals(Models.ZERO, none.prognosis());
    assertEquals(Amount.of("-10.00"), none.deviation());
    assertEquals(new BigDecimal("-100.0"), none.deviationPercent());
  }

  @Test
  void sharesOfAnySignRoundToTheirSumWithTiesToTheLowerCode() {
    Map<Long, BigDecimal> exact = new LinkedHashMap<>();
    exact.put(2L, new BigDecimal("-0.005"));
    exact.put(1L, new BigDecimal("-0.005"));
    Map<Long, Amount> parts = YearForecast.largestRemainder(exact, Map.of(1L, "A", 2L, "B"));
    assertEquals(Amount.of("0.00"), parts.get(1L));
    assertEquals(Amount.of("-0.01"), parts.get(2L));

    List<Models> spread = YearForecast.spread(m("100.00", "0.01", "-0.02"), 3);
    assertEquals(List.of(m("33.34", "0.01", "0.00"), m("33.33", "0.00", "-0.01"),
        m("33.33", "0.00", "-0.01")), spread);
  }
}
