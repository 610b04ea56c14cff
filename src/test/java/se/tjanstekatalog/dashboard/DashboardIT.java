package se.tjanstekatalog.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.costing.control.MonthComputation;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Ekonomichefsgruppens översikt on the demo year 2026, read only (nothing is written): the
 * page's figures for an org and a month against SQL sums over result_line divided by the
 * month's org_key_value, the per-service volume against the consumption rows, the JSON and
 * Excel downloads, and who may open it. Expected values are read right after the page.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
  private static final String PAGE = "statements/dashboard.xhtml";
  /** The organisations' table renders only the chosen models' columns; these tests read all. */
  private static final String ALL_COLUMNS = "&columns=CHARGEBACK,ALLOCATION,BINDING";
  private static final List<String> DEMO_ORGS = List.of("SLK", "SF", "OFN", "GSF", "FSF",
      "GVF", "FUF", "HVOF", "ASF", "MF", "SBK", "FGK", "KF", "FRF", "BOAB", "SNAB", "EAB",
      "PAB");
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final Pattern KRONOR = Pattern.compile("[-\u2212]?\\d{1,3}(\u00a0\\d{3})*,\\d{2}\u00a0kr");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void financeChiefSeesEveryOrgsMonthFiguresEqualToResultLinesDividedByKeyValues()
      throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = finance.get(PAGE + "?year=2026&month=2026-03&org=GSF" + ALL_COLUMNS);
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("Ekonomichefsgruppens översikt"), "title");
    assertTrue(html.contains("IT-kostnad per förvaltning och bolag, 2026-03"), "heading");
    Map<String, List<String>> rows = rows(table(html, "dashOrgs"), "data-org");
    assertTrue(rows.keySet().containsAll(DEMO_ORGS), rows.keySet().toString());
    assertTrue(html.indexOf("Förvaltningar") < html.indexOf("Bolag"), "förvaltningar first");

    for (String code : List.of("GSF", "BOAB")) {
      Expected e = expected(code, "2026-03-01");
      List<String> cells = rows.get(code);
      assertEquals(SwedishFormat.tableFixed(BigDecimal.valueOf(e.headcount), 1), cells.get(0),
          code + " headcount");
      assertEquals(kr(e.chargeback), cells.get(3), code + " internfakturering");
      assertTrue(KRONOR.matcher(cells.get(3)).matches(), "Swedish format: " + cells.get(3));
      assertEquals(kr(perEmployee(e.chargeback, e.headcount)), cells.get(4),
          code + " internfakturering per medarbetare");
      assertEquals(kr(perMsek(e.chargeback, e.turnover)), cells.get(6),
          code + " internfakturering per MSEK");
      assertEquals(kr(e.allocation), cells.get(8), code + " solidarisk");
      assertEquals(kr(perEmployee(e.allocation, e.headcount)), cells.get(9));
      assertEquals(kr(perMsek(e.allocation, e.turnover)), cells.get(11));
      assertEquals(kr(e.binding), cells.get(13), code + " skarpt");
      assertEquals(kr(perEmployee(e.binding, e.headcount)), cells.get(14));
      assertEquals(kr(perMsek(e.binding, e.turnover)), cells.get(15));
      assertTrue(cells.get(5).matches("[-−]?\\d+,\\d\u00a0%"), "deviation: " + cells.get(5));
    }
    String gsfAreas = rows.get("GSF").get(2);
    assertTrue(gsfAreas.contains("Arbetsplats: Internfakturering")
        && !gsfAreas.contains("Solidarisk"), "March, before the switch, per area: " + gsfAreas);

    // One part at a time: the orgs; the links to the others keep the year, month, org, columns.
    assertTrue(html.contains("data-section=\"overview\" aria-current=\"page\""), "orgs shown");
    assertFalse(html.contains("id=\"dashTrend\"") || html.contains("id=\"forecastOrgs\"")
        || html.contains("id=\"dashServices\""), "the other parts are not rendered");
    Matcher link = Pattern.compile("href=\"([^\"]*)\" data-section=\"months\"").matcher(html);
    assertTrue(link.find(), "a link to the months");
    assertEquals("dashboard.xhtml?year=2026&amp;month=2026-03&amp;org=GSF"
        + "&amp;columns=CHARGEBACK,ALLOCATION,BINDING&amp;section=months", link.group(1));
    Page monthsPart = finance.get("statements/" + link.group(1).replace("&amp;", "&"));
    assertEquals(200, monthsPart.status());
    String monthsHtml = monthsPart.body();
    assertTrue(monthsHtml.contains("data-section=\"months\" aria-current=\"page\""));
    assertFalse(monthsHtml.contains("id=\"dashOrgs\""), "the orgs' table is not rendered");

    // The months of GSF (chosen by ?org=GSF) against the database.
    Map<String, List<String>> months = rows(table(monthsHtml, "dashTrend"), "data-month");
    assertEquals(12, months.size());
    Expected march = expected("GSF", "2026-03-01");
    assertEquals(kr(march.chargeback), months.get("2026-03").get(4));
    assertEquals(kr(perEmployee(march.chargeback, march.headcount)),
        months.get("2026-03").get(5));
    Expected july = expected("GSF", "2026-07-01");
    assertEquals("Båda (per tjänsteområde)", months.get("2026-07").get(1),
        "Arbetsplats solidarisk from July, the rest internfakturering");
    assertEquals(kr(july.binding), months.get("2026-07").get(10));

    assertTrue(html
        .contains("data-tk-chart=\"{&quot;type&quot;:&quot;bar&quot;"), "per employee chart");
    assertTrue(monthsHtml
        .contains("data-tk-chart=\"{&quot;type&quot;:&quot;line&quot;"), "trend chart");
    assertTrue(html.contains("<caption>"), "tables have captions");
    assertTrue(html.contains("scope=\"col\"") && html.contains("scope=\"row\""));

    // Without a choice the table renders the binding model's columns only, the same figures.
    Page defaults = finance.get(PAGE + "?year=2026&month=2026-03&org=GSF");
    Map<String, List<String>> shown = rows(table(defaults.body(), "dashOrgs"), "data-org");
    for (String code : List.of("GSF", "BOAB")) {
      List<String> all = rows.get(code);
      assertEquals(List.of(all.get(0), all.get(1), all.get(2), all.get(13), all.get(14),
          all.get(15)), shown.get(code), code + ": binding columns only");
    }
    assertFalse(table(defaults.body(), "dashOrgs").contains("data-col=\"ALLOCATION"),
        "no allocation column unless chosen");
  }

  @Test
  void wholeYearIsTheYearsCostPerAverageEmployee() throws Exception {
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    Page page = controller.get(PAGE + "?year=2026" + ALL_COLUMNS);
    assertEquals(200, page.status());
    List<String> gsf = rows(table(page.body(), "dashOrgs"), "data-org").get("GSF");
    BigDecimal cost = BigDecimal.ZERO;
    long headcounts = 0;
    int months = 0;
    BigDecimal turnover = BigDecimal.ZERO;
    for (int m = 1; m <= 12; m++) {
      Expected e = expected("GSF", String.format("2026-%02d-01", m));
      cost = cost.add(e.chargeback);
      headcounts += e.headcount;
      turnover = turnover.add(e.turnover);
      months++;
    }
    assertEquals(kr(cost), gsf.get(3));
    assertEquals(kr(cost.multiply(BigDecimal.valueOf(months))
        .divide(BigDecimal.valueOf(headcounts), 2, RoundingMode.HALF_UP)), gsf.get(4),
        "Σ cost ÷ average headcount");
    assertEquals(kr(perMsek(cost, turnover)), gsf.get(6));
  }

  @Test
  void monthAndOrgAreChosenOnThePage() throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page start = finance.get(PAGE + "?year=2026&columns=CHARGEBACK");
    Map<String, String> form = PortalClient.inputs(start.body(), "dash");
    form.put("dash:month_input", "2026-05");
    Page may = finance.ajax(PAGE, form, "dash:show", "dash", "dash");
    assertEquals(200, may.status());
    assertTrue(may.body().contains("IT-kostnad per förvaltning och bolag, 2026-05"), may.body());
    assertEquals(kr(expected("SF", "2026-05-01").chargeback),
        rows(table(may.body(), "dashOrgs"), "data-org").get("SF").get(3));

    Page monthsPart = finance.get(PAGE + "?year=2026&section=months");
    assertTrue(table(monthsPart.body(), "dashTrend").contains("Grundskoleförvaltningen"),
        "the months default to the chief's own org");
    Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>"
        + "Serviceförvaltningen</option>").matcher(monthsPart.body());
    assertTrue(option.find(), "SF offered for the months");
    Map<String, String> choose = PortalClient.inputs(monthsPart.body(), "dash");
    choose.put("dash:trendOrg_input", option.group(1));
    choose.put("jakarta.faces.behavior.event", "valueChange");
    choose.put("jakarta.faces.partial.event", "change");
    Page sf = finance.ajax(PAGE, choose, "dash:trendOrg", "dash:trendOrg",
        "dash:trend dash:trendChart");
    assertEquals(200, sf.status());
    assertTrue(sf.body().contains("Månad för månad: Serviceförvaltningen"), sf.body());
    assertEquals(kr(expected("SF", "2026-02-01").allocation),
        rows(table(sf.body(), "dashTrend"), "data-month").get("2026-02").get(7));
  }

  @Test
  void anUnknownPartIsNamedAndTheOrgsAreShown() throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = finance.get(PAGE + "?year=2026&section=prognos");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Del av sidan: ”prognos” är ingen av overview, forecast,"
        + " months, services; förvaltningar och bolag visas."), page.body());
    assertTrue(page.body().contains("data-section=\"overview\" aria-current=\"page\""));
    assertTrue(page.body().contains("id=\"dashOrgs\""));
  }

  @Test
  void perServiceVolumeIsTheConsumptionOfThatServiceAndMonth() throws Exception {
    // The volume is read from the stored results (what the month was computed with). Other
    // tests import into the demo year and leave months stale, so the volume is checked against
    // the stored internfakturering lines always, and against the consumption rows wherever the
    // month's inputs are unchanged since computing (the costing tests prove the two agree).
    String month = "2026-03";
    String first = month + "-01";
    String service = scalar("SELECT s.code FROM result_line r JOIN service s"
        + " ON s.id = r.service_id WHERE r.period = '" + first + "' AND r.model = 'CHARGEBACK'"
        + " AND r.quantity IS NOT NULL GROUP BY s.code ORDER BY SUM(r.quantity) DESC, s.code"
        + " LIMIT 1");
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.bostad", "demo");
    Page page = finance.get(PAGE + "?year=2026&service=" + service);
    assertEquals(200, page.status());
    Map<String, List<String>> months = rows(table(page.body(), "dashServiceMonths"),
        "data-month");
    assertEquals(12, months.size());
    BigDecimal[] charged = charged(service, first);
    assertEquals(SwedishFormat.decimal(charged[0], 4), months.get(month).get(0),
        service + " volume in " + month);
    assertEquals(kr(charged[1]), months.get(month).get(1));
    assertEquals(kr(charged[1].divide(charged[0], 2, RoundingMode.HALF_UP)),
        months.get(month).get(2), "cost per unit");
    assertTrue(rows(table(page.body(), "dashServices"), "data-service").containsKey(service));

    // Every consumption service and month through the JSON API.
    JsonObject json = json(basic("api/v1/dashboard?year=2026", "ekonom.gsf").body());
    int checked = 0;
    int againstConsumption = 0;
    for (JsonObject s : json.getJsonArray("services").getValuesAs(JsonObject.class)) {
      for (JsonObject m : s.getJsonArray("months").getValuesAs(JsonObject.class)) {
        if ("FIXED_MONTHLY".equals(s.getString("unit"))) {
          continue;
        }
        String period = m.getString("period") + "-01";
        BigDecimal volume = m.getJsonNumber("volume").bigDecimalValue();
        BigDecimal stored = charged(s.getString("code"), period)[0];
        assertEquals(0, (stored == null ? BigDecimal.ZERO : stored).compareTo(volume),
            s.getString("code") + " " + m.getString("period") + " = its stored lines");
        checked++;
        if (TestDatabase.count("SELECT COUNT(*) FROM costing_run WHERE NOT stale"
            + " AND period = '" + period + "'") > 0) {
          assertEquals(0, consumption(s.getString("code"), period).compareTo(volume),
              s.getString("code") + " " + m.getString("period") + " = its consumption");
          againstConsumption++;
        }
      }
    }
    assertTrue(checked > 100, "every consumption service and month: " + checked);
    // the year's helårsprognos, as its own API gives it
    JsonObject forecast = json(basic("api/v1/forecast/2026", "ekonom.gsf").body());
    assertEquals(forecast, json.getJsonObject("forecast"));
    assertTrue(forecast.getJsonArray("orgs").size() >= 18, forecast.toString());
    System.out.println("DashboardIT: " + checked + " service-months against stored lines, "
        + againstConsumption + " also against consumption (months not stale)");
  }

  @Test
  void apiAndExcelGiveTheSameFiguresAndAViewerIsRefusedEverywhere() throws Exception {
    HttpResponse<String> response = basic("api/v1/dashboard?month=2026-03", "ekonom.gsf");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response.body());
    assertEquals(2026, json.getInt("year"));
    assertEquals("2026-03", json.getString("month"));
    JsonObject gsf = json.getJsonArray("groups").getJsonObject(0).getJsonArray("orgs")
        .getValuesAs(JsonObject.class).stream().filter(o -> "GSF".equals(o.getString("code")))
        .findFirst().orElseThrow();
    Expected e = expected("GSF", "2026-03-01");
    JsonObject chargeback = gsf.getJsonObject("figures").getJsonObject("chargeback");
    assertEquals(0, e.chargeback.compareTo(chargeback.getJsonNumber("cost").bigDecimalValue()));
    assertEquals(0, perEmployee(e.chargeback, e.headcount)
        .compareTo(chargeback.getJsonNumber("perEmployee").bigDecimalValue()));
    assertEquals("ADMINISTRATION", json.getJsonArray("groups").getJsonObject(0)
        .getString("kind"));

    HttpResponse<byte[]> xlsx = download("api/v1/dashboard/export.xlsx?year=2026&month=2026-03",
        "it");
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("")
        .contains("oversikt-2026-03.xlsx"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet orgs = book.getSheet("Per organisation");
      assertNotNull(orgs);
      Row found = null;
      for (int i = 5; i <= orgs.getLastRowNum(); i++) {
        Row row = orgs.getRow(i);
        if (row.getCell(0) != null && "GSF".equals(row.getCell(0).getStringCellValue())) {
          found = row;
        }
      }
      assertNotNull(found, "GSF row");
      String areas = found.getCell(5).getStringCellValue();
      assertTrue(areas.contains("Arbetsplats: Internfakturering · ")
          && !areas.contains("Solidarisk"), "the page's binding per area: " + areas);
      assertEquals(e.chargeback.doubleValue(), found.getCell(6).getNumericCellValue(), 0.001);
      assertEquals(perEmployee(e.chargeback, e.headcount).doubleValue(),
          found.getCell(7).getNumericCellValue(), 0.001);
      assertNotNull(book.getSheet("Per tjänst"));
    }

    HttpResponse<String> bad = basic("api/v1/dashboard?year=tjugo", "it");
    assertEquals(422, bad.statusCode());
    assertTrue(bad.body().contains("År: ”tjugo” ska vara ett år mellan 2000 och 2100."),
        bad.body());
    HttpResponse<String> outside = basic("api/v1/dashboard?year=2025&month=2026-03", "it");
    assertEquals(422, outside.statusCode());

    assertEquals(403, basic("api/v1/dashboard?year=2026", "personal.gsf").statusCode());
    assertEquals(403, download("api/v1/dashboard/export.xlsx", "personal.gsf").statusCode());
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get(PAGE).status());
    assertFalse(viewer.get("index.xhtml").body().contains("Ekonomichefsgruppens översikt"),
        "no menu item for a viewer");
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    assertTrue(finance.get("index.xhtml").body().contains("Ekonomichefsgruppens översikt"),
        "menu item for a finance chief");
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    assertEquals(200, admin.get(PAGE + "?year=2026").status());
  }

  // ------------------------------------------------------------------ the database

  /** One org's month as stored: both models, the binding part and the key values. */
  private record Expected(BigDecimal chargeback, BigDecimal allocation, BigDecimal binding,
      long headcount, BigDecimal turnover) {}

  /**
   * The dashboard's sums are kept per stored run (LedgerTotals): when the month is computed
   * again, here directly on the database as another node would, the page shows the new lines.
   */
  @Test
  void aRecomputedMonthShowsItsNewFigures() throws Exception {
    YearMonth month = YearMonth.of(2024, 5);
    PreparedMonths.prepare(month, "DashboardIT", List.of("GSF", "SF"), false);
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    String page = PAGE + "?year=2024&month=2024-05&columns=CHARGEBACK";
    String sum = "SELECT SUM(r.amount) FROM result_line r JOIN org_unit o ON o.id = r.org_id"
        + " WHERE r.period = '2024-05-01' AND r.model = 'CHARGEBACK' AND o.code = 'SF'";
    BigDecimal before = new BigDecimal(scalar(sum));
    assertEquals(kr(before),
        rows(table(controller.get(page).body(), "dashOrgs"), "data-org").get("SF").get(3));
    // the comparison sums the same months' totals per org and area, kept by the months' runs
    String comparison = "costing/comparison.xhtml?from=2024-05&to=2024-05";
    assertTrue(controller.get(comparison).body().contains(kr(before)), "SF on the comparison");

    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE consumption SET quantity = quantity + 10 WHERE period ="
            + " '2024-05-01' AND org_id = (SELECT id FROM org_unit WHERE code = 'SF')");
      }
      assertTrue(MonthComputation.computeAndStore(c, month, "test").stored());
      c.commit();
    }
    BigDecimal after = new BigDecimal(scalar(sum));
    assertTrue(after.compareTo(before) > 0, before + " → " + after);
    assertEquals(kr(after),
        rows(table(controller.get(page).body(), "dashOrgs"), "data-org").get("SF").get(3),
        "the recomputed month's figure, not the one read before");
    String recomputed = controller.get(comparison).body();
    assertTrue(recomputed.contains(kr(after)) && !recomputed.contains(kr(before)),
        "the comparison shows the recomputed month too");

    // The orgs' binding lines are kept by the months' runs and the areas' names: a renamed
    // area shows at once.
    String areaId = scalar("SELECT s.area_id FROM result_line r JOIN service s ON s.id ="
        + " r.service_id JOIN org_unit o ON o.id = r.org_id WHERE r.period = '2024-05-01'"
        + " AND o.code = 'SF' AND r.binding LIMIT 1");
    String area = scalar("SELECT name FROM service_area WHERE id = " + areaId);
    assertTrue(bindingLines(controller.get(page).body(), "SF").contains(area + ":"), area);
    try {
      TestDatabase.update("UPDATE service_area SET name = CONCAT(name, ' (DashboardIT)')"
          + " WHERE id = " + areaId);
      assertTrue(bindingLines(controller.get(page).body(), "SF")
          .contains(area + " (DashboardIT):"), "the renamed area in SF's binding lines");
    } finally {
      TestDatabase.update("UPDATE service_area SET name = REPLACE(name, ' (DashboardIT)', '')"
          + " WHERE id = " + areaId);
    }
  }

  /** The org's binding lines on the dashboard page (the cell beside its key values). */
  private static String bindingLines(String html, String org) {
    int row = html.indexOf("<tr data-org=\"" + org + "\"");
    assertTrue(row >= 0, org + " on the page");
    int cell = html.indexOf("tk-area-binding", row);
    return html.substring(cell, html.indexOf("</td>", cell));
  }

  private static Expected expected(String code, String period) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT"
            + " SUM(CASE WHEN r.model = 'CHARGEBACK' THEN r.amount ELSE 0 END),"
            + " SUM(CASE WHEN r.model = 'ALLOCATION' THEN r.amount ELSE 0 END),"
            + " SUM(CASE WHEN r.binding THEN r.amount ELSE 0 END),"
            + " (SELECT k.headcount FROM org_key_value k WHERE k.org_id = o.id"
            + "   AND k.period = r.period),"
            + " (SELECT k.turnover FROM org_key_value k WHERE k.org_id = o.id"
            + "   AND k.period = r.period)"
            + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
            + " WHERE r.period = ? AND o.code = ? GROUP BY o.id, r.period")) {
      ps.setString(1, period);
      ps.setString(2, code);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), code + " has results in " + period);
        return new Expected(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
            rs.getLong(4), rs.getBigDecimal(5));
      }
    }
  }

  private static BigDecimal consumption(String service, String period) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(c.quantity), 0)"
            + " FROM import_batch b JOIN consumption_row c ON c.period = ? AND c.batch_id = b.id"
            + " JOIN service_level l ON l.id = c.level_id JOIN service s ON s.id = l.service_id"
            + " WHERE b.kind = 'CONSUMPTION' AND b.status = 'ACTIVE' AND s.code = ?")) {
      ps.setString(1, period);
      ps.setString(2, service);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }

  /** Σ quantity and Σ amount of the service's internfakturering lines in the month. */
  private static BigDecimal[] charged(String service, String period) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT SUM(r.quantity), SUM(r.amount)"
            + " FROM result_line r JOIN service s ON s.id = r.service_id"
            + " WHERE r.period = ? AND s.code = ? AND r.model = 'CHARGEBACK'")) {
      ps.setString(1, period);
      ps.setString(2, service);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
      }
    }
  }

  private static String scalar(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }

  private static BigDecimal perEmployee(BigDecimal cost, long headcount) {
    return cost.divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal perMsek(BigDecimal cost, BigDecimal turnover) {
    return cost.multiply(MILLION).divide(turnover, 2, RoundingMode.HALF_UP);
  }

  // ------------------------------------------------------------------ HTTP and HTML

  private HttpResponse<String> basic(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(request(path, user),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> download(String path, String user) throws Exception {
    return HttpClient.newHttpClient().send(request(path, user),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String user) {
    String token = Base64.getEncoder().encodeToString((user + ":demo")
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(new PortalClient(base).uri(path))
        .header("Authorization", "Basic " + token).GET().build();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String kr(BigDecimal value) {
    return SwedishFormat.tableKronor(value);
  }

  /** The HTML of a table by its id, up to its end. */
  private static String table(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no table " + id);
    return html.substring(start, html.indexOf("</table>", start));
  }

  /** The td texts of each row with the attribute, keyed by its value (th left out). */
  private static Map<String, List<String>> rows(String table, String attribute) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Pattern start = Pattern.compile("<tr " + attribute + "=\"([^\"]+)\"");
    Matcher m = start.matcher(table);
    while (m.find()) {
      int end = table.indexOf("</tr>", m.end());
      String row = table.substring(m.end(), end);
      List<String> cells = new ArrayList<>();
      String[] parts = row.split("<td");
      for (int i = 1; i < parts.length; i++) {
        String cell = parts[i].substring(parts[i].indexOf('>') + 1);
        cell = cell.substring(0, cell.indexOf("</td>"));
        cells.add(cell.replaceAll("<[^>]+>", "").replace("&nbsp;", "\u00a0")
            .replace("&ndash;", "–").strip());
      }
      rows.put(m.group(1), cells);
    }
    return rows;
  }
}
