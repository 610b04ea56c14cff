package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.control.ComparisonReport.MonthRow;
import se.tjanstekatalog.costing.control.ComparisonReport.OrgRow;
import se.tjanstekatalog.costing.control.ResultQueries.Area;
import se.tjanstekatalog.costing.control.ResultQueries.MonthTotals;
import se.tjanstekatalog.costing.control.ResultQueries.OrgComparison;
import se.tjanstekatalog.costing.control.ResultQueries.Totals;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;

/** The comparison's figures: the area filter, the sum row and the months' binding models. */
class ComparisonReportTest {
  static final Area WORKPLACE = new Area(1, "ARBETSPLATS", "Arbetsplats");
  static final Area SUPPORT = new Area(5, "SUPPORT", "Support");
  static final YearMonth JUNE = YearMonth.of(2026, 6);
  static final YearMonth JULY = YearMonth.of(2026, 7);

  @Test
  void allAreasShowEachOrgsTotalsAndTheirSum() {
    ComparisonReport report = sample(null);

    assertEquals(List.of("GSF", "SF"), report.orgs().stream().map(OrgRow::code).toList(),
        "by code");
    OrgRow gsf = report.org("GSF");
    assertEquals(Amount.of("1300.00"), gsf.binding());
    assertEquals(Amount.of("1150.00"), gsf.shadow());
    assertEquals(Amount.of("150.00"), gsf.difference());
    assertEquals(new BigDecimal("13.0"), gsf.differencePercent(), "150 of 1150, one decimal");
    assertEquals(Amount.of("1400.00"), report.total().binding());
    assertEquals(Amount.of("1250.00"), report.total().shadow());
  }

  @Test
  void anAreaRestrictsEveryFigureAndAnOrgWithoutItShowsZero() {
    ComparisonReport report = sample(WORKPLACE);

    assertEquals(Amount.of("1000.00"), report.org("GSF").binding());
    assertEquals(Amount.of("900.00"), report.org("GSF").allocation());
    assertEquals(0, report.org("SF").binding().signum(), "SF has no Arbetsplats lines");
    assertNull(report.org("SF").differencePercent(), "no percentage of nothing");
    assertEquals(Amount.of("1000.00"), report.total().binding());
  }

  @Test
  void everyMonthOfTheRangeIsListedWithItsBindingModel() {
    ComparisonReport report = sample(WORKPLACE);

    assertEquals(List.of(YearMonth.of(2026, 5), JUNE, JULY),
        report.months().stream().map(MonthRow::period).toList());
    MonthRow may = report.months().get(0);
    assertEquals("–", may.bindingLabel(), "no lines in May");
    assertEquals(0, may.totals().binding().signum());
    assertEquals(FinancingModel.CHARGEBACK, report.months().get(1).binding());
    assertEquals("Internfakturering", report.months().get(1).bindingLabel());
    assertEquals("Solidarisk fördelning", report.months().get(2).bindingLabel());
  }

  @Test
  void aMonthWithAreasUnderDifferentModelsNamesTheExceptions() {
    ComparisonReport report = sample(null);

    MonthRow july = report.months().get(2);
    assertNull(july.binding());
    assertEquals("Internfakturering; Solidarisk fördelning för Arbetsplats",
        july.bindingLabel());
  }

  static ComparisonReport sample(Area area) {
    OrgComparison gsf = new OrgComparison(10, "GSF", "Grundskoleförvaltningen", false,
        totals("1300.00", "1150.00", "1250.00", "1200.00"),
        Map.of(WORKPLACE.id(), totals("1000.00", "950.00", "950.00", "900.00"),
            SUPPORT.id(), totals("300.00", "200.00", "300.00", "300.00")));
    OrgComparison sf = new OrgComparison(11, "SF", "Serviceförvaltningen", false,
        totals("100.00", "100.00", "100.00", "100.00"),
        Map.of(SUPPORT.id(), totals("100.00", "100.00", "100.00", "100.00")));
    List<MonthTotals> trend = List.of(
        new MonthTotals(JUNE, totals("700.00", "600.00", "700.00", "600.00")),
        new MonthTotals(JULY, totals("700.00", "750.00", "650.00", "800.00")));
    Map<YearMonth, Map<Long, FinancingModel>> models = Map.of(
        JUNE, Map.of(WORKPLACE.id(), FinancingModel.CHARGEBACK,
            SUPPORT.id(), FinancingModel.CHARGEBACK),
        JULY, Map.of(WORKPLACE.id(), FinancingModel.ALLOCATION,
            SUPPORT.id(), FinancingModel.CHARGEBACK));
    return ComparisonReport.of(YearMonth.of(2026, 5), JULY, area, List.of(WORKPLACE, SUPPORT),
        List.of(sf, gsf), trend, models);
  }

  static Totals totals(String binding, String shadow, String chargeback, String allocation) {
    return new Totals(Amount.of(binding), Amount.of(shadow), Amount.of(chargeback),
        Amount.of(allocation));
  }
}
