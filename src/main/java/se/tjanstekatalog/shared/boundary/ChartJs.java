package se.tjanstekatalog.shared.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * What every chart of the portal shares in its Chart.js options: Swedish number formats, no
 * animation, the title and the legend. Each chart adds its own scales.
 */
public final class ChartJs {
  public static final String LOCALE = "sv-SE";

  private ChartJs() {}

  /** The common options; the caller adds {@code scales}. */
  public static JsonObjectBuilder options(String title, boolean legend) {
    return Json.createObjectBuilder()
        .add("locale", LOCALE)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("plugins", Json.createObjectBuilder()
            .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
            .add("legend", Json.createObjectBuilder().add("display", legend)));
  }

  /** A line's dataset: its label, data and colour, thinner when dashed (see {@link #dash}). */
  public static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour,
      boolean dashed) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("borderWidth", dashed ? 2 : 3)
        .add("tension", 0)
        .add("fill", false);
  }

  /** Draws the line dashed when {@code dashed}; the dataset's last property. */
  public static JsonObjectBuilder dash(JsonObjectBuilder line, boolean dashed) {
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return line;
  }
}
