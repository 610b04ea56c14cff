package se.tjanstekatalog.statement.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.tjanstekatalog.accounting.control.InvoiceBasisCsv;
import se.tjanstekatalog.accounting.control.InvoiceBasisPdf;
import se.tjanstekatalog.accounting.domain.AccountingJournal;
import se.tjanstekatalog.accounting.domain.SieWriter;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * The Swedish exports say exactly what they said before their texts moved into the bundle: the
 * references in {@code exports/sv/} were written by main's code (2fb626b) from {@link
 * ExportFixtures}. CSV and SIE byte for byte; PDF and Excel as text (title, language, page text;
 * every cell with its format), since their bytes carry a creation time.
 */
class SwedishExportsUnchangedTest {
  static Stream<Statement> statements() {
    return ExportFixtures.statements().stream();
  }

  @ParameterizedTest
  @MethodSource("statements")
  void theStatementCsvIsByteForByteTheSame(Statement s) throws IOException {
    String name = "statement-" + s.orgCode() + ".csv";
    assertArrayEquals(reference(name), StatementCsv.render(s), name);
    assertArrayEquals(reference(name), StatementCsv.render(s, SwedishFormat.SWEDISH), name);
  }

  @ParameterizedTest
  @MethodSource("statements")
  void theStatementPdfHasTheSameText(Statement s) throws IOException {
    String name = "statement-" + s.orgCode() + ".pdf.txt";
    assertEquals(text(name), ExportFixtures.pdfText(
        StatementPdf.render(s, ExportFixtures.MUNICIPALITY)), name);
    assertEquals(text(name), ExportFixtures.pdfText(
        StatementPdf.render(s, ExportFixtures.MUNICIPALITY, SwedishFormat.SWEDISH)), name);
  }

  @ParameterizedTest
  @MethodSource("statements")
  void theStatementWorkbookHasTheSameCells(Statement s) throws IOException {
    String name = "statement-" + s.orgCode() + ".xlsx.txt";
    assertEquals(text(name), ExportFixtures.workbookText(
        StatementExcel.render(s, ExportFixtures.MUNICIPALITY)), name);
  }

  @Test
  void theInvoiceBasisIsTheSame() throws IOException {
    assertArrayEquals(reference("invoice-basis-BOAB.csv"),
        InvoiceBasisCsv.render(ExportFixtures.invoiceBasis()));
    assertEquals(text("invoice-basis-BOAB.pdf.txt"), ExportFixtures.pdfText(
        InvoiceBasisPdf.render(ExportFixtures.invoiceBasis())));
  }

  @Test
  void theSieFilesAreByteForByteTheSame() throws IOException {
    for (boolean perOrg : List.of(true, false)) {
      String name = "journal-" + (perOrg ? "per-org" : "per-period") + ".se";
      assertArrayEquals(reference(name), SieWriter.bytes(AccountingJournal.build(
          ExportFixtures.rules(perOrg), ExportFixtures.NOV, ExportFixtures.charges(),
          "Tjänstekatalogen", "1.0", ExportFixtures.GENERATED, "it")), name);
    }
  }

  private static byte[] reference(String name) throws IOException {
    try (InputStream in = SwedishExportsUnchangedTest.class.getResourceAsStream(
        "/se/tjanstekatalog/exports/sv/" + name)) {
      if (in == null) {
        throw new IOException("no reference " + name);
      }
      return in.readAllBytes();
    }
  }

  private static String text(String name) throws IOException {
    return new String(reference(name), StandardCharsets.UTF_8);
  }
}
