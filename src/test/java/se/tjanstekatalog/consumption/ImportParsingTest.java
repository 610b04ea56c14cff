package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.consumption.control.ConsumptionImport;
import se.tjanstekatalog.consumption.control.Decimals;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.Periods;
import se.tjanstekatalog.shared.imports.TabularFile;

/** The generic parts of an import: numbers, periods, encodings, separators and headers. */
class ImportParsingTest {
  @TempDir Path dir;

  @Test
  void numbersWithDecimalCommaPointAndSpaces() {
    assertEquals(new BigDecimal("1234.50"), Decimals.parse("1234,50"));
    assertEquals(new BigDecimal("1234.5"), Decimals.parse("1234.5"));
    assertEquals(new BigDecimal("1234567.25"), Decimals.parse("1 234 567,25"));
    assertEquals(new BigDecimal("1234567.25"), Decimals.parse("1\u00a0234\u00a0567,25"));
    assertEquals(new BigDecimal("-3"), Decimals.parse("-3"));
    assertEquals(new BigDecimal("12"), Decimals.parse("12"));
    assertNull(Decimals.parse("12,5 h"));
    assertNull(Decimals.parse("1,234.5"));
    assertNull(Decimals.parse("abc"));
    assertNull(Decimals.parse(","));
    assertNull(Decimals.parse(""));
  }

  @Test
  void periodsAsMonthOrDate() {
    Periods periods = new Periods();
    assertEquals(YearMonth.of(2026, 3), periods.parse("2026-03"));
    assertEquals(YearMonth.of(2026, 3), periods.parse("2026-03-31"));
    assertEquals(YearMonth.of(2026, 3), periods.parse("2026-03-01T00:00:00Z"));
    assertNull(periods.parse("2026-13"));
    assertNull(periods.parse("2026-02-30"));
    assertNull(periods.parse("mars 2026"));
  }

  @Test
  void windows1252AndUtf8WithBomAreDetected() throws IOException {
    String text = "Period;Förvaltning;Antal\n2026-03;Grundskoleförvaltningen;1,5\n";
    Path cp1252 = dir.resolve("a.csv");
    Files.write(cp1252, text.getBytes(Charset.forName("windows-1252")));
    Path bom = dir.resolve("b.csv");
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Path comma = dir.resolve("c.csv");
    Files.writeString(comma, "period,org,antal\n2026-03,\"Grundskoleförvaltningen, GSF\",\"1,5\"\n");

    assertEquals("Windows-1252", TabularFile.open(cp1252).encodingLabel());
    assertEquals("UTF-8 (BOM)", TabularFile.open(bom).encodingLabel());
    assertEquals("komma", TabularFile.open(comma).delimiterLabel());
    for (Path p : List.of(cp1252, bom)) {
      List<String[]> rows = read(p);
      assertEquals("Förvaltning", rows.get(0)[1], "header, without the BOM");
      assertEquals("Grundskoleförvaltningen", rows.get(1)[1]);
      assertEquals("semikolon", TabularFile.open(p).delimiterLabel());
    }
    assertEquals("Grundskoleförvaltningen, GSF", read(comma).get(1)[1]);
    assertEquals("1,5", read(comma).get(1)[2]);
  }

  @Test
  void headersMatchByAnyAcceptedNameAndMissingOnesAreReported() {
    List<ImportProblem> problems = new ArrayList<>();
    Columns columns = Columns.resolve(new String[] {"Månad", "Förvaltning/bolag", "Tjänst",
        "Ambitionsnivå", "Kvantitet"}, ConsumptionImport.COLUMNS, problems);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("3", columns.cell(new String[] {"2026-03", "GSF", "ARB", "STD", "3"}, 4));
    assertEquals("", columns.cell(new String[] {"2026-03"}, 4), "short rows read as empty");

    Columns.resolve(new String[] {"period", "org", "tjänst", "antal"}, ConsumptionImport.COLUMNS,
        problems);
    assertEquals(1, problems.size());
    assertEquals("import.problem.columnMissing", problems.get(0).key());
    assertTrue(problems.get(0).reason().contains("\"nivå\""), problems.get(0).reason());
  }

  private static List<String[]> read(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    TabularFile.open(file).read(new TabularFile.RowHandler() {
      @Override
      public void header(String[] names) {
        rows.add(names);
      }

      @Override
      public void row(long rowNo, String[] cells) {
        rows.add(cells);
      }
    }, b -> {});
    return rows;
  }
}
