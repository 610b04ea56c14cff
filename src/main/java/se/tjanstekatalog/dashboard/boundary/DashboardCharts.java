package se.tjanstekatalog.dashboard.boundary;

import static se.tjanstekatalog.shared.boundary.ChartPalette.ALLOCATION;
import static se.tjanstekatalog.shared.boundary.ChartPalette.BINDING;
import static se.tjanstekatalog.shared.boundary.ChartPalette.CHARGEBACK;
import static se.tjanstekatalog.shared.boundary.ChartPalette.COST_PER_UNIT;
import static se.tjanstekatalog.shared.boundary.ChartPalette.VOLUME;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthRow;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.dashboard.domain.CostTally;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.ChartPalette;
import se.tjanstekatalog.shared.boundary.HtmlJson;

/**
 * The dashboard's charts as Chart.js configurations for {@code tk:chart} (JSON made safe for
 * HTML by {@link HtmlJson}, never script text), made like the
 * comparison page's: IT cost per employee per org under both models (bars), the year month by
 * month (lines), and one service's volume (bars) with its cost per unit (line, right axis).
 * A missing figure goes out as JSON null, which Chart.js leaves as a gap, never as 0. Each chart
 * has a table with the same figures on the page. Every value axis starts at zero; an org's bar
 * is labelled with its code and its tooltip names it. Colours from {@link ChartPalette}, the same for
 * a model as on the comparison page.
 */
public final class DashboardCharts {
  private DashboardCharts() {}

  /** Cost per employee of every org in the table, förvaltningar first, both models. */
  public static String perEmployeeBar(CostDashboard dashboard, String title) {
    List<OrgRow> orgs = dashboard.orgRows();
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder titles = JsonBuilders.array();
    orgs.forEach(o -> orgLabel(labels, titles, o.org().code(), o.org().name()));
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(dataset("model.CHARGEBACK", orgs, o -> o.chargeback().perEmployee(), CHARGEBACK))
        .add(dataset("model.ALLOCATION", orgs, o -> o.allocation().perEmployee(),
            ALLOCATION));
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options(title, Messages.sv("dashboard.chart.kronorPerEmployee")))
        .add(ChartJs.TOOLTIP_TITLES, titles)
        .build());
  }

  /** Every org's binding helårsprognos beside its budget (a gap where it has none). */
  public static String forecastBar(YearForecast forecast, String title) {
    List<OrgForecast> orgs = forecast.orgs();
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder titles = JsonBuilders.array();
    orgs.forEach(o -> orgLabel(labels, titles, o.org().code(), o.org().name()));
    JsonArrayBuilder prognosis = JsonBuilders.array();
    JsonArrayBuilder budget = JsonBuilders.array();
    for (OrgForecast o : orgs) {
      add(prognosis, o.prognosis().binding());
      add(budget, o.budget());
    }
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(JsonBuilders.object().add("label", Messages.sv("forecast.column.prognosis"))
            .add("data", prognosis).add("backgroundColor", BINDING))
        .add(JsonBuilders.object().add("label", Messages.sv("forecast.column.budget"))
            .add("data", budget).add("backgroundColor", VOLUME));
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options(title, Messages.sv("dashboard.chart.kronor")))
        .add(ChartJs.TOOLTIP_TITLES, titles)
        .build());
  }

  /** The twelve months: both models' cost and the binding cost as lines. */
  public static String trendLine(List<MonthRow> months, String title) {
    JsonArrayBuilder labels = JsonBuilders.array();
    months.forEach(m -> labels.add(SwedishFormat.month(m.period())));
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(line(months, "model.CHARGEBACK", CostTally::chargeback, CHARGEBACK, false))
        .add(line(months, "model.ALLOCATION", CostTally::allocation, ALLOCATION, false))
        .add(line(months, "dashboard.column.bindingCost", CostTally::binding, BINDING, true));
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "line")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options(title, Messages.sv("dashboard.chart.kronor")))
        .build());
  }

  /** A service's volume per month as bars and its cost per unit as a line on a right axis. */
  public static String serviceChart(ServiceTrend service, String title) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder volumes = JsonBuilders.array();
    JsonArrayBuilder perUnit = JsonBuilders.array();
    for (ServiceTrend.Month m : service.months()) {
      labels.add(SwedishFormat.month(m.period()));
      add(volumes, m.volume());
      add(perUnit, m.costPerUnit());
    }
    JsonArrayBuilder datasets = JsonBuilders.array()
        .add(JsonBuilders.object()
            .add("type", "bar")
            .add("label", Messages.sv("dashboard.chart.volume"))
            .add("data", volumes)
            .add("backgroundColor", VOLUME)
            .add("yAxisID", "y"))
        .add(JsonBuilders.object()
            .add("type", "line")
            .add("label", Messages.sv("dashboard.chart.costPerUnit"))
            .add("data", perUnit)
            .add("borderColor", COST_PER_UNIT)
            .add("backgroundColor", COST_PER_UNIT)
            .add("borderWidth", 3)
            .add("tension", 0)
            .add("fill", false)
            .add("yAxisID", "y1"));
    JsonObjectBuilder options = options(title, Messages.sv("dashboard.chart.volume"));
    JsonObjectBuilder scales = JsonBuilders.object()
        .add("y", ChartJs.axis(Messages.sv("dashboard.chart.volume"), "left"))
        .add("y1", ChartJs.axis(Messages.sv("dashboard.chart.costPerUnit"), "right")
            .add("grid", JsonBuilders.object().add("drawOnChartArea", false)));
    options.add("scales", scales);
    return HtmlJson.of(JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build());
  }

  private static JsonObjectBuilder dataset(String labelKey, List<OrgRow> orgs,
      Function<OrgRow, Amount> figure, String colour) {
    JsonArrayBuilder data = JsonBuilders.array();
    orgs.forEach(o -> add(data, figure.apply(o)));
    return JsonBuilders.object()
        .add("label", Messages.sv(labelKey))
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonObjectBuilder line(List<MonthRow> months, String labelKey,
      Function<CostTally, Amount> figure, String colour, boolean dashed) {
    JsonArrayBuilder data = JsonBuilders.array();
    months.forEach(m -> add(data, m.computed() ? figure.apply(m.tally()) : null));
    return ChartJs.dash(ChartJs.line(Messages.sv(labelKey), data, colour, dashed), dashed);
  }

  private static void add(JsonArrayBuilder array, BigDecimal value) {
    if (value == null) {
      array.addNull();
    } else {
      array.add(value);
    }
  }

  private static void add(JsonArrayBuilder array, Amount value) {
    add(array, value == null ? null : value.value());
  }

  /** An org's bar: labelled with its code, its tooltip naming it. */
  private static void orgLabel(JsonArrayBuilder labels, JsonArrayBuilder titles, String code,
      String name) {
    labels.add(code);
    titles.add(ChartJs.orgTitle(code, name));
  }

  private static JsonObjectBuilder options(String title, String yTitle) {
    return ChartJs.options(title, true)
        .add("scales", JsonBuilders.object()
            .add("y", ChartJs.axis(yTitle, "left")));
  }
}
