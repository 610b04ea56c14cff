package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;

/** For the chart tests: which colour a chart gives each series, by its label. */
public final class ChartColours {
  /** The two models, labelled as on every chart, in the palette's colours. */
  public static final Map<String, String> MODELS = Map.of(
      "Internfakturering", ChartPalette.CHARGEBACK,
      "Solidarisk fördelning", ChartPalette.ALLOCATION);

  private ChartColours() {}

  /**
   * Each series of {@code datasets} whose label is a key of {@code expected} has that colour as
   * its {@code property} (borderColor for lines, backgroundColor for bars), and every key is
   * found.
   */
  public static void assertColours(JsonArray datasets, String property,
      Map<String, String> expected) {
    int found = 0;
    for (JsonObject set : datasets.getValuesAs(JsonObject.class)) {
      String colour = expected.get(set.getString("label"));
      if (colour != null) {
        assertEquals(colour, set.getString(property), set.getString("label"));
        found++;
      }
    }
    assertEquals(expected.size(), found, "series " + expected.keySet());
  }
}
