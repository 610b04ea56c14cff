package se.tjanstekatalog.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.budget.control.BudgetInputs.AreaInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.Basis;
import se.tjanstekatalog.budget.control.BudgetInputs.LevelInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.OrgInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.domain.BudgetBasisTest;
import se.tjanstekatalog.budget.domain.PlannedVolume;
import se.tjanstekatalog.shared.Amount;

/** The Excel and PDF of the budgetunderlag read back: the figures of BudgetBasisTest. */
class BudgetExportsTest {
  static final OrgInfo A = new OrgInfo(1, "A", "Förvaltning A", false);
  static final OrgInfo B = new OrgInfo(2, "B", "Förvaltning B", false);
  static final OrgInfo C = new OrgInfo(3, "C", "Bolag C", true);

  static Basis basis() {
    LevelInfo workplace = new LevelInfo(1000, 10, "ARB", "Arbetsplats", "STD", "Standard",
        "PER_USER", false);
    VolumeRow a = new VolumeRow(A, workplace, new PlannedVolume(1, 1000,
        new BigDecimal("3600"), new BigDecimal("255.00"), new BigDecimal("3720"), true),
        new BigDecimal("3600"), new BigDecimal("262.91"), Amount.of("978025.20"),
        "Fler elever", "ekonom.a");
    return new Basis(2027, YearMonth.of(2026, 1), YearMonth.of(2026, 12), 12,
        List.of(A, B, C), List.of(new AreaInfo(10, "ARBETSPLATS", "Arbetsplats"),
            new AreaInfo(20, "SUPPORT", "Support"), new AreaInfo(30, "DRIFT", "Drift")),
        List.of(a), List.of(), BudgetBasisTest.demo(), List.of());
  }

  @Test
  void theWorkbookHasASummaryAndASheetPerOrgWithTheBindingTotals() throws Exception {
    byte[] bytes = BudgetExcelExport.render(basis(), null);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals(4, book.getNumberOfSheets());
      Sheet summary = book.getSheetAt(0);
      assertEquals("Budgetunderlag 2027", summary.getRow(0).getCell(0).getStringCellValue());
      assertEquals("A Förvaltning A", summary.getRow(3).getCell(0).getStringCellValue());
      assertEquals(610412.51, summary.getRow(3).getCell(3).getNumericCellValue(), 0.001);
      assertEquals(412360.00, summary.getRow(4).getCell(3).getNumericCellValue(), 0.001);
      Sheet a = book.getSheet("A");
      assertEquals("Arbetsplats", a.getRow(3).getCell(0).getStringCellValue());
      assertEquals(600000.01, a.getRow(3).getCell(4).getNumericCellValue(), 0.001);
    }
    try (Workbook one = new XSSFWorkbook(new ByteArrayInputStream(
        BudgetExcelExport.render(basis(), B)))) {
      assertEquals(2, one.getNumberOfSheets());
    }
  }

  @Test
  void thePdfOfOneOrgShowsItsAreasAndLines() throws Exception {
    byte[] pdf = BudgetPdf.render(basis(), A);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertTrue(text.contains("Budgetunderlag 2027 – Förvaltning A"), text);
      assertTrue(text.contains("600 000,01"), text);
      assertTrue(text.contains("610 412,51"), text);
      assertTrue(text.contains("978 025,20"), text);
      assertTrue(text.contains("28 476,00"), text);
      assertTrue(text.contains("Fler elever"), text);
    }
  }
}
