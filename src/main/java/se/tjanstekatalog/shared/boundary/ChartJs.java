package se.tjanstekatalog.shared.boundary;

import jakarta.json.Json;
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
}
