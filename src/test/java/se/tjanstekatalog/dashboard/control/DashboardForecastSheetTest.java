package se.tjanstekatalog.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgMonth;
import se.tjanstekatalog.shared.Amount;

/** The dashboard workbook's "Helårsprognos" sheet: the forecast's figures as numbers. */
class DashboardForecastSheetTest {

  @Test
  void theForecastSheetHoldsEveryOrgAndTheTotal() throws Exception {
    List<YearMonth> months = new ArrayList<>();
    List<OrgMonth> rows = new ArrayList<>();
    for (int m = 1; m <= 11; m++) {
      months.add(YearMonth.of(2027, m));
      rows.add(new OrgMonth(1, YearMonth.of(2027, m), new Models(Amount.of("100.00"),
          Amount.of("90.00"), Amount.of("100.00"))));
    }
    YearForecast forecast = YearForecast.of(2027, months,
        List.of(new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false),
            new OrgInfo(2, "MF", "Miljöförvaltningen", false)), rows, Map.of(),
        Map.of(1L, Amount.of("1000.00")));
    CostDashboard costs = CostDashboard.of(2027, null, List.of(), List.of(), List.of());
    byte[] bytes = DashboardExcel.render(new DashboardService.Dashboard(costs, List.of(),
        List.of(2027), Map.of()), forecast);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("Helårsprognos");
      Row header = sheet.getRow(DashboardExcel.HEADER_ROW);
      assertEquals("Helårsprognos, skarp", header.getCell(6).getStringCellValue());
      Row gsf = sheet.getRow(DashboardExcel.HEADER_ROW + 1);
      assertEquals("GSF", gsf.getCell(0).getStringCellValue());
      assertEquals(1100.00, gsf.getCell(2).getNumericCellValue());
      assertEquals(100.00, gsf.getCell(3).getNumericCellValue());
      assertEquals(1080.00, gsf.getCell(5).getNumericCellValue());
      assertEquals(1200.00, gsf.getCell(6).getNumericCellValue());
      assertEquals(1000.00, gsf.getCell(7).getNumericCellValue());
      assertEquals("IT-budget", gsf.getCell(8).getStringCellValue());
      assertEquals(200.00, gsf.getCell(9).getNumericCellValue());
      assertEquals(0.2, gsf.getCell(10).getNumericCellValue(), 1e-9);
      Row mf = sheet.getRow(DashboardExcel.HEADER_ROW + 2);
      assertEquals("Saknas", mf.getCell(8).getStringCellValue());
      assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, mf.getCell(7).getCellType());
      Row total = sheet.getRow(DashboardExcel.HEADER_ROW + 3);
      assertEquals("Alla totalt", total.getCell(1).getStringCellValue());
      assertEquals(1200.00, total.getCell(6).getNumericCellValue());
    }
    assertNull(new XSSFWorkbook(new ByteArrayInputStream(DashboardExcel.render(
        new DashboardService.Dashboard(costs, List.of(), List.of(2027), Map.of()))))
        .getSheet("Helårsprognos"));
  }
}
