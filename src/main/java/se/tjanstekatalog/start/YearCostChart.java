package se.tjanstekatalog.start;

import static se.tjanstekatalog.shared.boundary.ChartPalette.ALLOCATION;
import static se.tjanstekatalog.shared.boundary.ChartPalette.CHARGEBACK;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.HtmlJson;
import se.tjanstekatalog.start.domain.YearToDate;

/**
 * The start page's small chart for tk:chart: the org's cost last year and this year so far
 * (the same months), one bar per model in the models' colours of {@code ChartPalette}, the
 * money axis from zero. Texts come translated.
 */
final class YearCostChart {
  private YearCostChart() {}

  /** Labels: last year's span, this year's span; then the models' names, title and axis. */
  static String of(YearToDate ytd, String lastLabel, String thisLabel, String chargeback,
      String allocation, String title, String axis) {
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object()
            .add("labels", JsonBuilders.array().add(lastLabel).add(thisLabel))
            .add("datasets", JsonBuilders.array()
                .add(dataset(chargeback, ytd.lastChargeback(), ytd.chargeback(), CHARGEBACK))
                .add(dataset(allocation, ytd.lastAllocation(), ytd.allocation(), ALLOCATION))))
        .add("options", ChartJs.options(title, true)
            .add("scales", JsonBuilders.object()
                .add("y", JsonBuilders.object()
                    .add("beginAtZero", true)
                    .add("min", 0)
                    .add("title", JsonBuilders.object().add("display", true)
                        .add("text", axis)))))
        .build());
  }

  private static JsonObjectBuilder dataset(String label, Amount last, Amount now,
      String colour) {
    return JsonBuilders.object()
        .add("label", label)
        .add("data", JsonBuilders.array().add(last.value()).add(now.value()))
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }
}
