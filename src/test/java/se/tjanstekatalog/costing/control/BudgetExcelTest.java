package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.domain.BudgetTransfer;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Basis;
import se.tjanstekatalog.costing.domain.BudgetTransfer.MonthState;
import se.tjanstekatalog.costing.domain.BudgetTransfer.OrgSums;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Proposal;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Reference;
import se.tjanstekatalog.shared.Amount;

class BudgetExcelTest {

  @Test
  void theWorkbookHoldsTheProposalAsNumbersInKronorWithSwedishHeaders() throws IOException {
    List<MonthState> months = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      months.add(new MonthState(YearMonth.of(2026, m), false, false));
    }
    Proposal p = BudgetTransfer.propose(List.of(
        new OrgSums(1, "GSF", "Grundskoleförvaltningen", false, kr("600000.50"), kr("0"),
            kr("540000.00")),
        new OrgSums(2, "SLK", "Stadsledningskontoret", false, kr("300000.00"), kr("0"),
            kr("360000.50")),
        new OrgSums(9, "BOAB", "Bostads AB", true, kr("1000.00"), kr("1000.00"), kr("0"))),
        months, kr("900000.50"), kr("901000.50"), BigDecimal.ONE);
    byte[] bytes = BudgetExcel.render("Arbetsplats", YearMonth.of(2026, 7),
        new Reference(YearMonth.of(2026, 1), YearMonth.of(2026, 6), Basis.COMPUTED), p);

    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheet("Budgetväxling");
      assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("Arbetsplats"));
      assertTrue(text(sheet).contains("Ja: summa ÷ 6 × 12"), "says it is annualised");
      Row header = find(sheet, "Kod");
      assertEquals("Budget att växla till IT, per år", header.getCell(4).getStringCellValue());
      Row gsf = find(sheet, "GSF");
      assertEquals("Grundskoleförvaltningen", gsf.getCell(1).getStringCellValue());
      Cell budget = gsf.getCell(4);
      assertEquals(CellType.NUMERIC, budget.getCellType());
      assertEquals(1200001.00, budget.getNumericCellValue(), 0.001);
      assertEquals(BudgetExcel.KRONOR_FORMAT, budget.getCellStyle().getDataFormatString());
      assertEquals(-120001.00, gsf.getCell(6).getNumericCellValue(), 0.001);
      assertEquals(-0.1, gsf.getCell(7).getNumericCellValue(), 0.0001, "−10,0 % as a fraction");
      assertEquals("Minskar", gsf.getCell(8).getStringCellValue());
      Row total = find(sheet, "");
      assertEquals("Summa förvaltningar", total.getCell(1).getStringCellValue());
      assertEquals(1800001.00, total.getCell(4).getNumericCellValue(), 0.001);
      assertEquals(0.00, total.getCell(6).getNumericCellValue(), 0.001);
      Row bolag = find(sheet, "BOAB");
      assertEquals(0.0, bolag.getCell(4).getNumericCellValue(), 0.001, "bolag move no budget");
      assertTrue(text(sheet).contains("Avstämning mot poolerna"));
    }
  }

  private static Row find(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING
          && c.getStringCellValue().equals(firstCell) && row.getCell(4) != null) {
        return row;
      }
    }
    throw new AssertionError("no row " + firstCell);
  }

  private static String text(Sheet sheet) {
    StringBuilder s = new StringBuilder();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING) {
          s.append(c.getStringCellValue()).append('\n');
        }
      }
    }
    return s.toString();
  }

  private static Amount kr(String s) {
    return Amount.of(s);
  }
}
