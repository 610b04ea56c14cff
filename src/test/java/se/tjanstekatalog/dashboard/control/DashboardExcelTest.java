package se.tjanstekatalog.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthState;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgInfo;
import se.tjanstekatalog.dashboard.domain.OrgMonthCost;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;
import se.tjanstekatalog.shared.Amount;

class DashboardExcelTest {
  private static final YearMonth JAN = YearMonth.of(2027, 1);

  @Test
  void workbookHoldsOrgsWithRatiosGroupRowsMonthsAndServicesAsNumbers() throws Exception {
    CostDashboard costs = CostDashboard.of(2027, null,
        List.of(new MonthState(JAN, "LOCKED", false)),
        List.of(new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false),
            new OrgInfo(2, "MF", "Miljöförvaltningen", false)),
        List.of(new OrgMonthCost(1, JAN, Amount.of("1000.00"), Amount.of("1500.00"),
                Amount.of("1000.00"), Amount.ZERO, true, false, 10,
                new BigDecimal("2000000.00")),
            new OrgMonthCost(2, JAN, Amount.of("3000.00"), Amount.of("1500.00"),
                Amount.of("3000.00"), Amount.ZERO, true, false, null, null)));
    List<ServiceTrend> services = ServiceTrend.of(2027, List.of(new ServiceTrend.Volume(7,
        "ARB-PC", "Arbetsplats PC", "Arbetsplats", "PER_DEVICE", JAN, new BigDecimal("12.5"),
        Amount.of("3187.50"))));
    byte[] bytes = DashboardExcel.render(new DashboardService.Dashboard(costs, services,
        List.of(2027), Map.of(1L, List.of("Arbetsplats: Solidarisk",
            "Telefoni: Internfakturering (bolag utanför pool)"))));
    assertEquals("oversikt-2027.xlsx", DashboardExcel.fileName(costs));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet orgs = book.getSheet("Per organisation");
      assertNotNull(orgs);
      Row header = orgs.getRow(DashboardExcel.HEADER_ROW);
      assertEquals("Internfakturering: Per medarbetare", header.getCell(7).getStringCellValue());
      Row gsf = orgs.getRow(DashboardExcel.HEADER_ROW + 1);
      assertEquals("GSF", gsf.getCell(0).getStringCellValue());
      assertEquals("Arbetsplats: Solidarisk · Telefoni: Internfakturering (bolag utanför pool)",
          gsf.getCell(5).getStringCellValue(), "the org's binding per area");
      assertEquals(100.0, gsf.getCell(7).getNumericCellValue(), 0.001, "1 000 / 10");
      assertEquals(500.0, gsf.getCell(9).getNumericCellValue(), 0.001, "1 000 / 2 MSEK");
      assertEquals(150.0, gsf.getCell(12).getNumericCellValue(), 0.001);
      assertTrue(gsf.getCell(7).getCellStyle().getDataFormatString().contains("kr"));
      Row mf = orgs.getRow(DashboardExcel.HEADER_ROW + 2);
      assertEquals("MF", mf.getCell(0).getStringCellValue());
      assertEquals("Internfakturering", mf.getCell(5).getStringCellValue(),
          "no area lines: the tally's binding model");
      assertEquals(CellType.BLANK, mf.getCell(7).getCellType(), "no headcount: empty cell");
      Row total = orgs.getRow(DashboardExcel.HEADER_ROW + 3);
      assertEquals("Förvaltningar totalt", total.getCell(1).getStringCellValue());
      assertEquals(4000.0, total.getCell(6).getNumericCellValue(), 0.001);
      Row median = orgs.getRow(DashboardExcel.HEADER_ROW + 4);
      assertEquals("Median Förvaltningar", median.getCell(1).getStringCellValue());
      assertEquals(100.0, median.getCell(7).getNumericCellValue(), 0.001);

      Sheet months = book.getSheet("Per månad");
      Row jan = months.getRow(DashboardExcel.HEADER_ROW + 1);
      assertEquals("2027-01", jan.getCell(0).getStringCellValue());
      assertEquals("Låst", jan.getCell(1).getStringCellValue());
      assertEquals(4000.0, jan.getCell(5).getNumericCellValue(), 0.001);

      Sheet perService = book.getSheet("Per tjänst");
      Row pc = perService.getRow(DashboardExcel.HEADER_ROW + 1);
      assertEquals("ARB-PC", pc.getCell(0).getStringCellValue());
      assertEquals("per enhet", pc.getCell(3).getStringCellValue());
      assertEquals(12.5, pc.getCell(5).getNumericCellValue(), 0.0001);
      assertEquals(255.0, pc.getCell(7).getNumericCellValue(), 0.001);
    }
  }
}
