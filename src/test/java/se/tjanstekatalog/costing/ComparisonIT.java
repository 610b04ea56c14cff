package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The comparison of both models on the demo data (2026 computed at start, Arbetsplats binding
 * under solidarisk fördelning from 2026-07): the page per org and per area, its sorting, its
 * Excel export and who may open it, and the results API with its access rules. Figures are
 * checked against result_line, read right after the page, since other ITs may recompute months.
 */
@ExtendWith(ArquillianExtension.class)
class ComparisonIT {
  private static final String PAGE = "costing/comparison.xhtml";
  private static final String YEAR_2026 = PAGE + "?from=2026-01&to=2026-12";
  private static final List<String> DEMO_ORGS = List.of("SLK", "SF", "OFN", "GSF", "FSF",
      "GVF", "FUF", "HVOF", "ASF", "MF", "SBK", "FGK", "KF", "FRF", "BOAB", "SNAB", "EAB",
      "PAB");
  private static final Pattern CODE = Pattern.compile("<span class=\"tk-muted\">([^<]+)</span>");
  /** Reflow tables repeat the header in every cell for small screens; not the cell's value. */
  private static final Pattern COLUMN_TITLE =
      Pattern.compile("<span class=\"ui-column-title\">[^<]*</span>");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  // ------------------------------------------------------------------ the page

  @Test
  void controllerSeesEveryDemoOrgForTheLatestComputedYearInSwedishFormat() throws Exception {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(PAGE);
    assertEquals(200, page.status());
    String html = page.body();
    Map<String, BigDecimal[]> db = dbTotals("2026-01-01", "2026-12-01", null);
    String year = String.valueOf(TestDatabase.count("SELECT YEAR(MAX(period)) FROM costing_run"));

    assertTrue(html.contains(year + "-01 – " + year + "-12"), "default: latest computed year");
    assertTrue(html.contains("Jämförelse av modellerna"), "title and menu");
    if ("2026".equals(year)) {
      Map<String, List<String>> rows = rowsByCode(table(html, "cmp:orgs"));
      for (String code : DEMO_ORGS) {
        List<String> cells = rows.get(code);
        assertNotNull(cells, code + " listed");
        assertEquals(kr(db.get(code)[0]), cells.get(1), code + " binding");
        assertEquals(kr(db.get(code)[1]), cells.get(2), code + " shadow");
        assertEquals(kr(db.get(code)[0].subtract(db.get(code)[1])), cells.get(3),
            code + " difference");
      }
    }

    Page explicit = it.get(YEAR_2026);
    Map<String, List<String>> rows = rowsByCode(table(explicit.body(), "cmp:orgs"));
    assertTrue(rows.keySet().containsAll(DEMO_ORGS), rows.keySet().toString());
    List<String> gsf = rows.get("GSF");
    assertEquals(kr(db.get("GSF")[0]), gsf.get(1));
    assertTrue(gsf.get(1).matches("\\d{1,3}(\u00a0\\d{3})*,\\d{2}\u00a0kr"),
        "Swedish format: " + gsf.get(1));
    assertTrue(gsf.get(4).matches("[-−]?\\d+,\\d\u00a0%|–"), "percent: " + gsf.get(4));
    BigDecimal total = db.values().stream().map(t -> t[0]).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assertTrue(explicit.body().contains("Summa") && explicit.body().contains(kr(total)),
        "footer sums the binding totals: " + kr(total));
    assertTrue(explicit.body()
        .contains("data-tk-chart=\"{&quot;type&quot;:&quot;bar&quot;"), "difference chart");
    assertTrue(explicit.body()
        .contains("data-tk-chart=\"{&quot;type&quot;:&quot;line&quot;"), "trend chart");
  }

  @Test
  void perAreaViewShowsInternfaktureringBindingInJuneAndSolidariskInJuly() throws Exception {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(YEAR_2026 + "&area=ARBETSPLATS");
    assertEquals(200, page.status());
    assertSwitchInJuly(table(page.body(), "cmp:months"));
    Map<String, BigDecimal[]> db = dbTotals("2026-01-01", "2026-12-01", "ARBETSPLATS");
    List<String> gsf = rowsByCode(table(page.body(), "cmp:orgs")).get("GSF");
    assertEquals(kr(db.get("GSF")[0]), gsf.get(1), "figures restricted to Arbetsplats");
    assertEquals(kr(db.get("GSF")[1]), gsf.get(2));

    // The same through the form, as a person chooses it.
    Page start = it.get(PAGE);
    Map<String, String> form = PortalClient.inputs(start.body(), "cmp");
    form.put("cmp:from_input", "2026-01");
    form.put("cmp:to_input", "2026-12");
    form.put("cmp:area_input", "ARBETSPLATS");
    Page chosen = it.ajax(PAGE, form, "cmp:show", "cmp", "cmp");
    assertEquals(200, chosen.status());
    assertTrue(chosen.body().contains("Arbetsplats, 2026-01 – 2026-12"), chosen.body());
    assertSwitchInJuly(table(chosen.body(), "cmp:months"));

    // The months of one org, chosen in the list above the chart.
    Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Grundskoleförvaltningen"
        + "</option>").matcher(chosen.body());
    assertTrue(option.find(), "GSF offered for the months");
    Map<String, String> months = PortalClient.inputs(start.body(), "cmp");
    months.put("cmp:trendOrg_input", option.group(1));
    months.put("jakarta.faces.behavior.event", "valueChange"); // as PrimeFaces 15 sends it
    months.put("jakarta.faces.partial.event", "change");
    Page gsfMonths = it.ajax(PAGE, months, "cmp:trendOrg", "cmp:trendOrg",
        "cmp:months cmp:trendChart");
    String table = table(gsfMonths.body(), "cmp:months");
    assertTrue(table.contains("Grundskoleförvaltningen"), gsfMonths.body());
    assertSwitchInJuly(table);
    List<String> july = rowsByFirstCell(table).get("2026-07");
    assertEquals(kr(dbTotals("2026-07-01", "2026-07-01", "ARBETSPLATS").get("GSF")[0]),
        july.get(2), "GSF's Arbetsplats binding total in July");
    assertTrue(gsfMonths.body().contains("Skarpt och skugga per månad: Grundskoleförvaltningen"),
        "chart title");
  }

  @Test
  void allAreasTogetherNameArbetsplatsAsTheExceptionAfterTheSwitch() {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Map<String, List<String>> months = rowsByFirstCell(
        table(it.get(YEAR_2026).body(), "cmp:months"));
    assertEquals("Internfakturering", months.get("2026-06").get(1));
    assertEquals("Internfakturering; Solidarisk fördelning för Arbetsplats",
        months.get("2026-07").get(1));
  }

  @Test
  void tableSortsByDifference() throws Exception {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(YEAR_2026);
    Map<String, String> fields = PortalClient.inputs(page.body(), "cmp");
    fields.put("cmp:orgs_sorting", "true");
    fields.put("cmp:orgs_skipChildren", "true");
    fields.put("cmp:orgs_encodeFeature", "true");
    fields.put("cmp:orgs_sortKey", "cmp:orgs:cDiff");
    fields.put("cmp:orgs_sortDir", "-1");
    Page sorted = it.ajax(PAGE, fields, "cmp:orgs", "cmp:orgs", "cmp:orgs");
    assertEquals(200, sorted.status());
    List<String> codes = new ArrayList<>();
    Matcher m = CODE.matcher(sorted.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    Map<String, BigDecimal[]> db = dbTotals("2026-01-01", "2026-12-01", null);
    List<String> expected = db.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0].subtract(b.getValue()[1])
            .compareTo(a.getValue()[0].subtract(a.getValue()[1])))
        .map(Map.Entry::getKey).toList();
    assertEquals(expected, codes, "largest difference first");
  }

  @Test
  void excelDownloadIsAWorkbookWhoseFiguresMatchTheDatabase() throws Exception {
    HttpResponse<byte[]> response = download(
        "api/v1/comparison/export.xlsx?from=2026-01&to=2026-12", "it");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
        .contains("jamforelse-2026-01-2026-12.xlsx"));
    Map<String, BigDecimal[]> db = dbTotals("2026-01-01", "2026-12-01", null);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = book.getSheet("Jämförelse");
      assertNotNull(sheet);
      Row header = sheet.getRow(4);
      assertEquals("Skarpt", header.getCell(3).getStringCellValue());
      assertEquals("Skugga", header.getCell(4).getStringCellValue());
      Map<String, Row> byCode = new HashMap<>();
      Row sum = null;
      for (int i = 5; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        String first = row.getCell(0).getStringCellValue();
        if ("Summa".equals(first)) {
          sum = row;
        } else {
          byCode.put(first, row);
        }
      }
      assertEquals(db.keySet(), byCode.keySet(), "one row per org with results");
      for (Map.Entry<String, BigDecimal[]> e : db.entrySet()) {
        Row row = byCode.get(e.getKey());
        assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
        assertEquals(e.getValue()[0].doubleValue(), row.getCell(3).getNumericCellValue(), 0.001,
            e.getKey() + " binding");
        assertEquals(e.getValue()[1].doubleValue(), row.getCell(4).getNumericCellValue(), 0.001,
            e.getKey() + " shadow");
      }
      assertNotNull(sum, "sum row");
      BigDecimal total = db.values().stream().map(t -> t[0]).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      assertEquals(total.doubleValue(), sum.getCell(3).getNumericCellValue(), 0.001);
      assertTrue(sum.getCell(3).getCellStyle().getDataFormatString().contains("kr"));
    }

    HttpResponse<byte[]> area = download(
        "api/v1/comparison/export.xlsx?from=2026-01&to=2026-12&area=ARBETSPLATS", "ekonom.gsf");
    assertEquals(200, area.statusCode(), "finance chiefs may export too");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(area.body()))) {
      Sheet months = book.getSheet("Per månad");
      Map<String, String> model = new HashMap<>();
      for (int i = 5; i <= months.getLastRowNum(); i++) {
        Row row = months.getRow(i);
        model.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
      }
      assertEquals("Internfakturering", model.get("2026-06"));
      assertEquals("Solidarisk fördelning", model.get("2026-07"));
    }
    assertEquals(403, download("api/v1/comparison/export.xlsx", "personal.gsf").statusCode());
    HttpResponse<byte[]> badMonth = download("api/v1/comparison/export.xlsx?from=2026-13", "it");
    assertEquals(422, badMonth.statusCode());
    assertTrue(new String(badMonth.body(), StandardCharsets.UTF_8).contains("”2026-13”"));
    HttpResponse<byte[]> backwards = download(
        "api/v1/comparison/export.xlsx?from=2026-12&to=2026-01", "it");
    assertEquals(422, backwards.statusCode());
    assertTrue(new String(backwards.body(), StandardCharsets.UTF_8)
        .contains("Till-månaden 2026-01 ligger före från-månaden 2026-12."));
  }

  @Test
  void financeChiefOpensThePageAndAViewerIsRefused() {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = finance.get(YEAR_2026);
    assertEquals(200, page.status());
    assertTrue(rowsByCode(table(page.body(), "cmp:orgs")).keySet().containsAll(DEMO_ORGS),
        "the group reviews all orgs' totals together");
    assertTrue(table(page.body(), "cmp:months").contains("Grundskoleförvaltningen"),
        "months default to the chief's own org");
    assertTrue(finance.get("index.xhtml").body().contains("Jämförelse av modellerna"), "menu");

    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get(PAGE).status());
    assertFalse(viewer.get("index.xhtml").body().contains("Jämförelse av modellerna"));
  }

  // ------------------------------------------------------------------ the API

  @Test
  void controllerGetsEveryOrgsLinesAndTheyAddUpToTheTotalsAndTheDatabase() throws Exception {
    Page page = new PortalClient(base).getWithBasic("api/v1/periods/2026-03/results", "it",
        "demo");
    assertEquals(200, page.status(), page.body());
    JsonObject body = json(page.body()).asJsonObject();
    assertEquals("2026-03", body.getString("period"));
    assertEquals(64, body.getString("fingerprint").length());
    assertNotNull(body.getString("computedAt"));
    assertNotNull(body.getString("status"));
    JsonArray orgs = body.getJsonArray("orgs");
    Map<String, BigDecimal[]> db = dbTotals("2026-03-01", "2026-03-01", null);
    assertEquals(db.keySet(), codes(orgs), "all orgs with results");

    int lines = 0;
    for (JsonValue value : orgs) {
      JsonObject org = value.asJsonObject();
      String code = org.getString("code");
      BigDecimal binding = BigDecimal.ZERO;
      BigDecimal shadow = BigDecimal.ZERO;
      BigDecimal chargeback = BigDecimal.ZERO;
      BigDecimal allocation = BigDecimal.ZERO;
      for (JsonValue l : org.getJsonArray("lines")) {
        JsonObject line = l.asJsonObject();
        BigDecimal amount = line.getJsonNumber("amount").bigDecimalValue();
        assertEquals(2, amount.scale(), "öre: " + amount);
        if (line.getBoolean("binding")) {
          binding = binding.add(amount);
        } else {
          shadow = shadow.add(amount);
        }
        if ("CHARGEBACK".equals(line.getString("model"))) {
          chargeback = chargeback.add(amount);
        } else {
          allocation = allocation.add(amount);
        }
        lines++;
      }
      assertKr(binding, number(org, "bindingTotal"), code);
      assertKr(shadow, number(org, "shadowTotal"), code);
      assertKr(chargeback, number(org, "chargebackTotal"), code);
      assertKr(allocation, number(org, "allocationTotal"), code);
      assertKr(binding.subtract(shadow), number(org, "difference"), code);
      assertEquals(2, number(org, "bindingTotal").scale(), "two decimals in the JSON");
      assertKr(db.get(code)[0], binding, code + " binding as stored");
      assertKr(db.get(code)[1], shadow, code + " shadow as stored");
    }
    assertEquals(TestDatabase.count("SELECT COUNT(*) FROM result_line WHERE period = '2026-03-01'"),
        lines, "every stored line");

    JsonObject pooled = orgs.getValuesAs(JsonObject.class).stream()
        .flatMap(o -> o.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
        .filter(l -> "POOL".equals(l.getString("source"))).findFirst().orElseThrow();
    assertEquals("ALLOCATION", pooled.getString("model"));
    assertTrue(pooled.containsKey("pool") && pooled.containsKey("keyValue")
        && pooled.containsKey("keyTotal"), pooled.toString());
    JsonObject consumed = orgs.getValuesAs(JsonObject.class).stream()
        .flatMap(o -> o.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
        .filter(l -> "CONSUMPTION".equals(l.getString("source"))).findFirst().orElseThrow();
    assertTrue(consumed.containsKey("service") && consumed.containsKey("level")
        && consumed.containsKey("quantity") && consumed.containsKey("unitPrice")
        && consumed.containsKey("area"), consumed.toString());
  }

  @Test
  void financeChiefAndViewerGetTheirOwnOrgOnlyAnd403ForAnother() throws Exception {
    PortalClient client = new PortalClient(base);
    Page own = client.getWithBasic("api/v1/periods/2026-07/results", "ekonom.gsf", "demo");
    assertEquals(200, own.status(), own.body());
    JsonArray orgs = json(own.body()).asJsonObject().getJsonArray("orgs");
    assertEquals(1, orgs.size());
    JsonObject gsf = orgs.getJsonObject(0);
    assertEquals("GSF", gsf.getString("code"));
    assertKr(dbTotals("2026-07-01", "2026-07-01", null).get("GSF")[0],
        number(gsf, "bindingTotal"), "GSF binding as stored");

    Page named = client.getWithBasic("api/v1/periods/2026-07/results?org=GSF", "personal.gsf",
        "demo");
    assertEquals(200, named.status(), "a viewer sees their own org's lines");
    assertEquals("GSF", json(named.body()).asJsonObject().getJsonArray("orgs")
        .getJsonObject(0).getString("code"));

    Page other = client.getWithBasic("api/v1/periods/2026-07/results?org=SF", "ekonom.gsf",
        "demo");
    assertEquals(403, other.status());
    assertTrue(other.header("Content-Type").startsWith("application/problem+json"));
    assertEquals("Du kan bara se din egen organisations uppgifter.",
        json(other.body()).asJsonObject().getString("detail"));
    assertFalse(other.body().contains("\"lines\""), "nothing of SF's leaks");

    Page otherViewer = client.getWithBasic("api/v1/periods/2026-07/results?org=BOAB",
        "personal.gsf", "demo");
    assertEquals(403, otherViewer.status());

    Page bolag = client.getWithBasic("api/v1/periods/2026-07/results", "ekonom.bostad", "demo");
    assertEquals(200, bolag.status());
    assertEquals(List.of("BOAB"), new ArrayList<>(codes(json(bolag.body()).asJsonObject()
        .getJsonArray("orgs"))));
  }

  @Test
  void unknownOrgUncomputedMonthAndBadPeriodAreClearProblems() {
    PortalClient client = new PortalClient(base);
    Page unknown = client.getWithBasic("api/v1/periods/2026-07/results?org=NOPE", "it", "demo");
    assertEquals(404, unknown.status());
    assertEquals("Organisationen NOPE finns inte.",
        json(unknown.body()).asJsonObject().getString("detail"));

    Page uncomputed = client.getWithBasic("api/v1/periods/2031-01/results", "it", "demo");
    assertEquals(404, uncomputed.status());
    assertTrue(uncomputed.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(json(uncomputed.body()).asJsonObject().getString("detail")
        .startsWith("Perioden 2031-01 är inte beräknad."), uncomputed.body());

    Page bad = client.getWithBasic("api/v1/periods/2026-13/results", "it", "demo");
    assertEquals(422, bad.status());
    assertTrue(bad.body().contains("Månad: ”2026-13” är inte en månad (ÅÅÅÅ-MM)."), bad.body());

    assertEquals(401, client.get("api/v1/periods/2026-07/results").status());

    Page openapi = client.get("openapi");
    assertTrue(openapi.body().contains("/api/v1/periods/{period}/results"), "documented");
  }

  // ------------------------------------------------------------------ helpers

  private static void assertSwitchInJuly(String months) {
    Map<String, List<String>> rows = rowsByFirstCell(months);
    assertEquals(12, rows.size(), rows.keySet().toString());
    for (int m = 1; m <= 12; m++) {
      String month = String.format("2026-%02d", m);
      assertEquals(m < 7 ? "Internfakturering" : "Solidarisk fördelning",
          rows.get(month).get(1), month);
    }
  }

  /** Binding and shadow total per org code over the months, optionally one area, as stored. */
  private static Map<String, BigDecimal[]> dbTotals(String from, String to, String area)
      throws SQLException {
    Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT o.code,"
            + " SUM(CASE WHEN r.binding THEN r.amount ELSE 0 END),"
            + " SUM(CASE WHEN r.binding THEN 0 ELSE r.amount END)"
            + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
            + " JOIN service_area a ON a.id = r.area_id"
            + " WHERE r.period BETWEEN ? AND ?" + (area == null ? "" : " AND a.code = ?")
            + " GROUP BY o.code ORDER BY o.code")) {
      ps.setString(1, from);
      ps.setString(2, to);
      if (area != null) {
        ps.setString(3, area);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          totals.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2),
              rs.getBigDecimal(3)});
        }
      }
    }
    return totals;
  }

  private HttpResponse<byte[]> download(String path, String user) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":demo")
        .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            new PortalClient(base).uri(path)).header("Authorization", "Basic " + token).GET()
            .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertKr(BigDecimal expected, BigDecimal actual, String message) {
    assertEquals(0, expected.compareTo(actual), message + ": " + expected + " vs " + actual);
  }

  private static String kr(BigDecimal value) {
    return SwedishFormat.tableKronor(value);
  }

  /** The HTML of a table by its client id, up to its end. */
  private static String table(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no table " + id);
    int end = html.indexOf("</table>", start);
    return html.substring(start, end);
  }

  /** Each body row's cell texts, keyed by the org code shown in the first cell. */
  private static Map<String, List<String>> rowsByCode(String table) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String row : bodyRows(table)) {
      Matcher m = CODE.matcher(row);
      if (m.find()) {
        rows.put(m.group(1), cells(row));
      }
    }
    return rows;
  }

  private static Map<String, List<String>> rowsByFirstCell(String table) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String row : bodyRows(table)) {
      List<String> cells = cells(row);
      if (!cells.isEmpty()) {
        rows.put(cells.get(0), cells);
      }
    }
    return rows;
  }

  private static List<String> bodyRows(String table) {
    int body = table.indexOf("<tbody");
    int end = table.indexOf("</tbody>", body);
    String[] parts = table.substring(body, end).split("<tr");
    return List.of(parts).subList(1, parts.length);
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    String[] parts = row.split("<td");
    for (int i = 1; i < parts.length; i++) {
      String cell = parts[i].substring(parts[i].indexOf('>') + 1);
      cell = cell.substring(0, cell.indexOf("</td>"));
      cells.add(COLUMN_TITLE.matcher(cell).replaceAll("").replaceAll("<[^>]+>", "")
          .replace("&nbsp;", "\u00a0").strip());
    }
    return cells;
  }

  private static java.util.Set<String> codes(JsonArray orgs) {
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    orgs.getValuesAs(JsonObject.class).forEach(o -> codes.add(o.getString("code")));
    return codes;
  }

  private static BigDecimal number(JsonObject o, String name) {
    JsonNumber n = o.getJsonNumber(name);
    return n.bigDecimalValue();
  }

  private static JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
