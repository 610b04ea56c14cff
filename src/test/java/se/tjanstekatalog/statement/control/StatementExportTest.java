package se.tjanstekatalog.statement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

class StatementExportTest {
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final String TO_PAY = "Att betala, bindande totalt";

  static Statement statement() {
    Statement.Line mail = new Statement.Line("CHARGEBACK:1:1:1:-:CONSUMPTION", "CHARGEBACK",
        true, "KOM", "Kommunikation", "E-post", "Standard", null, null, null, null,
        "CONSUMPTION", new BigDecimal("120.0000"), new BigDecimal("45.50"),
        null, null, Amount.of("5460.00"), new BigDecimal("25.00"));
    Statement.Line pool = new Statement.Line("ALLOCATION:2:-:-:3:POOL", "ALLOCATION", true,
        "ARB", "Arbetsplats", null, null, "ARBPOOL", "Arbetsplatspoolen", "HEADCOUNT",
        Amount.of("1000000.00"), "POOL", null, null, new BigDecimal("310"),
        new BigDecimal("31000"), Amount.of("10000.00"), null);
    Statement.Line shadow = new Statement.Line("CHARGEBACK:2:4:5:-:CONSUMPTION", "CHARGEBACK",
        false, "ARB", "Arbetsplats", "Dator", "Standard", null, null, null, null,
        "CONSUMPTION", new BigDecimal("20"), new BigDecimal("600.00"), null, null,
        Amount.of("12000.00"), new BigDecimal("25.00"));
    Statement.Adjustment adj = new Statement.Adjustment(YearMonth.of(2026, 8), "Arbetsplats",
        "Arbetsplats / Arbetsplatspoolen", Amount.of("9000.00"), Amount.of("-234.56"),
        "Fel antal medarbetare i augusti");
    Effects previous = Effects.of(NOV.minusMonths(1), List.of(), List.of(mail, pool));
    return new Statement("BOAB", "Bostads AB", true, NOV, "PRELIMINARY",
        List.of(mail, pool, shadow), List.of(adj), List.of(), new BigDecimal("25.00"),
        previous, null);
  }

  @Test
  void thePdfShowsTheOrgAndTheTotalsOfThePage() throws Exception {
    Statement s = statement();
    byte[] pdf = StatementPdf.render(s, "Sjöstads kommun");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertTrue(text.contains("Bostads AB"), text);
      assertTrue(text.contains("Månadsbesked 2026-11"), text);
      assertTrue(text.contains(kr(s.bindingTotal())), kr(s.bindingTotal()) + " in " + text);
      assertTrue(text.contains("15 225,44 kr"), text);
      assertTrue(text.contains(kr(s.vat().includingVat())), text);
      assertTrue(text.contains("Justeringar av fastställda månader"), text);
      assertTrue(text.contains("Sida 1"), text);
      assertTrue(text.contains("saknas"), "no last-year month: " + text);
    }
  }

  @Test
  void theCsvAndExcelParseBackWithTheSameTotal() throws Exception {
    Statement s = statement();
    String csv = new String(StatementCsv.render(s), StandardCharsets.UTF_8);
    assertEquals('\uFEFF', csv.charAt(0));
    List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).build().parse(new StringReader(csv.substring(1)))
        .getRecords();
    BigDecimal lines = BigDecimal.ZERO;
    BigDecimal toPay = null;
    for (CSVRecord r : records) {
      String section = r.get("Avsnitt");
      if (section.equals("Bindande rad") || section.equals("Solidarisk fördelning")
          || section.equals("Justering")) {
        lines = lines.add(new BigDecimal(r.get("Belopp").replace(',', '.')));
      }
      if (r.get("Rad").equals(TO_PAY)) {
        toPay = new BigDecimal(r.get("Belopp").replace(',', '.'));
      }
      assertEquals("BOAB", r.get("Organisationskod"));
    }
    assertEquals(new BigDecimal("15225.44"), toPay);
    assertEquals(toPay, lines, "the lines add up to the total");

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        StatementExcel.render(s, "Sjöstads kommun")))) {
      Sheet sheet = wb.getSheetAt(0);
      BigDecimal excelTotal = null;
      for (Row row : sheet) {
        if (row.getCell(2) != null && TO_PAY.equals(
            row.getCell(2).getStringCellValue())) {
          excelTotal = BigDecimal.valueOf(row.getCell(9).getNumericCellValue())
              .setScale(2, java.math.RoundingMode.HALF_UP);
        }
      }
      assertEquals(toPay, excelTotal);
    }
  }

  private static String kr(Amount v) {
    return SwedishFormat.kronor(v.value()).replace('\u00a0', ' ');
  }
}
