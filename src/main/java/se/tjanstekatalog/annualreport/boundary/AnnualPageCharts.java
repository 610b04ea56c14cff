package se.tjanstekatalog.annualreport.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.ChartPalette;
import se.tjanstekatalog.shared.boundary.HtmlJson;

/**
 * The årsberättelse page's Chart.js charts, the same two as the documents' images
 * ({@code AnnualCharts}): each area's cost per model and binding, each org's binding cost per
 * employee. Each has the page's table with the same figures beside it.
 */
final class AnnualPageCharts {
  private AnnualPageCharts() {}

  static String costByArea(AnnualReport r, String title) {
    List<AreaSection> areas = r.areas();
    JsonArrayBuilder labels = JsonBuilders.array();
    areas.forEach(a -> labels.add(a.name()));
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(dataset("annual.model.CHARGEBACK", areas, a -> a.costs().chargeback(),
            ChartPalette.CHARGEBACK))
        .add(dataset("annual.model.ALLOCATION", areas, a -> a.costs().allocation(),
            ChartPalette.ALLOCATION))
        .add(dataset("annual.model.BINDING", areas, a -> a.costs().binding(),
            ChartPalette.BINDING));
    return bar(labels, datasets, title, null);
  }

  static String perEmployee(AnnualReport r, String title) {
    List<KeyFigures.OrgFigure> orgs = r.whole().keyFigures().all();
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder titles = JsonBuilders.array();
    orgs.forEach(o -> {
      labels.add(o.code());
      titles.add(ChartJs.orgTitle(o.code(), o.name()));
    });
    JsonArrayBuilder datasets = JsonBuilders.array().add(dataset(
        "annual.keyFigures.perEmployee", orgs, KeyFigures.OrgFigure::perEmployee,
        ChartPalette.BINDING));
    return bar(labels, datasets, title, titles);
  }

  private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
      JsonArrayBuilder tooltipTitles) {
    JsonObjectBuilder chart = JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", ChartJs.options(title, true).add("scales", JsonBuilders.object()
            .add("y", ChartJs.axis(Messages.sv("annual.chart.kr"), "left"))));
    if (tooltipTitles != null) {
      chart.add(ChartJs.TOOLTIP_TITLES, tooltipTitles);
    }
    return HtmlJson.of(chart.build());
  }

  private static <T> JsonObjectBuilder dataset(String labelKey, List<T> rows,
      Function<T, Amount> figure, String colour) {
    JsonArrayBuilder data = JsonBuilders.array();
    for (T row : rows) {
      Amount a = figure.apply(row);
      if (a == null) {
        data.addNull();
      } else {
        data.add(a.value());
      }
    }
    return JsonBuilders.object().add("label", Messages.sv(labelKey)).add("data", data)
        .add("backgroundColor", colour);
  }
}
