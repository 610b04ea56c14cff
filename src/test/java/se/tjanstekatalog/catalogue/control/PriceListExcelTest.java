package se.tjanstekatalog.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.tjanstekatalog.testsupport.Workbooks.assertNumber;
import static se.tjanstekatalog.testsupport.Workbooks.read;
import static se.tjanstekatalog.testsupport.Workbooks.rows;
import static se.tjanstekatalog.testsupport.Workbooks.texts;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.PriceListExcel.Header;
import se.tjanstekatalog.catalogue.control.PriceListExcel.Line;
import se.tjanstekatalog.shared.Amount;

/** A price list as a workbook: what it is above, cost and charged price per level. */
class PriceListExcelTest {
  /** Name, validity, markup and status above, an empty row, then the headings. */
  private static final int HEADINGS = 5;

  @Test
  void linesWithCostAndChargedPriceAsKronor() throws IOException {
    byte[] xlsx = PriceListExcel.render(
        new Header("Prislista 2026", YearMonth.of(2026, 1), YearMonth.of(2026, 12),
            new BigDecimal("4.00"), "priceList.status.PUBLISHED"),
        List.of(new Line("ARB-DATOR", "Datorarbetsplats", "Bas", YearMonth.of(2026, 1),
                "unit.PER_DEVICE", Amount.of("245.19"), Amount.of("255.00")),
            new Line("ARB-DATOR", "Datorarbetsplats", "Utökad", YearMonth.of(2026, 7),
                "unit.PER_DEVICE", Amount.of("300.00"), Amount.of("312.00"))));
    try (XSSFWorkbook book = read(xlsx)) {
      Sheet sheet = book.getSheet("Prislista");
      assertEquals(List.of(List.of("Namn", "Prislista 2026"),
          List.of("Giltighet", "2026-01 – 2026-12"), List.of("Påslag (%)", "4"),
          List.of("Status", "Publicerad")), rows(sheet, 0, 3));
      assertEquals(List.of("Kod", "Tjänst", "Nivå", "Gäller från", "Enhet", "Självkostnad",
          "Pris"), texts(sheet.getRow(HEADINGS)));
      Row bas = sheet.getRow(HEADINGS + 1);
      assertEquals(List.of("ARB-DATOR", "Datorarbetsplats", "Bas", "2026-01", "per enhet",
          "245.19", "255.0"), texts(bas));
      for (int column : new int[] {5, 6}) {
        assertNumber(bas.getCell(column).getNumericCellValue(), "#,##0.00 \"kr\"",
            bas.getCell(column));
      }
      assertEquals("2026-07", sheet.getRow(HEADINGS + 2).getCell(3).getStringCellValue());
      assertEquals(HEADINGS + 2, sheet.getLastRowNum());
    }
  }
}
