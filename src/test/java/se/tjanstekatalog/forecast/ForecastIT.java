package se.tjanstekatalog.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The helårsprognos through the API down to the database: every org's computed months are the
 * sum of its stored result lines of the year's computed months before the current one (today's
 * month in Sweden; a draft run of it is forecast), and the forecast of the rest is
 * the run-rate of the last three computed months or the published budgetunderlag's twelfth,
 * recomputed here from the tables and rounded so the orgs sum to the whole; the budget is the
 * budgetunderlag's binding total or the entered one. The demo year 2026 (January–November
 * computed, its DemoForecastBudgets) is only read, apart from one org's budget taken away and
 * put back. Budget entry and who may do it, and a published budgetunderlag, on budget year 2024
 * (no month is written: 2024's computed months are other classes', read as they stand); its
 * forecast_budget and budget_version rows are removed at the end.
 */
@ExtendWith(ArquillianExtension.class)
class ForecastIT {
  private static final int DEMO_YEAR = 2026;
  private static final int YEAR = 2024;
  private static final BigDecimal ORE = new BigDecimal("0.01");
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final String[] MODELS = {"chargeback", "allocation", "binding"};

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoYearIsItsStoredMonthsPlusTheRunRateOfDecemberAgainstItsBudgets() throws Exception {
    HttpResponse<String> response = get("api/v1/forecast/" + DEMO_YEAR, "it");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response.body());
    if (YearMonth.now(SWEDEN).equals(YearMonth.of(DEMO_YEAR, 12))) {
      // this machine's December 2026: the demo's January–November are outcome
      assertEquals(List.of("2026-12"), strings(json, "forecastMonths"));
      assertEquals(List.of("2026-09", "2026-10", "2026-11"), strings(json, "runRateMonths"));
    }
    checkAgainstTables(json, DEMO_YEAR);
    for (JsonObject o : json.getJsonArray("orgs").getValuesAs(JsonObject.class)) {
      assertEquals("RUN_RATE", o.getString("method"), "2026 has no budgetunderlag");
      assertEquals("ENTERED", o.getString("budgetSource"), o.getString("code")
          + ": the demo's IT budget");
    }
    // some over and some under their budget, so the dashboard shows both
    List<BigDecimal> deviations = json.getJsonArray("orgs").getValuesAs(JsonObject.class)
        .stream().map(o -> dec(o, "deviation")).toList();
    assertTrue(deviations.stream().anyMatch(d -> d.signum() > 0), deviations.toString());
    assertTrue(deviations.stream().anyMatch(d -> d.signum() < 0), deviations.toString());

    // the dashboard's workbook has the same prognosis, org by org
    HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        new PortalClient(base).uri("api/v1/dashboard/export.xlsx?year=2026"))
        .header("Authorization", basic("it")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheet("Helårsprognos");
      List<JsonObject> orgs = json.getJsonArray("orgs").getValuesAs(JsonObject.class);
      for (int i = 0; i < orgs.size(); i++) {
        Row row = sheet.getRow(5 + i);
        assertEquals(orgs.get(i).getString("code"), row.getCell(0).getStringCellValue());
        assertEquals(dec(orgs.get(i), "prognosis", "binding").doubleValue(),
            row.getCell(6).getNumericCellValue(), 0.001, orgs.get(i).getString("code"));
      }
    }

    // one org scoped, for a finance chief of another org too (ekonomichefsgruppen sees all)
    JsonObject gsf = json(get("api/v1/forecast/2026?org=GSF", "ekonom.bostad").body());
    assertEquals(1, gsf.getJsonArray("orgs").size());
    assertEquals("GSF", gsf.getJsonArray("orgs").getJsonObject(0).getString("code"));
    assertEquals(404, get("api/v1/forecast/2026?org=NOPE", "it").statusCode());
    assertEquals(422, get("api/v1/forecast/tjugo", "it").statusCode());
    assertEquals(422, get("api/v1/forecast/1999", "it").statusCode());
    assertEquals(403, get("api/v1/forecast/2026", "personal.gsf").statusCode());
    assertEquals(200, get("api/v1/forecast/2026", "admin").statusCode());
  }

  @Test
  void theWorkQueueAsksForAMissingBudgetAndFlagsAnOrgOverIt() throws Exception {
    // the work queue is about the portal's current year
    int year = LocalDate.now(SWEDEN).getYear();
    JsonObject json = json(get("api/v1/forecast/" + year, "it").body());
    List<JsonObject> orgs = json.getJsonArray("orgs").getValuesAs(JsonObject.class);
    String controller = todo("it");
    for (JsonObject o : orgs) {
      String link = "href=\"/statements/dashboard.xhtml?year=" + year + "&amp;org="
          + o.getString("code") + "&amp;section=forecast#forecast\"";
      assertEquals(overBudget(o), controller.contains(link + ">Helårsprognosen " + year + " för "
          + o.getString("code") + " ligger "), o.toString());
    }
    if (year != DEMO_YEAR) {
      return;
    }
    // the demo: GSF's binding prognosis is over its budget by more than 5 %
    assertTrue(todo("ekonom.gsf").contains("Helårsprognosen 2026 för GSF ligger "),
        todo("ekonom.gsf"));
    // BOAB's chief sees BOAB's item exactly when BOAB is over (its demo budget is within 5 %,
    // but a test that recomputes a 2026 month may move it), and never GSF's
    String bostad = todo("ekonom.bostad");
    JsonObject boab = json(get("api/v1/forecast/2026?org=BOAB", "it").body())
        .getJsonArray("orgs").getJsonObject(0);
    assertEquals(overBudget(boab), bostad.contains("Helårsprognosen 2026 för BOAB"), bostad);
    assertFalse(bostad.contains("Helårsprognosen 2026 för GSF"), bostad);
    // take KF's budget away: its chief is asked to enter one, the controller sees it missing
    String kf;
    try (Connection c = TestDatabase.connect()) {
      kf = TestDatabase.text("SELECT amount FROM forecast_budget f JOIN org_unit o"
          + " ON o.id = f.org_id WHERE f.budget_year = 2026 AND o.code = 'KF'");
      exec(c, "DELETE FROM forecast_budget WHERE budget_year = 2026 AND org_id ="
          + " (SELECT id FROM org_unit WHERE code = 'KF')");
    }
    try {
      assertTrue(todo("ekonom.kf").contains("href=\"/statements/dashboard.xhtml?year=2026"
          + "&amp;org=KF&amp;section=forecast#forecast\">Ange IT-budget 2026 för KF</a>"), todo("ekonom.kf"));
      // KF and any org a test created with a 2026 result but no budget, in the forecast's order
      List<String> missing = json(get("api/v1/forecast/2026", "it").body()).getJsonArray("orgs")
          .getValuesAs(JsonObject.class).stream()
          .filter(o -> !o.containsKey("budget") || o.isNull("budget"))
          .map(o -> o.getString("code")).toList();
      assertTrue(missing.contains("KF"), missing.toString());
      String it = todo("it");
      assertTrue(it.contains(">IT-budget 2026 saknas (" + missing.size() + " st): "
          + String.join(", ", missing) + "</a>"), it);
    } finally {
      assertEquals(204, put("api/v1/forecast/2026/budgets/KF", "it",
          "{\"amount\": " + kf + "}").statusCode());
    }
    assertFalse(todo("ekonom.kf").contains("Ange IT-budget 2026"));
  }

  @Test
  void theBudgetFormIsOfferedForAYearWithNothingComputedOrBudgetedYet() throws Exception {
    // 2045: no result, no budgetunderlag, no budget; the forecast has no org
    assertEquals(0, json(get("api/v1/forecast/2045", "it").body()).getJsonArray("orgs").size());
    String chief = budgetForm(PortalClient.loggedIn(base, "ekonom.gsf", "demo"));
    assertTrue(chief.contains("<option value=\"GSF\"") && !chief.contains("<option value=\"KF\""),
        chief);
    String controller = budgetForm(PortalClient.loggedIn(base, "it", "demo"));
    for (String code : List.of("GSF", "KF", "BOAB", "SNAB")) {
      assertTrue(controller.contains("<option value=\"" + code + "\""), code + ": " + controller);
    }
    assertTrue(budgetForm(PortalClient.loggedIn(base, "personal.gsf", "demo")).isEmpty(),
        "no form for a viewer");
  }

  /** The dashboard of 2045's budget form (from its heading to its button), or "" without one. */
  private String budgetForm(PortalClient client) {
    PortalClient.Page page = client.get("statements/dashboard.xhtml?year=2045&section=forecast");
    if (page.status() != 200 || !page.body().contains("id=\"forecastBudgetHeading\"")) {
      return "";
    }
    String body = page.body();
    int from = body.indexOf("id=\"forecastBudgetHeading\"");
    return body.substring(from, body.indexOf("saveBudget", from));
  }

  @Test
  void budgetsAreEnteredByTheOwnOrgOrTheControllerAndAPublishedBudgetunderlagWins()
      throws Exception {
    try {
      assertEquals(204, put("api/v1/forecast/2024/budgets/GSF", "ekonom.gsf",
          "{\"amount\": 1234567.50}").statusCode());
      JsonObject gsf = org(json(get("api/v1/forecast/2024?org=GSF", "ekonom.gsf").body()));
      assertEquals(0, new BigDecimal("1234567.50").compareTo(dec(gsf, "budget")));
      assertEquals("ENTERED", gsf.getString("budgetSource"));
      assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind ="
          + " 'FORECAST_BUDGET' AND org_code = 'GSF' AND username = 'ekonom.gsf'"
          + " AND summary LIKE 'IT-budget 2024: 1_234_567,50_kr'"));

      // another org's chief, a viewer and the admin may not; the controller may
      assertEquals(403, put("api/v1/forecast/2024/budgets/SBK", "ekonom.gsf",
          "{\"amount\": 10}").statusCode());
      assertEquals(403, put("api/v1/forecast/2024/budgets/GSF", "personal.gsf",
          "{\"amount\": 10}").statusCode());
      assertEquals(403, put("api/v1/forecast/2024/budgets/GSF", "admin",
          "{\"amount\": 10}").statusCode());
      assertEquals(204, put("api/v1/forecast/2024/budgets/sbk", "it",
          "{\"amount\": 0}").statusCode());
      assertEquals(404, put("api/v1/forecast/2024/budgets/NOPE", "it",
          "{\"amount\": 10}").statusCode());

      // bad amounts: the field and the reason, nothing saved
      HttpResponse<String> negative = put("api/v1/forecast/2024/budgets/GSF", "ekonom.gsf",
          "{\"amount\": -1}");
      assertEquals(422, negative.statusCode(), negative.body());
      assertTrue(negative.body().contains("amount"), negative.body());
      assertTrue(negative.body().contains("IT-budgeten -1 måste vara 0 eller mer med högst 2"
          + " decimaler."), negative.body());
      HttpResponse<String> decimals = put("api/v1/forecast/2024/budgets/GSF", "ekonom.gsf",
          "{\"amount\": 1.005}");
      assertEquals(422, decimals.statusCode(), decimals.body());
      HttpResponse<String> missing = put("api/v1/forecast/2024/budgets/GSF", "ekonom.gsf",
          "{}");
      assertEquals(422, missing.statusCode(), missing.body());
      assertTrue(missing.body().contains("Ange IT-budgeten i kronor."), missing.body());
      assertEquals(0, new BigDecimal("1234567.50").compareTo(new BigDecimal(TestDatabase.text(
          "SELECT amount FROM forecast_budget WHERE budget_year = 2024 AND org_id ="
              + " (SELECT id FROM org_unit WHERE code = 'GSF')"))));

      JsonObject entered = json(get("api/v1/forecast/2024", "it").body());
      checkAgainstTables(entered, YEAR);

      // a published budgetunderlag for 2024 with GSF (two areas) and SBK: its twelfths and
      // its binding totals; the other orgs keep the run-rate
      try (Connection c = TestDatabase.connect()) {
        exec(c, "INSERT INTO budget_version (budget_year, version_no, name, published_on,"
            + " published_by) VALUES (2024, 1, 'ForecastIT 2024 v1', '2026-01-15', 'it')");
        long version = TestDatabase.count("SELECT id FROM budget_version WHERE name ="
            + " 'ForecastIT 2024 v1'");
        List<Long> areas = new ArrayList<>();
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT id FROM service_area ORDER BY id LIMIT 2")) {
          while (rs.next()) {
            areas.add(rs.getLong(1));
          }
        }
        total(c, version, "GSF", areas.get(0), "1200000.05", "1100000.00", "CHARGEBACK");
        total(c, version, "GSF", areas.get(1), "240000.01", "260000.03", "ALLOCATION");
        total(c, version, "SBK", areas.get(0), "600000.00", "700000.07", "ALLOCATION");
      }
      JsonObject published = json(get("api/v1/forecast/2024", "it").body());
      JsonObject pg = org(published, "GSF");
      assertEquals("BUDGETUNDERLAG", pg.getString("method"));
      assertEquals("BUDGETUNDERLAG", pg.getString("budgetSource"));
      assertEquals(0, new BigDecimal("1460000.08").compareTo(dec(pg, "budget")),
          "1 200 000,05 per unit + 260 000,03 shared: " + pg);
      assertEquals("BUDGETUNDERLAG", org(published, "SBK").getString("method"));
      checkAgainstTables(published, YEAR);
    } finally {
      try (Connection c = TestDatabase.connect()) {
        exec(c, "DELETE FROM budget_version_total WHERE version_id IN (SELECT id FROM"
            + " budget_version WHERE name = 'ForecastIT 2024 v1')");
        exec(c, "DELETE FROM budget_version WHERE name = 'ForecastIT 2024 v1'");
        exec(c, "DELETE FROM forecast_budget WHERE budget_year = 2024");
      }
    }
  }

  /**
   * Recomputes the year from the tables and compares every org: actual = its stored lines of
   * the computed months; forecast = its exact share rounded to within an öre (floor or floor +
   * 1 öre), the orgs summing to the whole's exact sum HALF_UP; prognosis = actual + forecast;
   * budget and deviation.
   */
  private static void checkAgainstTables(JsonObject json, int year) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      List<String> computed = new ArrayList<>();
      // the outcome: the computed months before the current one
      try (PreparedStatement ps = c.prepareStatement("SELECT DATE_FORMAT(period, '%Y-%m')"
          + " FROM costing_run WHERE YEAR(period) = ? AND period < ? ORDER BY period")) {
        ps.setInt(1, year);
        ps.setDate(2, java.sql.Date.valueOf(YearMonth.now(SWEDEN).atDay(1)));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            computed.add(rs.getString(1));
          }
        }
      }
      assertEquals(computed, strings(json, "computedMonths"));
      List<String> base = computed.subList(Math.max(0, computed.size() - 3), computed.size());
      int rest = 12 - computed.size();
      // code → month → the three models
      Map<String, Map<String, BigDecimal[]>> stored = new TreeMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code,"
          + " DATE_FORMAT(r.period, '%Y-%m'),"
          + " SUM(CASE WHEN r.model = 'CHARGEBACK' THEN r.amount ELSE 0 END),"
          + " SUM(CASE WHEN r.model = 'ALLOCATION' THEN r.amount ELSE 0 END),"
          + " SUM(CASE WHEN r.binding THEN r.amount ELSE 0 END)"
          + " FROM result_line r JOIN org_unit o ON o.id = r.org_id WHERE YEAR(r.period) = ?"
          + " GROUP BY o.code, r.period")) {
        ps.setInt(1, year);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (computed.contains(rs.getString(2))) {
              stored.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(
                  rs.getString(2), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4),
                      rs.getBigDecimal(5)});
            }
          }
        }
      }
      Map<String, BigDecimal[]> version = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code, SUM(t.chargeback),"
          + " SUM(t.allocation), SUM(CASE WHEN t.binding_model = 'CHARGEBACK'"
          + " THEN t.chargeback ELSE t.allocation END) FROM budget_version_total t"
          + " JOIN org_unit o ON o.id = t.org_id WHERE t.version_id = (SELECT id FROM"
          + " budget_version WHERE budget_year = ? ORDER BY version_no DESC LIMIT 1)"
          + " GROUP BY o.code")) {
        ps.setInt(1, year);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            version.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)});
          }
        }
      }
      Map<String, BigDecimal> entered = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code, f.amount FROM"
          + " forecast_budget f JOIN org_unit o ON o.id = f.org_id WHERE f.budget_year = ?")) {
        ps.setInt(1, year);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            entered.put(rs.getString(1), rs.getBigDecimal(2));
          }
        }
      }
      TreeSet<String> codes = new TreeSet<>(stored.keySet());
      codes.addAll(version.keySet());
      codes.addAll(entered.keySet());
      List<JsonObject> orgs = json.getJsonArray("orgs").getValuesAs(JsonObject.class);
      assertEquals(new ArrayList<>(codes), orgs.stream().map(o -> o.getString("code")).toList());
      BigDecimal[] exactSum = zero();
      BigDecimal[] forecastSum = zero();
      for (JsonObject o : orgs) {
        String code = o.getString("code");
        Map<String, BigDecimal[]> months = stored.getOrDefault(code, Map.of());
        BigDecimal[] actual = zero();
        BigDecimal[] runRate = zero();
        for (Map.Entry<String, BigDecimal[]> m : months.entrySet()) {
          add(actual, m.getValue());
          if (base.contains(m.getKey())) {
            add(runRate, m.getValue());
          }
        }
        boolean fromVersion = version.containsKey(code);
        assertEquals(fromVersion ? "BUDGETUNDERLAG" : "RUN_RATE", o.getString("method"), code);
        BigDecimal[] baseSum = fromVersion ? version.get(code) : runRate;
        int divisor = fromVersion ? 12 : Math.max(1, base.size());
        for (int k = 0; k < 3; k++) {
          String model = MODELS[k];
          assertEquals(0, actual[k].compareTo(dec(o, "actual", model)), code + " " + model
              + ": the stored lines of the computed months");
          BigDecimal exact = baseSum[k].multiply(BigDecimal.valueOf(rest))
              .divide(BigDecimal.valueOf(divisor), 30, RoundingMode.FLOOR);
          BigDecimal forecast = dec(o, "forecast", model);
          BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
          assertTrue(forecast.compareTo(floor) == 0 || forecast.compareTo(floor.add(ORE)) == 0,
              code + " " + model + ": " + forecast + " within an öre of " + exact);
          assertEquals(0, actual[k].add(forecast).compareTo(dec(o, "prognosis", model)), code);
          exactSum[k] = exactSum[k].add(exact);
          forecastSum[k] = forecastSum[k].add(forecast);
        }
        BigDecimal budget = fromVersion ? version.get(code)[2] : entered.get(code);
        if (budget == null) {
          assertTrue(!o.containsKey("budget") || o.isNull("budget"), code); // JSON-B leaves out a null
          assertEquals("NONE", o.getString("budgetSource"));
        } else {
          assertEquals(0, budget.compareTo(dec(o, "budget")), code + ": budget");
          assertEquals(0, dec(o, "prognosis", "binding").subtract(budget)
              .compareTo(dec(o, "deviation")), code + ": deviation");
        }
        // the months: computed ones as stored, the forecast ones summing to the forecast
        BigDecimal forecastMonths = BigDecimal.ZERO;
        for (JsonObject m : o.getJsonArray("months").getValuesAs(JsonObject.class)) {
          String period = m.getString("period");
          assertEquals(computed.contains(period), m.getBoolean("computed"), code + period);
          if (!m.getBoolean("computed")) {
            forecastMonths = forecastMonths.add(dec(m, "amounts", "binding"));
          }
        }
        assertEquals(0, forecastMonths.compareTo(dec(o, "forecast", "binding")), code);
      }
      JsonObject total = json.getJsonObject("total");
      for (int k = 0; k < 3; k++) {
        BigDecimal whole = exactSum[k].setScale(2, RoundingMode.HALF_UP);
        assertEquals(0, whole.compareTo(forecastSum[k]), MODELS[k]
            + ": the orgs' forecasts sum to the whole's exact sum, HALF_UP to öre");
        assertEquals(0, whole.compareTo(dec(total, "forecast", MODELS[k])), MODELS[k]);
      }
    }
  }

  private static void total(Connection c, long version, String org, long area,
      String chargeback, String allocation, String binding) throws SQLException {
    exec(c, "INSERT INTO budget_version_total (version_id, org_id, area_id, chargeback,"
        + " allocation, binding_model, switch_month, last_chargeback, price_effect,"
        + " volume_effect) VALUES (" + version + ", (SELECT id FROM org_unit WHERE code = '"
        + org + "'), " + area + ", " + chargeback + ", " + allocation + ", '" + binding
        + "', NULL, 0, 0, 0)");
  }

  /** Whether an org's binding prognosis exceeds its budget by more than 5 % (none: false). */
  private static boolean overBudget(JsonObject o) {
    // JSON-B leaves a null budget out
    return o.containsKey("budget") && !o.isNull("budget") && dec(o, "prognosis", "binding")
        .multiply(BigDecimal.valueOf(100))
        .compareTo(dec(o, "budget").multiply(BigDecimal.valueOf(105))) > 0;
  }

  private String todo(String user) {
    PortalClient.Page page = PortalClient.loggedIn(base, user, "demo").get("index.xhtml");
    assertEquals(200, page.status(), page.body());
    return page.body();
  }

  private static BigDecimal[] zero() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static void add(BigDecimal[] sum, BigDecimal[] more) {
    for (int k = 0; k < 3; k++) {
      sum[k] = sum[k].add(more[k]);
    }
  }

  private static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
  }

  private static JsonObject org(JsonObject json) {
    assertEquals(1, json.getJsonArray("orgs").size(), json.toString());
    return json.getJsonArray("orgs").getJsonObject(0);
  }

  private static JsonObject org(JsonObject json, String code) {
    return json.getJsonArray("orgs").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
  }

  private static BigDecimal dec(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private static BigDecimal dec(JsonObject o, String object, String name) {
    return o.getJsonObject(object).getJsonNumber(name).bigDecimalValue();
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new PortalClient(base)
        .uri(path)).header("Authorization", basic(user)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> put(String path, String user, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new PortalClient(base)
        .uri(path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
        .getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
