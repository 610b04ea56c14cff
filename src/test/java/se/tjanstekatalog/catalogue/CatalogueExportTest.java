package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.CatalogueExcel;
import se.tjanstekatalog.catalogue.control.CataloguePdf;
import se.tjanstekatalog.catalogue.control.CatalogueView;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;

/**
 * Both catalogue exports, read back with an independent reader (PDFBox for the PDF, POI's
 * reader for the workbook) so the assertions see what a user's program sees.
 */
class CatalogueExportTest {
  private static final YearMonth JULY_2026 = YearMonth.of(2026, 7);
  /** Rows 0–2 are the header block, row 3 is empty; written out so a layout change shows. */
  private static final int HEADER_ROW = 4;

  // ---------------------------------------------------------------- PDF

  @Test
  void pdfNamesMunicipalityMonthAndPriceList() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)));

    assertTrue(text.contains("Tjänstekatalog"), text);
    assertTrue(text.contains("Ängsö kommun"), text);
    assertTrue(text.contains("Giltig: 2026-07"), text);
    assertTrue(text.contains("Prislista: Prislista 2026"), text);
    assertFalse(text.contains("(utkast)"), text);
  }

  @Test
  void pdfMarksADraftPriceList() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2027", true)));

    assertTrue(text.contains("Prislista: Prislista 2027 (utkast)"), text);
  }

  @Test
  void pdfSaysWhenNoPriceListCoversTheMonth() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue(null, false)));

    assertTrue(text.contains("Prislista: ingen prislista gäller för månaden"), text);
  }

  @Test
  void pdfShowsAreasServicesAndFactsWithSwedishLettersIntact() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)));

    assertTrue(text.contains("Arbetsplats"), text);
    assertTrue(text.contains("Systemförvaltning"), text);
    assertTrue(text.contains("Datorarbetsplats (DATOR)"), text);
    assertTrue(text.contains("Skolplattform för grundskolan (SKOLPL)"), text);
    assertTrue(text.contains("Lärplattform för Grundskoleförvaltningens elever och lärare"),
        text);
    assertTrue(text.contains(
        "Enhet: per användare · Finansiering: Internfakturering · Livscykel: I drift"), text);
    assertTrue(text.contains("Tjänsteägare: Arbetsplatsansvarig, arbetsplats@angso.se"), text);
  }

  @Test
  void pdfTableComparesLevelsPromiseByPromise() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Nivå Bas Standard Utökad"), String.join("\n", lines));
    assertTrue(lines.contains("Tillgänglighet 99,0 % 99,5 % 99,9 %"), String.join("\n", lines));
    // Only Utökad promises a loan computer; the other levels show a dash.
    assertTrue(lines.contains("Lånedator – – Ingår"), String.join("\n", lines));
    assertTrue(lines.contains("Självkostnad 200,00 kr 250,00 kr 1 234,50 kr"),
        String.join("\n", lines));
    assertTrue(lines.contains("Pris 204,00 kr 255,00 kr 1 259,19 kr"), String.join("\n", lines));
  }

  @Test
  void pdfShowsADashWhereALevelHasNoPrice() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Nivå Bas"), String.join("\n", lines));
    assertTrue(lines.contains("Pris –"), String.join("\n", lines));
  }

  @Test
  void pdfReplacesSymbolsHelveticaCannotShow() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Åtgärdstid 16 h 8 h <= 4 h"), String.join("\n", lines));
  }

  @Test
  void pdfNumbersEveryPageWithTheTotal() throws IOException {
    List<ServiceView> many = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      many.add(workplace("DATOR" + i, "Datorarbetsplats " + i));
    }
    byte[] pdf = CataloguePdf.render(view("Prislista 2026", false, many));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int total = document.getNumberOfPages();
      assertTrue(total > 1, "expected several pages, got " + total);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= total; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = normalise(stripper.getText(document));
        assertTrue(text.contains("Sida " + page + " av " + total), page + ": " + text);
        assertTrue(text.contains("Tjänstekatalog – Ängsö kommun – 2026-07"), page + ": " + text);
      }
    }
  }

  @Test
  void pdfOfAnEmptyCatalogueSaysSo() throws IOException {
    String text = pdfText(CataloguePdf.render(view("Prislista 2026", false, List.of())));

    assertTrue(text.contains("Inga tjänster gäller för månaden."), text);
    assertTrue(text.contains("Sida 1 av 1"), text);
  }

  // ---------------------------------------------------------------- Excel

  @Test
  void excelHeaderBlockNamesMunicipalityMonthAndPriceList() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2027", true))) {
      Sheet sheet = workbook.getSheet("Tjänstekatalog");

      assertNotNull(sheet);
      assertEquals("Kommun", string(sheet, 0, 0));
      assertEquals("Ängsö kommun", string(sheet, 0, 1));
      assertEquals("Månad", string(sheet, 1, 0));
      assertEquals("2026-07", string(sheet, 1, 1));
      assertEquals("Prislista", string(sheet, 2, 0));
      assertEquals("Prislista 2027 (utkast)", string(sheet, 2, 1));
    }
  }

  @Test
  void excelHasTheAgreedColumnsThenOnePerPromise() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      Sheet sheet = workbook.getSheet("Tjänstekatalog");

      assertEquals(List.of("Tjänsteområde", "Tjänstkod", "Tjänst", "Nivå", "Enhet",
          "Finansiering", "Livscykel", "Självkostnad (kr)", "Pris (kr)", "Tillgänglighet",
          "Supporttider", "Åtgärdstid", "Lånedator", "Säkerhetskopior"),
          rowStrings(sheet.getRow(HEADER_ROW)));
    }
  }

  @Test
  void excelHasOneRowPerServiceLevelWithNumericPrices() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      Sheet sheet = workbook.getSheet("Tjänstekatalog");
      Map<String, Integer> column = columns(sheet);
      int first = HEADER_ROW + 1;

      assertEquals(first + 4, sheet.getLastRowNum(), "5 levels in 3 services");
      Row standard = sheet.getRow(first + 1);
      assertEquals("Arbetsplats", standard.getCell(column.get("Tjänsteområde"))
          .getStringCellValue());
      assertEquals("DATOR", standard.getCell(column.get("Tjänstkod")).getStringCellValue());
      assertEquals("Datorarbetsplats", standard.getCell(column.get("Tjänst"))
          .getStringCellValue());
      assertEquals("Standard", standard.getCell(column.get("Nivå")).getStringCellValue());
      assertEquals("per användare", standard.getCell(column.get("Enhet")).getStringCellValue());

      Cell price = standard.getCell(column.get("Pris (kr)"));
      assertEquals(CellType.NUMERIC, price.getCellType());
      assertEquals(255.00, price.getNumericCellValue(), 0.0);
      assertEquals("#,##0.00 \"kr\"", price.getCellStyle().getDataFormatString());
      Cell cost = standard.getCell(column.get("Självkostnad (kr)"));
      assertEquals(CellType.NUMERIC, cost.getCellType());
      assertEquals(250.00, cost.getNumericCellValue(), 0.0);

      assertEquals(1259.19, sheet.getRow(first + 2).getCell(column.get("Pris (kr)"))
          .getNumericCellValue(), 0.0);
    }
  }

  @Test
  void excelPutsPromisesInTheirColumnAndLeavesMissingOnesEmpty() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      Sheet sheet = workbook.getSheet("Tjänstekatalog");
      Map<String, Integer> column = columns(sheet);
      int first = HEADER_ROW + 1;

      assertEquals("99,5 %", sheet.getRow(first + 1).getCell(column.get("Tillgänglighet"))
          .getStringCellValue());
      assertEquals("Ingår", sheet.getRow(first + 2).getCell(column.get("Lånedator"))
          .getStringCellValue());
      assertEquals("", string(sheet, first, column.get("Lånedator")));
    }
  }

  @Test
  void excelLeavesPriceCellsEmptyWithoutAPrice() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      Sheet sheet = workbook.getSheet("Tjänstekatalog");
      Map<String, Integer> column = columns(sheet);
      Row school = sheet.getRow(sheet.getLastRowNum());

      assertEquals("Skolplattform för grundskolan", school.getCell(column.get("Tjänst"))
          .getStringCellValue());
      assertEquals(CellType.BLANK, school.getCell(column.get("Pris (kr)")).getCellType());
      assertEquals(CellType.BLANK, school.getCell(column.get("Självkostnad (kr)"))
          .getCellType());
    }
  }

  @Test
  void excelHeaderIsBoldFrozenAndFiltered() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      XSSFSheet sheet = (XSSFSheet) workbook.getSheet("Tjänstekatalog");
      int header = HEADER_ROW;

      Cell area = sheet.getRow(header).getCell(0);
      assertTrue(workbook.getFontAt(area.getCellStyle().getFontIndex()).getBold());
      PaneInformation pane = sheet.getPaneInformation();
      assertNotNull(pane);
      assertTrue(pane.isFreezePane());
      assertEquals(header + 1, pane.getHorizontalSplitPosition());
      assertEquals("A5:N10", sheet.getCTWorksheet().getAutoFilter().getRef());
      assertTrue(sheet.getColumnWidth(column(sheet, "Tjänst")) >= "Skolplattform för grundskolan"
          .length() * 256, "service column fits the longest name");
    }
  }

  @Test
  void excelListsEveryPromiseOnTheCommitmentSheet() throws IOException {
    try (Workbook workbook = workbook(catalogue("Prislista 2026", false))) {
      Sheet sheet = workbook.getSheet("Åtaganden");

      assertNotNull(sheet);
      assertEquals(List.of("Tjänstkod", "Tjänst", "Nivå", "Åtagande", "Värde"),
          rowStrings(sheet.getRow(0)));
      assertEquals(12, sheet.getLastRowNum(), "10 promises of DATOR, 1 of MOBIL, 1 of SKOLPL");
      assertEquals(List.of("DATOR", "Datorarbetsplats", "Utökad", "Lånedator", "Ingår"),
          rowStrings(sheet.getRow(10)));
    }
  }

  // ---------------------------------------------------------------- test data

  private static CatalogueView catalogue(String priceList, boolean draft) {
    return view(priceList, draft, List.of(
        workplace("DATOR", "Datorarbetsplats"),
        new ServiceView("MOBIL", "Mobiltelefoni", "ARB", "Arbetsplats",
            "Mobiltelefon med abonnemang.", "Arbetsplatsansvarig", null, "ACTIVE", "I drift",
            "CHARGEBACK", "Internfakturering", "PER_DEVICE", "per enhet", new BigDecimal("25"),
            List.of(new LevelView("STD", "Standard", "Smartphone och abonnemang.",
                List.of(new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 08–17")),
                Amount.of("150.00"), Amount.of("153.00")))),
        new ServiceView("SKOLPL", "Skolplattform för grundskolan", "SYS", "Systemförvaltning",
            "Lärplattform för Grundskoleförvaltningens elever och lärare.", "Systemägare",
            "skola@angso.se", "PLANNED", "Planerad", "POOLED", "Solidarisk fördelning",
            "PER_USER", "per användare", new BigDecimal("25"),
            List.of(new LevelView("BAS", "Bas", "Drift och förvaltning.",
                List.of(new CommitmentView("BACKUP_RETENTION", "Säkerhetskopior", "30 dagar")),
                null, null)))));
  }

  private static ServiceView workplace(String code, String name) {
    return new ServiceView(code, name, "ARB", "Arbetsplats",
        "Dator med standardprogram, inloggning och support.", "Arbetsplatsansvarig",
        "arbetsplats@angso.se", "ACTIVE", "I drift", "CHARGEBACK", "Internfakturering",
        "PER_USER", "per användare", new BigDecimal("25"), List.of(
            new LevelView("BAS", "Bas", "Bärbar dator", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,0 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 08–17"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "16 h")),
                Amount.of("200.00"), Amount.of("204.00")),
            new LevelView("STD", "Standard", "Bärbar dator och docka", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,5 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 07–18"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "8 h")),
                Amount.of("250.00"), Amount.of("255.00")),
            new LevelView("UTK", "Utökad", "Dator, docka och två skärmar", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,9 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Alla dagar 06–22"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "≤ 4 h"),
                new CommitmentView("FREE_TEXT:Lånedator", "Lånedator", "Ingår")),
                Amount.of("1234.50"), Amount.of("1259.19"))));
  }

  private static CatalogueView view(String priceList, boolean draft,
      List<ServiceView> services) {
    return new CatalogueView("Ängsö kommun", JULY_2026, priceList, draft, services);
  }

  // ---------------------------------------------------------------- readers

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    }
  }

  /**
   * Amounts use a no-break space between digits and "kr"; compare with a plain space. Runs of
   * spaces between table cells become one.
   */
  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\\r?\\n ?", "\n");
  }

  private static Workbook workbook(CatalogueView view) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(CatalogueExcel.render(view)));
  }

  private static String string(Sheet sheet, int row, int column) {
    Cell cell = sheet.getRow(row).getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }

  private static List<String> rowStrings(Row row) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      values.add(cell == null ? "" : cell.getStringCellValue());
    }
    return values;
  }

  private static Map<String, Integer> columns(Sheet sheet) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> headers = rowStrings(sheet.getRow(HEADER_ROW));
    for (int i = 0; i < headers.size(); i++) {
      columns.put(headers.get(i), i);
    }
    return columns;
  }

  private static int column(Sheet sheet, String header) {
    return columns(sheet).get(header);
  }
}
