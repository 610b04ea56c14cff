package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The comparison workbook, read back with POI as a user's program would read it. */
class ComparisonExcelTest {
  /** Rows 0–2 are the header block, row 3 is empty; written out so a layout change shows. */
  private static final int HEADER_ROW = 4;

  @Test
  void orgSheetHasSwedishHeadersAndAmountsAsKronorNumbers() throws IOException {
    try (XSSFWorkbook book = read(ComparisonReportTest.sample(null))) {
      Sheet sheet = book.getSheet("Jämförelse");
      assertEquals(List.of("Kod", "Förvaltning eller bolag", "Typ", "Skarpt", "Skugga",
          "Skillnad (kr)", "Skillnad (%)", "Internfakturering", "Solidarisk fördelning"),
          texts(sheet.getRow(HEADER_ROW)));
      assertEquals("2026-05 – 2026-07", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals("Alla tjänsteområden", sheet.getRow(1).getCell(1).getStringCellValue());

      Row gsf = sheet.getRow(HEADER_ROW + 1);
      assertEquals("GSF", gsf.getCell(0).getStringCellValue());
      assertEquals("Grundskoleförvaltningen", gsf.getCell(1).getStringCellValue());
      assertEquals("Förvaltning", gsf.getCell(2).getStringCellValue());
      Cell binding = gsf.getCell(3);
      assertEquals(CellType.NUMERIC, binding.getCellType(), "a number, not text");
      assertEquals(1300.00, binding.getNumericCellValue(), 0.001);
      assertEquals("#,##0.00 \"kr\"", binding.getCellStyle().getDataFormatString());
      assertEquals(150.00, gsf.getCell(5).getNumericCellValue(), 0.001, "difference");
      Cell percent = gsf.getCell(6);
      assertEquals(0.13, percent.getNumericCellValue(), 0.0001, "13,0 % as a fraction");
      assertTrue(percent.getCellStyle().getDataFormatString().contains("%"));
      assertEquals(1250.00, gsf.getCell(7).getNumericCellValue(), 0.001);
      assertEquals(1200.00, gsf.getCell(8).getNumericCellValue(), 0.001);
    }
  }

  @Test
  void sumRowAddsUpTheOrgs() throws IOException {
    try (XSSFWorkbook book = read(ComparisonReportTest.sample(null))) {
      Sheet sheet = book.getSheet("Jämförelse");
      Row sum = sheet.getRow(HEADER_ROW + 3);
      assertEquals("Summa", sum.getCell(0).getStringCellValue());
      for (int column : new int[] {3, 4, 5, 7, 8}) {
        double orgs = sheet.getRow(HEADER_ROW + 1).getCell(column).getNumericCellValue()
            + sheet.getRow(HEADER_ROW + 2).getCell(column).getNumericCellValue();
        assertEquals(orgs, sum.getCell(column).getNumericCellValue(), 0.001, "column " + column);
      }
      assertEquals(1400.00, sum.getCell(3).getNumericCellValue(), 0.001);
      assertEquals(sheet.getLastRowNum(), HEADER_ROW + 3, "nothing after the sum");
    }
  }

  @Test
  void monthSheetShowsTheSwitchOfTheChosenArea() throws IOException {
    try (XSSFWorkbook book = read(ComparisonReportTest.sample(ComparisonReportTest.WORKPLACE))) {
      assertEquals("Arbetsplats",
          book.getSheet("Jämförelse").getRow(1).getCell(1).getStringCellValue());
      Sheet months = book.getSheet("Per månad");
      assertEquals(List.of("Månad", "Skarp modell", "Skarpt", "Skugga", "Skillnad (kr)",
          "Internfakturering", "Solidarisk fördelning"), texts(months.getRow(HEADER_ROW)));
      Row june = months.getRow(HEADER_ROW + 2);
      Row july = months.getRow(HEADER_ROW + 3);
      assertEquals("2026-06", june.getCell(0).getStringCellValue());
      assertEquals("Internfakturering", june.getCell(1).getStringCellValue());
      assertEquals("2026-07", july.getCell(0).getStringCellValue());
      assertEquals("Solidarisk fördelning", july.getCell(1).getStringCellValue());
      assertEquals(-50.00, july.getCell(4).getNumericCellValue(), 0.001, "700 − 750");
      assertEquals("#,##0.00 \"kr\"", july.getCell(2).getCellStyle().getDataFormatString());
    }
  }

  @Test
  void fileNameSaysRangeAndArea() {
    assertEquals("jamforelse-2026-05-2026-07-arbetsplats.xlsx",
        ComparisonExcel.fileName(ComparisonReportTest.sample(ComparisonReportTest.WORKPLACE)));
    assertEquals("jamforelse-2026-05-2026-07.xlsx",
        ComparisonExcel.fileName(ComparisonReportTest.sample(null)));
  }

  private static XSSFWorkbook read(ComparisonReport report) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(ComparisonExcel.render(report)));
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
