package se.tjanstekatalog.consumption.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.tjanstekatalog.testsupport.Workbooks.assertNumber;
import static se.tjanstekatalog.testsupport.Workbooks.read;
import static se.tjanstekatalog.testsupport.Workbooks.texts;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.Line;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.Month;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.PoolLine;

/** Förbrukning per månad as a workbook: the page's three tables, numbers as numbers. */
class ConsumptionExcelTest {
  /** Month and status above, an empty row, then the headings. */
  private static final int HEADINGS = 3;

  static Month sample() {
    return new Month(YearMonth.of(2026, 11), "PRELIMINARY",
        List.of(new Line("GSF", "Grundskoleförvaltningen", null, null, 1240,
            new BigDecimal("1300"), new BigDecimal("8931713.70"))),
        List.of(new Line("ARB-DATOR", "Datorarbetsplats", "Bas", "unit.PER_DEVICE", 282,
            new BigDecimal("282.5"), new BigDecimal("71910.00"))),
        List.of(new PoolLine("POOL-ARB", "Arbetsplatspoolen", 1, new BigDecimal("250000.00"))),
        1241, new BigDecimal("8931713.70"));
  }

  @Test
  void threeSheetsWithTheMonthAndSwedishHeadings() throws IOException {
    try (XSSFWorkbook book = read(ConsumptionExcel.render(sample()))) {
      assertEquals(3, book.getNumberOfSheets());
      Sheet orgs = book.getSheet("Per organisation");
      assertEquals(List.of("Förbrukning per månad", "2026-11"), texts(orgs.getRow(0)));
      assertEquals(List.of("Status", "Preliminär"), texts(orgs.getRow(1)));
      assertEquals(List.of("Kod", "Namn", "Rader", "Värde enligt prislistan"),
          texts(orgs.getRow(HEADINGS)));
      Row gsf = orgs.getRow(HEADINGS + 1);
      assertEquals("GSF", gsf.getCell(0).getStringCellValue());
      assertNumber(1240, "#,##0", gsf.getCell(2));
      assertNumber(8931713.70, "#,##0.00 \"kr\"", gsf.getCell(3));
      assertEquals(HEADINGS, orgs.getPaneInformation().getHorizontalSplitTopRow() - 1,
          "headings stay in view");
    }
  }

  @Test
  void levelsAndPoolsAsOnThePage() throws IOException {
    try (XSSFWorkbook book = read(ConsumptionExcel.render(sample()))) {
      Sheet levels = book.getSheet("Per tjänstenivå");
      assertEquals(List.of("Kod", "Namn", "Nivå", "Rader", "Antal", "Enhet",
          "Värde enligt prislistan"), texts(levels.getRow(HEADINGS)));
      Row dator = levels.getRow(HEADINGS + 1);
      assertEquals("Bas", dator.getCell(2).getStringCellValue());
      assertNumber(282.5, "#,##0.00", dator.getCell(4));
      assertEquals("per enhet", dator.getCell(5).getStringCellValue());
      assertNumber(71910.00, "#,##0.00 \"kr\"", dator.getCell(6));

      Sheet pools = book.getSheet("Poolkostnader");
      assertEquals(List.of("Kod", "Namn", "Rader", "Belopp"), texts(pools.getRow(HEADINGS)));
      assertNumber(250000.00, "#,##0.00 \"kr\"", pools.getRow(HEADINGS + 1).getCell(3));
    }
  }

  @Test
  void fileNameNamesTheMonth() {
    assertEquals("forbrukning-2026-11.xlsx", ConsumptionExcel.fileName(sample()));
  }
}
