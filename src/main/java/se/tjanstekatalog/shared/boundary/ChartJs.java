package se.tjanstekatalog.shared.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.tjanstekatalog.shared.JsonBuilders;

/**
 * What every chart of the portal shares in its Chart.js options: Swedish number formats, no
 * animation, the title and the legend. Each chart adds its own scales; an axis of money or of
 * counts starts at zero ({@link #axis}), so a dip of a few per cent is drawn as one.
 */
public final class ChartJs {
  public static final String LOCALE = "sv-SE";
  /**
   * The configuration's key for the tooltip titles, one per label (an org's name beside its
   * code on the axis); {@code tk/js/charts.js} takes it out and shows it as the tooltip's title.
   */
  public static final String TOOLTIP_TITLES = "tkTooltipTitles";

  private ChartJs() {}

  /** The common options; the caller adds {@code scales}. */
  public static JsonObjectBuilder options(String title, boolean legend) {
    return JsonBuilders.object()
        .add("locale", LOCALE)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("plugins", JsonBuilders.object()
            .add("title", JsonBuilders.object().add("display", true).add("text", title))
            .add("legend", JsonBuilders.object().add("display", legend)));
  }

  /** A line's dataset: its label, data and colour, thinner when dashed (see {@link #dash}). */
  public static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour,
      boolean dashed) {
    return JsonBuilders.object()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("borderWidth", dashed ? 2 : 3)
        .add("tension", 0)
        .add("fill", false);
  }

  /**
   * A value axis that starts at zero (below zero when a value is negative): {@code position}
   * is {@code left} or {@code right}, {@code title} says what it counts.
   */
  public static JsonObjectBuilder axis(String title, String position) {
    return JsonBuilders.object()
        .add("position", position)
        .add("beginAtZero", true)
        .add("title", JsonBuilders.object().add("display", true).add("text", title));
  }

  /** An org's tooltip title: its name, and its code as on the axis. */
  public static String orgTitle(String code, String name) {
    return name + " (" + code + ")";
  }

  /** Draws the line dashed when {@code dashed}; the dataset's last property. */
  public static JsonObjectBuilder dash(JsonObjectBuilder line, boolean dashed) {
    if (dashed) {
      line.add("borderDash", JsonBuilders.array().add(6).add(4));
    }
    return line;
  }
}
