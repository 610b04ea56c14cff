package se.tjanstekatalog.statement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.tjanstekatalog.accounting.control.InvoiceBasisCsv;
import se.tjanstekatalog.accounting.control.InvoiceBasisPdf;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * An English export is the Swedish one in other words: English headings and labels, English
 * number formats, and the same figures in the same places.
 */
class EnglishExportsTest {
  private static final Pattern SWEDISH_NUMBER =
      Pattern.compile("-?\\d{1,3}(?:\u00a0\\d{3})*(?:,\\d+)?");
  private static final Pattern ENGLISH_NUMBER =
      Pattern.compile("-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?");
  private static final List<String> SWEDISH_WORDS = List.of("Månadsbesked", "Bindande",
      "Summering", "Förändring", "Solidarisk", "Justering", "Rättelse", "Sida", "saknas", "Moms",
      "moms", "Belopp", " kr", "bolag", "Preliminär", "Låst", "Granskad",
      "Fakturaunderlag", "Kund", "Säljare", "Summa", "Antal medarbetare");

  static Stream<Statement> statements() {
    return ExportFixtures.statements().stream();
  }

  @ParameterizedTest
  @MethodSource("statements")
  void thePdfHasEnglishHeadingsAndTheSameFigures(Statement s) throws IOException {
    String sv = ExportFixtures.pdfText(StatementPdf.render(s, ExportFixtures.MUNICIPALITY));
    String en = ExportFixtures.pdfText(StatementPdf.render(s, ExportFixtures.MUNICIPALITY,
        ExportFormat.ENGLISH));
    assertTrue(en.contains("title: Monthly statement " + s.orgName() + " 2026-11"), en);
    assertTrue(en.contains("lang: en-GB"), en);
    for (String heading : List.of("Monthly statement 2026-11", "Binding lines per service area",
        "Totals", "Binding lines ", "Shadow model total", "Difference binding – shadow",
        "Change of the binding lines", "Compared with Then Now Change Price Volume Allocation",
        "Prior month (2026-10)", "Same month last year", "Amounts in SEK.", "· Page 1")) {
      assertTrue(en.contains(heading), heading + " in " + en);
    }
    assertTrue(en.contains(s.company() ? ", company" : ", administration"), en);
    noSwedish(en);
    assertEquals(numbers(sv, SWEDISH_NUMBER, ','), numbers(en, ENGLISH_NUMBER, '.'),
        "the same figures in the same order:\n" + sv + "\n" + en);
  }

  @Test
  void theBolagPdfShowsVatPoolsAdjustmentsAndLaterCorrectionsInEnglish() throws IOException {
    String en = ExportFixtures.pdfText(StatementPdf.render(ExportFixtures.company(),
        ExportFixtures.MUNICIPALITY, ExportFormat.ENGLISH));
    for (String text : List.of("To pay, binding total excluding VAT 4,336,213.06",
        "Amount excluding VAT 4,336,213.06", "VAT 263,065.62",
        "Amount including VAT 4,599,278.68", "Pooled allocation (share of pools)",
        "Headcount 310 31,000 1% 10,000.00", "Adjustments of locked months",
        "Total adjustments -234.56", "Corrections made later",
        "missing (the month is not computed)", "Difference in percent of the shadow 36,037.1%",
        "Mobiltelefoni 3.5 1,234,567.89 4,320,987.62")) {
      assertTrue(en.contains(text), text + " in " + en);
    }
  }

  @ParameterizedTest
  @MethodSource("statements")
  void theCsvHasEnglishColumnsCommasAndTheSameAmounts(Statement s) throws IOException {
    List<CSVRecord> sv = csv(StatementCsv.render(s), ';');
    List<CSVRecord> en = csv(StatementCsv.render(s, ExportFormat.ENGLISH), ',');
    assertEquals(sv.size(), en.size());
    assertEquals(List.of("Organisation code", "Organisation", "Period", "Status", "Section",
        "Service area", "Line", "Quantity", "Unit price", "Allocation key", "Key value",
        "Key total", "Share %", "Amount", "Month", "Reason"), en.get(0).getParser()
        .getHeaderNames());
    for (int i = 0; i < sv.size(); i++) {
      for (String[] column : new String[][] {{"Belopp", "Amount"}, {"Antal", "Quantity"},
          {"À-pris", "Unit price"}, {"Andel %", "Share %"}, {"Nyckelvärde", "Key value"}}) {
        assertEquals(sv.get(i).get(column[0]).replace(',', '.'), en.get(i).get(column[1]),
            column[1] + " of row " + i);
      }
      assertEquals(sv.get(i).get("Månad"), en.get(i).get("Month"));
      assertEquals(s.orgCode(), en.get(i).get("Organisation code"));
      noSwedish(en.get(i).get("Section") + " " + en.get(i).get("Line"));
    }
    assertTrue(en.stream().anyMatch(r -> r.get("Line").equals("To pay, binding total")
        && new BigDecimal(r.get("Amount")).compareTo(s.bindingTotal().value()) == 0));
  }

  @ParameterizedTest
  @MethodSource("statements")
  void theWorkbookHasEnglishTextsAndTheSameNumbers(Statement s) throws IOException {
    try (XSSFWorkbook sv = workbook(StatementExcel.render(s, ExportFixtures.MUNICIPALITY));
        XSSFWorkbook en = workbook(StatementExcel.render(s, ExportFixtures.MUNICIPALITY,
            ExportFormat.ENGLISH))) {
      Sheet svSheet = sv.getSheetAt(0);
      Sheet enSheet = en.getSheetAt(0);
      assertEquals("Monthly statement 2026-11", enSheet.getSheetName());
      assertEquals(svSheet.getLastRowNum(), enSheet.getLastRowNum());
      int numbers = 0;
      for (Row row : svSheet) {
        for (Cell cell : row) {
          Cell other = enSheet.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
          assertEquals(cell.getCellType(), other.getCellType(), cell.getAddress().toString());
          if (cell.getCellType() == CellType.NUMERIC) {
            assertEquals(cell.getNumericCellValue(), other.getNumericCellValue(),
                cell.getAddress().toString());
            numbers++;
          } else {
            noSwedish(other.getStringCellValue());
          }
        }
      }
      assertTrue(numbers > 5, "numbers compared: " + numbers);
      for (Row row : enSheet) {
        Cell amount = row.getCell(9);
        if (amount != null && amount.getCellType() == CellType.NUMERIC) {
          assertEquals("\"SEK \"#,##0.00", amount.getCellStyle().getDataFormatString());
        }
      }
    }
  }

  @Test
  void theInvoiceBasisHasEnglishTextsAndTheSameAmounts() throws IOException {
    String sv = ExportFixtures.pdfText(InvoiceBasisPdf.render(ExportFixtures.invoiceBasis()));
    String en = ExportFixtures.pdfText(InvoiceBasisPdf.render(ExportFixtures.invoiceBasis(),
        ExportFormat.ENGLISH)).replace('\u00a0', ' ');
    for (String text : List.of("title: Invoice basis Bostads AB 2026-11", "lang: en-GB",
        "Customer: Bostads AB (BOAB)", "Counterpart: 5", "Seller: Sjöstads kommun, IT organisation.",
        "Line Quantity Unit price Amount excluding VAT VAT % VAT Amount including VAT",
        "Total 1,239,793.33 309,992.90 1,549,786.23",
        "To invoice including VAT: SEK 1,549,786.23")) {
      assertTrue(en.contains(text), text + " in " + en);
    }
    assertEquals(numbers(sv, SWEDISH_NUMBER, ','), numbers(en, ENGLISH_NUMBER, '.'));

    List<CSVRecord> svCsv = csv(InvoiceBasisCsv.render(ExportFixtures.invoiceBasis()), ';');
    List<CSVRecord> enCsv = csv(InvoiceBasisCsv.render(ExportFixtures.invoiceBasis(),
        ExportFormat.ENGLISH), ',');
    assertEquals(List.of("Customer code", "Customer", "Counterpart", "Month", "Line", "Quantity", "Unit price",
        "Amount excluding VAT", "VAT rate %", "VAT", "Amount including VAT"),
        enCsv.get(0).getParser().getHeaderNames());
    assertEquals(svCsv.size(), enCsv.size());
    for (int i = 0; i < svCsv.size(); i++) {
      for (int c = 5; c < 11; c++) {
        assertEquals(svCsv.get(i).get(c).replace(',', '.'), enCsv.get(i).get(c));
      }
    }
    assertEquals("Total", enCsv.get(enCsv.size() - 1).get("Line"));
  }

  /**
   * Every figure of a text in order (months and page numbers too), as numbers. Swedish groups
   * digits with a no-break space, so a plain space between two cells never joins their figures.
   */
  private static List<BigDecimal> numbers(String text, Pattern pattern, char decimal) {
    String body = text.substring(text.indexOf("\npages: "));
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = pattern.matcher(body);
    while (m.find()) {
      String n = m.group().replace("\u00a0", "");
      n = decimal == ',' ? n.replace(',', '.') : n.replace(",", "");
      out.add(new BigDecimal(n));
    }
    return out;
  }

  private static void noSwedish(String text) {
    for (String word : SWEDISH_WORDS) {
      assertFalse(text.contains(word), "'" + word + "' in " + text);
    }
  }

  private static List<CSVRecord> csv(byte[] file, char delimiter) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    assertTrue(text.endsWith("\r\n"));
    return CSVFormat.Builder.create().setDelimiter(delimiter).setHeader()
        .setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1)))
        .getRecords();
  }

  private static XSSFWorkbook workbook(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}
