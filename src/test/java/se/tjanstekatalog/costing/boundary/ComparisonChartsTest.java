package se.tjanstekatalog.costing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.control.ComparisonReport;
import se.tjanstekatalog.costing.control.ResultQueries.Area;
import se.tjanstekatalog.costing.control.ResultQueries.MonthTotals;
import se.tjanstekatalog.costing.control.ResultQueries.OrgComparison;
import se.tjanstekatalog.costing.control.ResultQueries.Totals;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.boundary.ChartColours;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.ChartPalette;

/** The charts' Chart.js configurations carry the report's numbers as JSON numbers. */
class ComparisonChartsTest {
  private static final YearMonth JUNE = YearMonth.of(2026, 6);
  private static final YearMonth JULY = YearMonth.of(2026, 7);

  @Test
  void differenceBarHasOneBarPerOrgColouredBySign() {
    JsonObject chart = parse(ComparisonCharts.differenceBar(report()));

    assertEquals("bar", chart.getString("type"));
    assertEquals(List.of("GSF", "SF"), chart.getJsonObject("data").getJsonArray("labels")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
    JsonObject bars = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals(new BigDecimal("150.00"), bars.getJsonArray("data").getJsonNumber(0)
        .bigDecimalValue());
    assertEquals(new BigDecimal("-20.50"), bars.getJsonArray("data").getJsonNumber(1)
        .bigDecimalValue());
    assertEquals(ChartPalette.MORE, bars.getJsonArray("backgroundColor").getString(0));
    assertEquals(ChartPalette.LESS, bars.getJsonArray("backgroundColor").getString(1));
    assertEquals("sv-SE", chart.getJsonObject("options").getString("locale"));
  }

  @Test
  void trendLineHasBindingAndShadowPerMonthAndTheModelsToPick() {
    JsonObject chart = parse(ComparisonCharts.trendLine(report(), "Skarpt och skugga"));

    assertEquals("line", chart.getString("type"));
    JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
    assertEquals("2026-06", labels.getString(0));
    assertEquals("2026-07", labels.getString(1));
    JsonArray sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals(4, sets.size());
    assertEquals("Skarpt", sets.getJsonObject(0).getString("label"));
    assertEquals(new BigDecimal("700.00"),
        sets.getJsonObject(0).getJsonArray("data").getJsonNumber(1).bigDecimalValue());
    assertEquals("Skugga", sets.getJsonObject(1).getString("label"));
    assertEquals(new BigDecimal("750.00"),
        sets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).bigDecimalValue());
    assertFalse(sets.getJsonObject(0).getBoolean("hidden"));
    assertTrue(sets.getJsonObject(2).getBoolean("hidden"), "the models' own totals on demand");
    assertEquals("Skarpt och skugga", chart.getJsonObject("options")
        .getJsonObject("plugins").getJsonObject("title").getString("text"));
  }

  @Test
  void theModelsHaveThePortalsColoursAsOnTheDashboard() {
    JsonArray sets = parse(ComparisonCharts.trendLine(report(), "Titel"))
        .getJsonObject("data").getJsonArray("datasets");
    ChartColours.assertColours(sets, "borderColor", ChartColours.MODELS);
    ChartColours.assertColours(sets, "borderColor", Map.of("Skarpt", ChartPalette.BINDING));
  }

  @Test
  void bothChartsMoneyAxesStartAtZero() {
    for (String json : List.of(ComparisonCharts.trendLine(report(), "Titel"),
        ComparisonCharts.differenceBar(report()))) {
      JsonObject y = parse(json).getJsonObject("options").getJsonObject("scales")
          .getJsonObject("y");
      assertTrue(y.getBoolean("beginAtZero"), "the July dip is not drawn as a fall to nothing");
    }
  }

  @Test
  void theDifferenceBarsTooltipsNameTheOrgsBesideTheirCodes() {
    JsonObject chart = parse(ComparisonCharts.differenceBar(report()));
    assertEquals(List.of("Grundskoleförvaltningen (GSF)", "Serviceförvaltningen (SF)"),
        chart.getJsonArray(ChartJs.TOOLTIP_TITLES).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString).toList());
  }

  private static ComparisonReport report() {
    Area area = new Area(1, "ARBETSPLATS", "Arbetsplats");
    OrgComparison gsf = new OrgComparison(10, "GSF", "Grundskoleförvaltningen", false,
        totals("1300.00", "1150.00"), Map.of());
    OrgComparison sf = new OrgComparison(11, "SF", "Serviceförvaltningen", false,
        totals("100.00", "120.50"), Map.of());
    return ComparisonReport.of(JUNE, JULY, null, List.of(area), List.of(gsf, sf),
        List.of(new MonthTotals(JUNE, totals("700.00", "600.00")),
            new MonthTotals(JULY, totals("700.00", "750.00"))), Map.of());
  }

  private static Totals totals(String binding, String shadow) {
    return new Totals(Amount.of(binding), Amount.of(shadow), Amount.of(binding),
        Amount.of(shadow));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
