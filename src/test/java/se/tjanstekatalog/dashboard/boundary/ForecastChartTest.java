package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgMonth;
import se.tjanstekatalog.shared.Amount;

/** The helårsprognos chart: per org its binding prognosis beside its budget, a gap for none. */
class ForecastChartTest {

  @Test
  void barsOfPrognosisAndBudgetPerOrgWithAGapWhereABudgetIsMissing() {
    YearMonth jan = YearMonth.of(2027, 1);
    YearForecast f = YearForecast.of(2027, List.of(jan),
        List.of(new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false),
            new OrgInfo(2, "MF", "Miljöförvaltningen", false)),
        List.of(new OrgMonth(1, jan, new Models(Amount.of("10.00"), Amount.of("9.00"),
            Amount.of("10.00")))), Map.of(), Map.of(1L, Amount.of("100.00")));
    JsonObject chart = Json.createReader(new StringReader(
        DashboardCharts.forecastBar(f, "Helårsprognos 2027"))).readObject();
    JsonObject data = chart.getJsonObject("data");
    assertEquals(List.of("GSF", "MF"), data.getJsonArray("labels").getValuesAs(
        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    JsonArray sets = data.getJsonArray("datasets");
    assertEquals("Helårsprognos, skarp", sets.getJsonObject(0).getString("label"));
    // GSF: 10,00 in January and the run-rate 10,00 for eleven months
    assertEquals(new BigDecimal("120.00"), sets.getJsonObject(0).getJsonArray("data")
        .getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("100.00"), sets.getJsonObject(1).getJsonArray("data")
        .getJsonNumber(0).bigDecimalValue());
    assertEquals(JsonValue.NULL, sets.getJsonObject(1).getJsonArray("data").get(1));
  }
}
