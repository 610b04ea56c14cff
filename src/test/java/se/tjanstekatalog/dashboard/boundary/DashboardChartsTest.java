package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgInfo;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.OrgMonthCost;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.boundary.ChartColours;
import se.tjanstekatalog.shared.boundary.ChartJs;
import se.tjanstekatalog.shared.boundary.ChartPalette;

class DashboardChartsTest {
  private static final OrgInfo GSF = new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false);
  private static final OrgInfo BOAB = new OrgInfo(2, "BOAB", "Bostads AB", true);

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static CostDashboard dashboard() {
    return CostDashboard.of(2027, null, List.of(), List.of(BOAB, GSF), List.of(
        new OrgMonthCost(1, YearMonth.of(2027, 1), Amount.of("2000.00"),
            Amount.of("3000.00"), Amount.of("2000.00"), Amount.ZERO, true, false,
            10, null),
        new OrgMonthCost(2, YearMonth.of(2027, 2), Amount.of("500.00"),
            Amount.of("0.00"), Amount.of("500.00"), Amount.ZERO, true, false,
            null, null)));
  }

  @Test
  void perEmployeeBarsHaveBothModelsPerOrgAndAGapForAMissingHeadcount() {
    JsonObject chart = parse(DashboardCharts.perEmployeeBar(dashboard(), "Titel"));
    assertEquals("bar", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(List.of("GSF", "BOAB"), data.getJsonArray("labels")
        .getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList(),
        "förvaltningar first");
    JsonArray sets = data.getJsonArray("datasets");
    assertEquals("Internfakturering", sets.getJsonObject(0).getString("label"));
    assertEquals("Solidarisk fördelning", sets.getJsonObject(1).getString("label"));
    assertEquals(new BigDecimal("200.00"), sets.getJsonObject(0).getJsonArray("data")
        .getJsonNumber(0).bigDecimalValue());
    assertEquals(JsonValue.NULL, sets.getJsonObject(0).getJsonArray("data").get(1),
        "no headcount: a gap, not 0");
    assertEquals("sv-SE", chart.getJsonObject("options").getString("locale"));
    assertEquals("Titel", chart.getJsonObject("options").getJsonObject("plugins")
        .getJsonObject("title").getString("text"));
  }

  @Test
  void trendHasTwelveMonthsWithGapsForMonthsNotComputed() {
    JsonObject chart = parse(DashboardCharts.trendLine(dashboard().trend(null), "Alla"));
    assertEquals("line", chart.getString("type"));
    JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
    assertEquals(12, labels.size());
    assertEquals("2027-01", labels.getString(0));
    JsonArray chargeback = chart.getJsonObject("data").getJsonArray("datasets")
        .getJsonObject(0).getJsonArray("data");
    assertEquals(new BigDecimal("2000.00"), chargeback.getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("500.00"), chargeback.getJsonNumber(1).bigDecimalValue());
    assertEquals(JsonValue.NULL, chargeback.get(2));
  }

  @Test
  void theModelsHaveThePortalsColoursAsOnTheComparisonPage() {
    JsonArray bars = parse(DashboardCharts.perEmployeeBar(dashboard(), "Titel"))
        .getJsonObject("data").getJsonArray("datasets");
    ChartColours.assertColours(bars, "backgroundColor", ChartColours.MODELS);
    JsonArray lines = parse(DashboardCharts.trendLine(dashboard().trend(null), "Alla"))
        .getJsonObject("data").getJsonArray("datasets");
    ChartColours.assertColours(lines, "borderColor", ChartColours.MODELS);
    ChartColours.assertColours(lines, "borderColor", Map.of("Skarpt", ChartPalette.BINDING));
  }

  @Test
  void theCostPerEmployeeTooltipsNameTheOrgsBesideTheirCodes() {
    JsonObject chart = parse(DashboardCharts.perEmployeeBar(dashboard(), "Titel"));
    assertEquals(List.of("Grundskoleförvaltningen (GSF)", "Bostads AB (BOAB)"),
        chart.getJsonArray(ChartJs.TOOLTIP_TITLES).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString).toList());
  }

  @Test
  void everyAxisOfMoneyOrCountsStartsAtZero() {
    ServiceTrend pc = ServiceTrend.of(2027, List.of(new ServiceTrend.Volume(7, "ARB-PC",
        "Arbetsplats PC", "Arbetsplats", "PER_DEVICE", YearMonth.of(2027, 3),
        new BigDecimal("4"), Amount.of("1020.00")))).get(0);
    for (String json : List.of(DashboardCharts.perEmployeeBar(dashboard(), "Titel"),
        DashboardCharts.trendLine(dashboard().trend(null), "Alla"),
        DashboardCharts.serviceChart(pc, "PC"))) {
      JsonObject scales = parse(json).getJsonObject("options").getJsonObject("scales");
      for (String axis : scales.keySet()) {
        assertTrue(scales.getJsonObject(axis).getBoolean("beginAtZero"), axis);
      }
    }
  }

  @Test
  void serviceChartHasVolumeBarsAndCostPerUnitOnTheRightAxis() {
    ServiceTrend pc = ServiceTrend.of(2027, List.of(new ServiceTrend.Volume(7, "ARB-PC",
        "Arbetsplats PC", "Arbetsplats", "PER_DEVICE", YearMonth.of(2027, 3),
        new BigDecimal("4"), Amount.of("1020.00")))).get(0);
    JsonObject chart = parse(DashboardCharts.serviceChart(pc, "PC"));
    JsonArray sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals("bar", sets.getJsonObject(0).getString("type"));
    assertEquals("line", sets.getJsonObject(1).getString("type"));
    assertEquals("y1", sets.getJsonObject(1).getString("yAxisID"));
    assertEquals(new BigDecimal("255.00"), sets.getJsonObject(1).getJsonArray("data")
        .getJsonNumber(2).bigDecimalValue());
    assertEquals(JsonValue.NULL, sets.getJsonObject(0).getJsonArray("data").get(0));
    assertTrue(chart.getJsonObject("options").getJsonObject("scales").containsKey("y1"));
  }
}
