package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.boundary.DashboardOrgTable.Cell;
import se.tjanstekatalog.dashboard.boundary.DashboardOrgTable.Row;
import se.tjanstekatalog.dashboard.boundary.DashboardOrgTable.Section;
import se.tjanstekatalog.dashboard.control.DashboardService.Dashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgInfo;
import se.tjanstekatalog.dashboard.domain.OrgMonthCost;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;

/** The organisations' table as the page writes it: the texts of every cell, per column choice. */
class DashboardOrgTableTest {
  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final OrgInfo SKOLA = new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false);
  private static final OrgInfo MILJO = new OrgInfo(2, "MF", "Miljöförvaltningen", false);
  private static final OrgInfo BOSTAD = new OrgInfo(4, "BOAB", "Bostads AB", true);

  /** Chargeback binds: the binding cost is the chargeback. */
  private static OrgMonthCost month(OrgInfo org, String chargeback, String allocation,
      Integer headcount, String turnover) {
    return new OrgMonthCost(org.id(), JAN, Amount.of(chargeback), Amount.of(allocation),
        Amount.of(chargeback), Amount.ZERO, true, false, headcount,
        turnover == null ? null : new BigDecimal(turnover));
  }

  private static Dashboard dashboard() {
    CostDashboard costs = CostDashboard.of(2027, null, List.of(), List.of(SKOLA, MILJO, BOSTAD),
        List.of(month(SKOLA, "300000.00", "330000.00", 1200, "150000000.00"),
            month(MILJO, "100000.00", "90000.00", 400, null),
            month(BOSTAD, "50000.00", "50000.00", 100, "20000000.00")));
    return new Dashboard(costs, List.of(), List.of(2027),
        Map.of(1L, List.of("Arbetsplats: internfakturering")));
  }

  /** A page's figure: the space between thousands is a no-break space. */
  private static String f(String text) {
    return text.replace(" ", "\u00a0");
  }

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }

  @Test
  void theBindingModelsColumnsByDefault() {
    DashboardOrgTable table = DashboardOrgTable.of(dashboard(), List.of("BINDING"),
        SwedishFormat.SWEDISH);
    assertEquals(7, table.columnCount());
    Section administrations = table.sections().get(0);
    assertEquals("ADMINISTRATION", administrations.kind());
    assertEquals("Förvaltningar", administrations.heading());
    Row skola = administrations.orgs().get(0);
    assertEquals("Grundskoleförvaltningen", skola.heading());
    assertEquals("GSF", skola.code());
    assertEquals(f("1 200,0"), skola.headcount());
    assertEquals("150,00", skola.turnover());
    assertEquals(List.of("Arbetsplats: internfakturering"), skola.areaLines());
    assertEquals("", skola.binding());
    assertEquals(List.of(f("300 000,00 kr"), f("250,00 kr"), f("2 000,00 kr")), texts(skola));
    Row miljo = administrations.orgs().get(1);
    assertEquals("saknas", miljo.turnover(), "no turnover given");
    assertEquals("saknas", texts(miljo).get(2), "so no cost per MSEK");
    assertEquals("Inget beräknat resultat", miljo.binding(), "no lines: no computed month");
    assertEquals("Förvaltningar totalt", administrations.total().heading());
    assertEquals(f("400 000,00 kr"), texts(administrations.total()).get(0));
    assertEquals("Bolag", table.sections().get(1).heading());
    assertEquals("BOAB", table.sections().get(1).orgs().get(0).code());
    assertNull(administrations.median().headcount(), "the median row has ratios only");
    assertEquals(List.of("", f("250,00 kr"), f("2 000,00 kr")), texts(administrations.median()));
    assertEquals(f("450 000,00 kr"), texts(table.total()).get(0));
  }

  @Test
  void eachChosenModelHasFiveCellsWithTheDeviationsAndTheSumsLeaveThoseEmpty() {
    DashboardOrgTable table = DashboardOrgTable.of(dashboard(),
        List.of("CHARGEBACK", "ALLOCATION", "BINDING"), SwedishFormat.SWEDISH);
    assertEquals(17, table.columnCount());
    Row skola = table.sections().get(0).orgs().get(0);
    assertEquals(13, skola.cells().size());
    assertEquals(f("300 000,00 kr"), skola.cells().get(0).text());
    assertEquals(f("330 000,00 kr"), skola.cells().get(5).text(), "allocation after chargeback");
    assertEquals("tk-num", skola.cells().get(2).styleClass(), "a deviation is a figure");
    Row total = table.sections().get(0).total();
    assertEquals(Cell.EMPTY, total.cells().get(2), "a sum has no deviation");
    assertNull(total.cells().get(2).styleClass());
    assertEquals(List.of(), DashboardOrgTable.of(dashboard(), List.of(), SwedishFormat.SWEDISH)
        .total().cells());
  }

  @Test
  void aDashboardsTablesAreMadeOncePerColumnChoiceAndSharedByItsViews() {
    Dashboard dashboard = dashboard();
    DashboardOrgTable first = SharedDashboardParts.orgTable(dashboard, List.of("BINDING"),
        SwedishFormat.SWEDISH);
    assertSame(first, SharedDashboardParts.orgTable(dashboard, List.of("BINDING"),
        SwedishFormat.SWEDISH));
    assertNotSame(first, SharedDashboardParts.orgTable(dashboard, List.of("CHARGEBACK"),
        SwedishFormat.SWEDISH));
    assertNotSame(first, SharedDashboardParts.orgTable(dashboard(), List.of("BINDING"),
        SwedishFormat.SWEDISH), "another dashboard, even an equal one, has its own");
    String chart = SharedDashboardParts.perEmployeeChart(dashboard, "2027");
    assertSame(chart, SharedDashboardParts.perEmployeeChart(dashboard, "2027"));
  }
}
