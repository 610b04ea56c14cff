package se.tjanstekatalog.consumption.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A block's row as the importer writes it by hand (changeset 0026-3): valid JSON whatever the
 * reference holds, numbers without exponents, and every reference read back exactly, as a
 * string or, where JSON would escape it, from its hex.
 */
class ConsumptionRowsTest {

  @ParameterizedTest
  @ValueSource(strings = {"R1", "boab-dator-1", "åäö ✓ € 𝄞", "space inside", "tab\there",
      "quote\"d", "back\\slash", "C:\\temp\\n", "bell\u0007", "line\nbreak", "'single'"})
  void everyReferenceIsReadBackExactly(String reference) {
    JsonArray row = parse(reference);
    assertEquals(reference, reference(row), row.toString());
    boolean escaped = reference.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\\');
    assertEquals(escaped ? 6 : 5, row.size(), "hex only for what JSON escapes: " + row);
  }

  @ParameterizedTest
  @CsvSource({"12.50, 12.50", "1E+3, 1000", "0.0001, 0.0001", "0, 0", "99999.9999, 99999.9999"})
  void quantitiesAreWrittenWithoutAnExponent(String quantity, String written) {
    StringBuilder json = new StringBuilder();
    ConsumptionRows.appendRow(json, 7, 11, 12, new BigDecimal(quantity), "");
    assertEquals("[7,11,12," + written + "]", json.toString());
    assertFalse(json.toString().contains("E"));
  }

  @Test
  void anEmptyReferenceIsNoElementWhichTheViewReadsAsNull() {
    JsonArray row = parse("");
    assertEquals(4, row.size());
    assertTrue(row.getJsonNumber(3).bigDecimalValue().compareTo(new BigDecimal("3.5")) == 0);
  }

  private static JsonArray parse(String reference) {
    StringBuilder json = new StringBuilder("[");
    ConsumptionRows.appendRow(json, 2, 14, 55, new BigDecimal("3.5"), reference);
    json.append(",");
    ConsumptionRows.appendRow(json, 3, 14, 55, BigDecimal.ONE, "next");
    json.append("]");
    try (JsonReader reader = Json.createReader(new StringReader(json.toString()))) {
      JsonArray block = reader.readArray();
      assertEquals("next", block.getJsonArray(1).getString(4), "the next row is intact");
      JsonArray row = block.getJsonArray(0);
      assertEquals(2, row.getInt(0));
      assertEquals(14, row.getInt(1));
      assertEquals(55, row.getInt(2));
      return row;
    }
  }

  private static String reference(JsonArray row) {
    if (row.size() == 6) {
      assertTrue(row.isNull(4));
      return new String(HexFormat.of().parseHex(row.getString(5)), StandardCharsets.UTF_8);
    }
    return row.getString(4);
  }
}
