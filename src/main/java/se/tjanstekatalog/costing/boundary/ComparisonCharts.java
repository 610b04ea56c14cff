package se.tjanstekatalog.costing.boundary;

import static se.tjanstekatalog.shared.boundary.ChartPalette.ALLOCATION;
import static se.tjanstekatalog.shared.boundary.ChartPalette.BINDING;
import static se.tjanstekatalog.shared.boundary.ChartPalette.CHARGEBACK;
import static se.tjanstekatalog.shared.boundary.ChartPalette.LESS;
import static se.tjanstekatalog.shared.boundary.ChartPalette.MORE;
import static se.tjanstekatalog.shared.boundary.ChartPalette.SHADOW;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import se.tjanstekatalog.costing.control.ComparisonReport;
import se.tjanstekatalog.costing.control.ComparisonReport.MonthRow;
import se.tjanstekatalog.costing.control.ComparisonReport.OrgRow;
import se.tjanstekatalog.costing.control.ResultQueries.Totals;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.ChartPalette;
import se.tjanstekatalog.shared.boundary.HtmlJson;

/**
 * The comparison page's two charts as Chart.js configurations for {@code tk:chart} (JSON made
 * safe for HTML by {@link HtmlJson}, never script text): the
 * difference per org as bars, and the months under both models as lines. Numbers go out as
 * JSON numbers; Chart.js formats them in Swedish through its {@code locale} option. The money
 * axis starts at zero; an org's bar is labelled with its code and its tooltip names it. Colours
 * from {@link ChartPalette}, the same for a model as on the dashboard.
 */
public final class ComparisonCharts {
  private ComparisonCharts() {}

  /** Binding − shadow per org: above zero the org pays more under the binding model. */
  public static String differenceBar(ComparisonReport report) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder titles = JsonBuilders.array();
    JsonArrayBuilder values = JsonBuilders.array();
    JsonArrayBuilder colours = JsonBuilders.array();
    for (OrgRow org : report.orgs()) {
      labels.add(org.code());
      titles.add(ChartJs.orgTitle(org.code(), org.name()));
      values.add(org.difference().value());
      colours.add(org.difference().signum() > 0 ? MORE : LESS);
    }
    JsonObjectBuilder dataset = JsonBuilders.object()
        .add("label", Messages.sv("comparison.column.difference"))
        .add("data", values)
        .add("backgroundColor", colours);
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels)
            .add("datasets", JsonBuilders.array().add(dataset)))
        .add("options", options(Messages.sv("comparison.chart.difference"), false))
        .add(ChartJs.TOOLTIP_TITLES, titles)
        .build());
  }

  /**
   * The months of the report: binding and shadow totals as lines, and each model's own total
   * as lines hidden until the reader picks them in the legend.
   */
  public static String trendLine(ComparisonReport report, String title) {
    List<MonthRow> months = report.months();
    JsonArrayBuilder labels = JsonBuilders.array();
    months.forEach(m -> labels.add(SwedishFormat.month(m.period())));
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(line(months, "comparison.column.binding", Totals::binding, BINDING, false, false))
        .add(line(months, "comparison.column.shadow", Totals::shadow, SHADOW, true, false))
        .add(line(months, "model.CHARGEBACK", Totals::chargeback, CHARGEBACK, true, true))
        .add(line(months, "model.ALLOCATION", Totals::allocation, ALLOCATION, true, true));
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "line")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options(title, true))
        .build());
  }

  private static JsonObjectBuilder line(List<MonthRow> months, String labelKey,
      Function<Totals, Amount> figure, String colour, boolean dashed, boolean hidden) {
    JsonArrayBuilder data = JsonBuilders.array();
    months.forEach(m -> data.add(figure.apply(m.totals()).value()));
    return ChartJs.dash(ChartJs.line(Messages.sv(labelKey), data, colour, dashed)
        .add("hidden", hidden), dashed);
  }

  private static JsonObjectBuilder options(String title, boolean legend) {
    return ChartJs.options(title, legend)
        .add("scales", JsonBuilders.object()
            .add("y", ChartJs.axis(Messages.sv("comparison.chart.kronor"), "left")));
  }
}
