package se.tjanstekatalog.shared.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader's limits and its reports of broken quotes, with row and column; the same
 * rows as Commons CSV alone for every file within the limits; an .xlsx zip bomb told in
 * Swedish.
 */
class ParserLimitsTest {
  static final String HEADER = "period;förvaltning;tjänst;nivå;antal;referens\n";
  @TempDir Path dir;

  @Test
  void anUnterminatedQuoteAtTheEndNamesItsRowAndColumn() throws IOException {
    UnreadableFile e = assertThrows(UnreadableFile.class,
        () -> read(HEADER + "2026-03;GSF;ARB-DATOR;STD;1;\n2026-03;GSF;ARB-DATOR;STD;\"abc"));
    ImportProblem p = e.problem();
    assertEquals("import.problem.unclosedQuote", p.key());
    assertEquals(3, p.row());
    assertEquals("antal", p.column());
    assertEquals("abc", p.value());
    assertTrue(p.describe().startsWith("Rad 3, kolumn \"antal\""), p.describe());
    assertFalse(p.describe().contains("Exception"), p.describe());
  }

  @Test
  void aLongUnterminatedQuoteStopsAtTheFieldLimitWithoutReadingTheRest() throws IOException {
    Path file = dir.resolve("long.csv");
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write(HEADER + "2026-03;GSF;ARB-DATOR;STD;1;\"");
      char[] line = ("x".repeat(99) + "\n").toCharArray();
      for (int i = 0; i < 200_000; i++) { // 20 MB inside one quote, lines and all
        w.write(line);
      }
    }
    CountingHandler rows = new CountingHandler();
    UnreadableFile e = assertThrows(UnreadableFile.class,
        () -> TabularFile.open(file).read(rows, n -> { }));
    assertEquals("import.problem.fieldTooLong", e.problem().key());
    assertEquals(2, e.problem().row());
    assertEquals("referens", e.problem().column());
    assertEquals(List.of(CheckedCsvReader.MAX_FIELD), Arrays.asList(e.problem().args()));
    assertTrue(e.problem().value().startsWith("xxx") && e.problem().value().endsWith("…"));
    assertEquals(0, rows.rows, "the broken row never reached the importer");
  }

  @Test
  void aRowOfManyShortFieldsStopsAtTheRowLimit() {
    CheckedCsvReader.Stop stop = assertThrows(CheckedCsvReader.Stop.class,
        () -> drain(new CheckedCsvReader(new StringReader("a;b\n" + "1;".repeat(600)), ';',
            100, 1000)));
    assertEquals("import.problem.rowTooLong", stop.key);
    assertEquals(2, stop.row);
    assertEquals("501", stop.column, "beyond the header's columns: the number");
  }

  @Test
  void textAfterAClosingQuoteIsRefusedWithItsColumn() {
    UnreadableFile e = assertThrows(UnreadableFile.class,
        () -> read(HEADER + "2026-03;\"GSF\"x;ARB-DATOR;STD;1;\n"));
    assertEquals("import.problem.afterQuote", e.problem().key());
    assertEquals(2, e.problem().row());
    assertEquals("förvaltning", e.problem().column());
  }

  @Test
  void quotesAcrossLinesKeepTheirRowAsTheImporterNumbersIt() throws IOException {
    UnreadableFile e = assertThrows(UnreadableFile.class, () -> read(HEADER
        + "2026-03;GSF;ARB;STD;1;\"rad ett\r\nrad två\"\r\n2026-03;GSF;ARB;STD;1;\"x\" y\r\n"));
    assertEquals(3, e.problem().row(), "the second data row, though the fourth line");
    assertEquals("referens", e.problem().column());
  }

  @Test
  void aFileWithinTheLimitsReadsAsCommonsCsvAloneReadsIt() throws IOException {
    String text = HEADER
        + "  \"2026-03\" ;\"Grundskole\"\"förvaltningen\";ARB;STD;1,5;tum 5\"\r\n"
        + "\r\n"
        + "2026-03;\"two\nlines\";ARB;;\"\";\n"
        + ";;;;;\r"
        + "2026-04;SBK;ARB;STD;2;\"  \"";
    assertEquals(plain(text, ';'), checked(text, ';', 64, 512));
  }

  /**
   * Random files of quotes, separators, spaces and line ends: the checked reader accepts what
   * Commons CSV accepts, with the same records, and refuses what it refuses.
   */
  @Test
  void theReaderFollowsCommonsCsvOnRandomFiles() {
    Random random = new Random(14);
    char[] alphabet = {'a', 'b', ' ', '\t', ';', ',', '"', '"', '\r', '\n'};
    int refused = 0;
    for (int i = 0; i < 20_000; i++) {
      char delimiter = random.nextBoolean() ? ';' : ',';
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      List<List<String>> expected;
      try {
        expected = plain(text, delimiter);
      } catch (IOException | UncheckedIOException e) {
        expected = null;
      }
      List<List<String>> actual;
      try {
        actual = checked(text, delimiter, 1000, 1000);
      } catch (IOException | UncheckedIOException e) {
        actual = null;
      }
      assertEquals(expected, actual, () -> "file: " + text.replace("\r", "\\r")
          .replace("\n", "\\n") + " with " + delimiter);
      refused += expected == null ? 1 : 0;
    }
    assertTrue(refused > 1000, "the random files include broken ones: " + refused);
  }

  @Test
  void anXlsxZipBombIsToldInSwedishWithoutPoisWords() throws IOException {
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("period");
      wb.write(book);
    }
    Path file = dir.resolve("bomb.xlsx");
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(
        book.toByteArray()));
        OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          content = (xml.substring(0, end) + " ".repeat(20_000_000) + xml.substring(end))
              .getBytes(StandardCharsets.UTF_8);
        }
        zip.write(content);
        zip.closeEntry();
      }
    }
    assertTrue(Files.size(file) < 200_000, "20 MB packed small: " + Files.size(file));
    UnreadableFile e = assertThrows(UnreadableFile.class,
        () -> TabularFile.open(file).read(new CountingHandler(), n -> { }));
    assertEquals("import.problem.xlsx", e.problem().key());
    String told = e.problem().describe();
    assertTrue(told.startsWith("Filen: Filen kan inte läsas som Excel-arbetsbok"), told);
    assertFalse(told.toLowerCase().contains("zip bomb") || told.contains("INFLATE"), told);
  }

  private List<String[]> read(String text) throws IOException {
    Path file = dir.resolve("f" + System.nanoTime() + ".csv");
    Files.writeString(file, text);
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
    }, n -> { });
    return rows;
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(false).setTrim(true).get();
  }

  private static List<List<String>> plain(String text, char delimiter) throws IOException {
    return records(new StringReader(text), delimiter);
  }

  private static List<List<String>> checked(String text, char delimiter, int field, int row)
      throws IOException {
    return records(new CheckedCsvReader(new StringReader(text), delimiter, field, row),
        delimiter);
  }

  private static List<List<String>> records(Reader reader, char delimiter) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter))
        .get()) {
      for (CSVRecord r : parser) {
        records.add(r.toList());
      }
    }
    return records;
  }

  private static void drain(Reader reader) throws IOException {
    char[] buffer = new char[64];
    while (reader.read(buffer) >= 0) {
      // read to the end
    }
  }

  private static final class CountingHandler implements TabularFile.RowHandler {
    long rows;

    @Override
    public void header(String[] names) {}

    @Override
    public void row(long rowNo, String[] cells) {
      rows++;
    }
  }
}
