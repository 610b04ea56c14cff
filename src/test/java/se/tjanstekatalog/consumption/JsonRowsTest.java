package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.consumption.control.JsonRows;
import se.tjanstekatalog.shared.imports.TabularFile;

class JsonRowsTest {
  @TempDir Path dir;

  /** What the importer would be handed. */
  private record Read(String[] header, List<Long> rowNos, List<String[]> cells) {}

  private Read read(String json) throws IOException {
    Path file = dir.resolve("body.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    List<String[]> header = new ArrayList<>();
    List<Long> rowNos = new ArrayList<>();
    List<String[]> cells = new ArrayList<>();
    JsonRows.open(file).read(new TabularFile.RowHandler() {
      @Override
      public void header(String[] names) {
        header.add(names);
      }

      @Override
      public void row(long rowNo, String[] row) {
        rowNos.add(rowNo);
        cells.add(row);
      }
    }, n -> {});
    assertEquals(1, header.size(), "one header");
    return new Read(header.get(0), rowNos, cells);
  }

  private JsonRows.Malformed malformed(String json) {
    return assertThrows(JsonRows.Malformed.class, () -> read(json));
  }

  @Test
  void objectsBecomeRowsNumberedByTheirPositionFromOne() throws IOException {
    Read read = read("""
        [{"period": "2026-03", "org": " GSF ", "service": "ARB-DATOR", "level": "STD",
          "quantity": 12.50, "reference": "PC-1"},
         {"quantity": "3,5", "org": "SBK", "period": "2026-03", "service": "INF-LAGR",
          "level": null},
         {"period": "2026-03", "org": "BOAB", "service": "SUP-INST", "quantity": 1.5e3,
          "reference": 4711}]
        """);
    assertArrayEquals(new String[] {"period", "org", "service", "level", "quantity",
        "reference"}, read.header(), "the JSON names, which the importer knows as aliases");
    assertEquals(List.of(1L, 2L, 3L), read.rowNos());
    assertArrayEquals(new String[] {"2026-03", "GSF", "ARB-DATOR", "STD", "12.50", "PC-1"},
        read.cells().get(0), "strings trimmed, numbers as written");
    assertArrayEquals(new String[] {"2026-03", "SBK", "INF-LAGR", "", "3,5", null},
        read.cells().get(1), "fields in any order; null is empty, a missing field absent");
    assertEquals("1500", read.cells().get(2)[4], "no exponent for the importer");
    assertEquals("4711", read.cells().get(2)[5]);
  }

  @Test
  void anEmptyArrayHasAHeaderAndNoRows() throws IOException {
    Read read = read(" [ ] ");
    assertEquals(6, read.header().length);
    assertEquals(List.of(), read.rowNos());
  }

  @Test
  void aBodyOfAnotherShapeIsMalformedWithTheElementNamed() {
    assertEquals("feed.json.notArray", malformed("{\"period\": \"2026-03\"}").key());
    JsonRows.Malformed notObject = malformed("[{\"org\": \"GSF\"}, 42]");
    assertEquals("feed.json.notObject", notObject.key());
    assertEquals(2L, notObject.args()[0]);
    JsonRows.Malformed unknown = malformed("[{\"org\": \"GSF\", \"qty\": 3}]");
    assertEquals("feed.json.unknownField", unknown.key());
    assertEquals("qty", unknown.args()[1]);
    assertEquals("feed.json.notScalar", malformed("[{\"org\": [\"GSF\"]}]").key());
    assertEquals("feed.json.fieldTwice", malformed("[{\"org\": \"GSF\", \"org\": \"SBK\"}]")
        .key());
  }

  @Test
  void brokenJsonIsMalformedWithItsPlace() {
    JsonRows.Malformed broken = malformed("[{\"org\": \"GSF\",\n \"period\" 2026}]");
    assertEquals("feed.json.syntax", broken.key());
    assertEquals(2L, broken.args()[0], "line");
    assertEquals("feed.json.syntax", malformed("[] []").key(), "more after the array");
    malformed("");
    malformed("[{\"org\": \"GSF\"}");
  }

  /** Issue 14: an endless string or number stops at the value limit, naming its element. */
  @Test
  void anEndlessValueStopsAtTheLimitWithItsElement() throws IOException {
    String row = "{\"period\": \"2026-03\", \"org\": \"GSF\", \"service\": \"ARB\","
        + " \"quantity\": 1}";
    JsonRows.Malformed string = malformed("[" + row + ", {\"reference\": \"" + "x\\\"".repeat(
        40_000) + "\"}]");
    assertEquals("feed.json.tooLong", string.key());
    assertEquals(2L, string.args()[0], "the second element");
    JsonRows.Malformed number = malformed("[{\"quantity\": 1" + "0".repeat(70_000) + "}]");
    assertEquals("feed.json.tooLong", number.key());
    assertEquals(1L, number.args()[0]);
    JsonRows.Malformed unclosed = malformed("[{\"reference\": \"" + "y".repeat(200_000));
    assertEquals("feed.json.tooLong", unclosed.key());
    String justBelow = "z".repeat(60_000);
    assertEquals(justBelow, read("[{\"reference\": \"" + justBelow + "\"}]").cells().get(0)[5],
        "a long value within the limit is read");
  }
}
