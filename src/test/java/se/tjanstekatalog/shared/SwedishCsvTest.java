package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's rule against formula injection in every CSV export, numbers kept numeric. */
class SwedishCsvTest {
  static final String PAYLOAD = "-2+3+cmd|' /C calc'!A0";

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1",
      "\r=1", "=HYPERLINK(\"http://x\")"})
  void textThatStartsAFormulaGetsAQuote(String value) {
    assertEquals("'" + value, SwedishCsv.text(value));
    assertEquals("'" + value, SwedishCsv.cell(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bostads AB", "2026-10", "Summa", "a=b", "1+1", "'quoted",
      " -1", "Åtagande"})
  void otherTextStaysAsItIs(String value) {
    assertEquals(value, SwedishCsv.text(value));
  }

  @Test
  void numbersStayNumbersAndAreNeverPrefixed() {
    assertEquals("-1234,50", SwedishCsv.cell(new BigDecimal("-1234.50")));
    assertEquals("1234,5", SwedishCsv.cell(new BigDecimal("1234.5")));
    assertEquals("-7", SwedishCsv.cell(-7));
    assertEquals("", SwedishCsv.cell(null));
    assertEquals("", SwedishCsv.text(null));
  }

  @Test
  void aFileHasBomHeaderAndNeutralisedTextWithNumericAmounts() throws IOException {
    byte[] file = SwedishCsv.render(new String[] {"Kund", "Belopp"}, rows -> {
      rows.row(PAYLOAD, new BigDecimal("-1234.50"));
      rows.row("=cmd", null);
    });
    String text = new String(file, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    assertEquals("Kund;Belopp\r\n'" + PAYLOAD + ";-1234,50\r\n'=cmd;\r\n", text.substring(1));
    List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').get()
        .parse(new StringReader(text.substring(1))).getRecords();
    assertEquals("'" + PAYLOAD, records.get(1).get(0));
    assertEquals(new BigDecimal("-1234.50"), new BigDecimal(records.get(1).get(1)
        .replace(',', '.')));
  }

  @Test
  void anAmountIsWrittenAsItsValueInBothDialects() {
    assertEquals("-1234,50", SwedishCsv.cell(Amount.of("-1234.5")));
    assertEquals("0,00", SwedishCsv.cell(Amount.ZERO));
    byte[] file = SwedishCsv.render(ExportFormat.ENGLISH, new String[] {"Amount"},
        rows -> rows.row(Amount.of("-1234.50")));
    assertEquals("Amount\r\n-1234.50\r\n",
        new String(file, StandardCharsets.UTF_8).substring(1));
  }
}
