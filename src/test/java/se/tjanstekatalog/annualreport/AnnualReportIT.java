package se.tjanstekatalog.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Download;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The årsberättelse of the demo year 2026, reading the ledger only: the JSON's costs per model
 * and area, recovery and an org's binding cost against SQL sums over result_line and
 * pool_result for the months it covers; the PDF and the Word document read back; the IT
 * organisation's text saved on the page, shown in the page, the JSON and the Word document,
 * and audited (the demo's text of the whole is put back afterwards); the demo's texts for every
 * area and the whole in the JSON, the page and the Word document; and who may see it.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportIT {
  private static final String PAGE = "costing/annual.xhtml";
  private static final String API = "api/v1/annual-report/2026";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void figuresEqualTheLedgersOwnSums() throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page response = finance.getWithBasic(API, "ekonom.gsf", "demo");
    assertEquals(200, response.status(), response.body());
    JsonObject r = Json.createReader(new StringReader(response.body())).readObject();
    assertEquals(2026, r.getInt("year"));
    String through = r.getString("through") + "-01";
    assertEquals(r.getJsonArray("months").size() < 12 || r.getBoolean("preliminary"),
        r.getBoolean("preliminary"));

    JsonObject whole = r.getJsonObject("whole").getJsonObject("costs");
    BigDecimal[] sums = sums("", through);
    assertEquals(0, sums[0].compareTo(number(whole, "chargeback")), "internfakturering");
    assertEquals(0, sums[1].compareTo(number(whole, "allocation")), "solidarisk");
    assertEquals(0, sums[2].compareTo(number(whole, "binding")), "skarpt");

    int areasWithCost = 0;
    for (JsonObject area : r.getJsonArray("areas").getValuesAs(JsonObject.class)) {
      String code = area.getString("code");
      BigDecimal[] a = sums(" AND r.area_id = (SELECT id FROM service_area WHERE code = '"
          + code + "')", through);
      JsonObject costs = area.getJsonObject("costs");
      assertEquals(0, a[0].compareTo(number(costs, "chargeback")), code);
      assertEquals(0, a[1].compareTo(number(costs, "allocation")), code);
      assertEquals(0, a[2].compareTo(number(costs, "binding")), code);
      if (a[2].signum() != 0) {
        areasWithCost++;
      }
      for (JsonObject pool : area.getJsonArray("pools").getValuesAs(JsonObject.class)) {
        BigDecimal[] p = poolSums(" AND a.code = '" + code + "'", through);
        assertEquals(0, p[0].compareTo(number(pool, "cost")), code + " pool cost");
        assertEquals(0, p[1].compareTo(number(pool, "revenue")), code + " pool revenue");
        BigDecimal rate = p[1].multiply(BigDecimal.valueOf(100))
            .divide(p[0], 1, java.math.RoundingMode.HALF_UP);
        assertEquals(0, rate.compareTo(number(pool, "recoveryPercent")), code + " recovery");
      }
    }
    assertTrue(areasWithCost >= 3, "the demo bills several areas: " + areasWithCost);
    List<JsonObject> pools = r.getJsonObject("whole").getJsonArray("pools")
        .getValuesAs(JsonObject.class);
    assertFalse(pools.isEmpty(), "the demo's pools");
    for (JsonObject pool : pools) {
      BigDecimal[] p = poolSums(" AND p.code = '" + pool.getString("code") + "'", through);
      assertEquals(0, p[0].compareTo(number(pool, "cost")), pool.getString("code"));
      assertEquals(0, p[1].compareTo(number(pool, "revenue")), pool.getString("code"));
    }

    JsonObject gsf = r.getJsonObject("whole").getJsonObject("keyFigures").getJsonArray("orgs")
        .getValuesAs(JsonObject.class).stream().filter(o -> "GSF".equals(o.getString("code")))
        .findFirst().orElseThrow();
    BigDecimal[] g = sums(" AND r.org_id = (SELECT id FROM org_unit WHERE code = 'GSF')",
        through);
    assertEquals(0, g[2].compareTo(number(gsf, "bindingCost")), "GSF binding cost");
    assertFalse(r.getJsonObject("whole").getJsonObject("keyFigures")
        .getJsonObject("administrationMedian").isNull("perEmployee"), "a median per employee");

    // the demo catalogue's year: Tunn klient retired after March, KOM-EPOST's new level from
    // September, KOM-MOBIL Standard's decided price change from July, both decisions listed,
    // and the model plan's switch of Arbetsplats in July
    String all = r.toString();
    assertTrue(all.contains("\"kind\":\"SERVICE_RETIRED\",\"service\":\"ARB-TUNN\","
        + "\"month\":\"2026-03\""), "retired service");
    assertTrue(all.contains("\"kind\":\"LEVEL_ADDED\",\"service\":\"KOM-EPOST\","
        + "\"month\":\"2026-09\""), "new level");
    JsonObject kom = r.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getJsonArray("priceChanges").getValuesAs(JsonObject.class).stream()
            .anyMatch(p -> "KOM-MOBIL".equals(p.getString("service"))))
        .findFirst().orElseThrow(() -> new AssertionError("KOM-MOBIL price change: " + all));
    JsonObject mobile = kom.getJsonArray("priceChanges").getValuesAs(JsonObject.class).stream()
        .filter(p -> "KOM-MOBIL".equals(p.getString("service"))).findFirst().orElseThrow();
    assertFalse(mobile.isNull("before"), "priced before the change: " + mobile);
    assertTrue(kom.getJsonArray("decidedProposals").size() >= 2, kom.toString());
    assertTrue(r.getJsonObject("whole").getJsonArray("switches").getValuesAs(JsonObject.class)
        .stream().anyMatch(w -> "2026-07".equals(w.getString("from"))
            && "ALLOCATION".equals(w.getString("model"))), "the July switch");

    // the page shows the same binding total
    Page page = finance.get(PAGE + "?year=2026");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Årsberättelse"), "title");
    assertTrue(page.body().contains(SwedishFormat.tableKronor(sums[2])),
        "binding total on the page: " + SwedishFormat.tableKronor(sums[2]));
    assertTrue(page.body().contains("data-tk-chart=\"{&quot;type&quot;:&quot;bar&quot;"),
        "charts");
  }

  @Test
  void pdfAndWordCarryTheSectionsAndTheLedgersTotal() throws Exception {
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    JsonObject r = Json.createReader(new StringReader(
        controller.getWithBasic(API, "it", "demo").body())).readObject();
    BigDecimal binding = number(r.getJsonObject("whole").getJsonObject("costs"), "binding");
    String kr = SwedishFormat.kronor(binding);
    List<String> areaNames = r.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("name")).toList();

    Download docx = controller.fetch(API + ".docx");
    assertEquals(200, docx.status());
    assertTrue(docx.header("Content-Disposition").contains("arsberattelse-2026"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertTrue(text.contains("Årsberättelse 2026"));
      assertTrue(text.contains("Helheten") && text.contains("Nyckeltal per organisation")
          && text.contains("Täckningsgrad per pool"), "sections");
      for (String area : areaNames) {
        assertTrue(text.contains(area), area);
      }
      XWPFTable costs = doc.getTables().get(0);
      assertEquals("Skarp (bokförd)", costs.getRow(3).getCell(0).getText());
      assertEquals(kr, costs.getRow(3).getCell(1).getText(), "binding total");
      assertTrue(doc.getAllPictures().size() >= 1, "charts as images");
    }

    Download pdf = controller.fetch(API + ".pdf");
    assertEquals(200, pdf.status());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Årsberättelse 2026"));
      assertTrue(text.contains("Nyckeltal per organisation"));
      assertTrue(text.replace('\u00a0', ' ').contains(kr.replace('\u00a0', ' ')),
          "binding total " + kr);
      for (String area : areaNames) {
        assertTrue(text.contains(area), area);
      }
    }
  }

  @Test
  void theDemoYearHasTheTextsOfEveryAreaAndTheWhole() throws Exception {
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    JsonObject r = Json.createReader(new StringReader(
        controller.getWithBasic(API, "ekonom.gsf", "demo").body())).readObject();
    List<JsonObject> texts = new java.util.ArrayList<>();
    texts.add(r.getJsonObject("whole").getJsonObject("text"));
    // The demo's seven areas have texts; an area another class adds (CatalogueWorkbookIT's
    // WBIT stays) has none.
    r.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getJsonObject("text"))
        .filter(t -> !t.getString("events").isBlank())
        .forEach(texts::add);
    assertEquals(8, texts.size(), "the whole and the seven areas");
    String page = controller.get(PAGE + "?year=2026").body();
    String word;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        controller.fetch(API + ".docx").body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      word = extractor.getText();
    }
    for (JsonObject t : texts) {
      for (String field : List.of("events", "efficiencies", "nextSteps")) {
        String text = t.getString(field);
        assertTrue(text.split("\\. ").length >= 2, "2–4 sentences: " + text);
        String first = text.substring(0, text.indexOf('.'));
        assertTrue(word.contains(first), "in the Word document: " + first);
        assertTrue(page.contains(first), "on the page: " + first);
      }
    }
    assertTrue(word.contains("Arbetsplats gick över till solidarisk finansiering från juli"),
        "the Arbetsplats text");
    assertTrue(r.getJsonObject("whole").getJsonObject("text").getString("nextSteps")
        .contains("Prislista 2027"), "the whole's next steps");
  }

  @Test
  void theControllersTextIsSavedShownAndAudited() throws Exception {
    String marker = "Årets händelse " + System.nanoTime();
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    String[] demoText = wholeText();
    try {
      Page page = controller.get(PAGE + "?year=2026");
      assertEquals(200, page.status());
      Map<String, String> form = PortalClient.inputs(page.body(), "textForm");
      form.put("textForm:scope_input", "0");
      form.put("textForm:events", marker + "\n\nAndra stycket.");
      form.put("textForm:efficiencies", "Färre servrar.");
      form.put("textForm:nextSteps", "");
      Page saved = controller.ajax(PAGE, form, "textForm:saveText", "textForm",
          "textForm annual");
      assertEquals(200, saved.status());
      assertTrue(saved.body().contains("Texten är sparad."), saved.body());
      assertTrue(saved.body().contains("<p>" + marker + "</p>"), "shown as a paragraph");

      JsonObject r = Json.createReader(new StringReader(
          controller.getWithBasic(API, "ekonom.gsf", "demo").body())).readObject();
      JsonObject text = r.getJsonObject("whole").getJsonObject("text");
      assertEquals(marker + "\n\nAndra stycket.", text.getString("events"));
      assertEquals("Färre servrar.", text.getString("efficiencies"));

      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
          controller.fetch(API + ".docx").body()));
          XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
        assertTrue(extractor.getText().contains(marker), "in the Word document");
      }
      assertTrue(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind ="
          + " 'ANNUAL_REPORT' AND username = 'it' AND object = 'årsberättelse 2026, hela'"
          + " AND at > NOW() - INTERVAL 10 MINUTE") > 0, "audited");

      // a finance chief reads it but gets no form
      PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
      Page read = finance.get(PAGE + "?year=2026");
      assertTrue(read.body().contains(marker));
      assertFalse(read.body().contains("textForm:saveText"), "no text form");
    } finally {
      // the demo's text of the whole, as it was
      try (Connection c = TestDatabase.connect();
          PreparedStatement ps = c.prepareStatement(demoText == null
              ? "DELETE FROM annual_report_text WHERE report_year = 2026 AND area_id = 0"
              : "UPDATE annual_report_text SET events = ?, efficiencies = ?, next_steps = ?,"
                  + " changed_by = ? WHERE report_year = 2026 AND area_id = 0")) {
        if (demoText != null) {
          for (int i = 0; i < demoText.length; i++) {
            ps.setString(i + 1, demoText[i]);
          }
        }
        ps.executeUpdate();
      }
    }
  }

  /** The whole's text of 2026 (events, efficiencies, next steps, by), or null. */
  private static String[] wholeText() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT events, efficiencies, next_steps,"
            + " changed_by FROM annual_report_text WHERE report_year = 2026 AND area_id = 0");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
          rs.getString(4)} : null;
    }
  }

  @Test
  void onlyTheDashboardsReadersSeeIt() {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get(PAGE).status());
    assertEquals(403, viewer.getWithBasic(API, "personal.gsf", "demo").status());
    assertEquals(403, viewer.fetch(API + ".pdf").status());
    assertFalse(viewer.get("index.xhtml").body().contains("Årsberättelse"), "no menu item");
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    assertEquals(200, admin.get(PAGE + "?year=2026").status());
    assertTrue(admin.get("index.xhtml").body().contains("Årsberättelse"), "menu item");
    assertEquals(422, admin.getWithBasic("api/v1/annual-report/1999", "admin", "demo")
        .status());
  }

  // ------------------------------------------------------------------ the database

  private static BigDecimal number(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  /** Internfakturering, solidarisk and binding sums of 2026 up to {@code through}. */
  private static BigDecimal[] sums(String where, String through) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT"
            + " COALESCE(SUM(CASE WHEN r.model = 'CHARGEBACK' THEN r.amount END), 0),"
            + " COALESCE(SUM(CASE WHEN r.model = 'ALLOCATION' THEN r.amount END), 0),"
            + " COALESCE(SUM(CASE WHEN r.binding THEN r.amount END), 0)"
            + " FROM result_line r WHERE r.period BETWEEN '2026-01-01' AND ?" + where)) {
      ps.setString(1, through);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)};
      }
    }
  }

  /** Pools' cost and revenue of 2026 up to {@code through} (of an area or a pool). */
  private static BigDecimal[] poolSums(String where, String through) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(r.cost), 0),"
            + " COALESCE(SUM(r.revenue), 0) FROM pool_result r"
            + " JOIN cost_pool p ON p.id = r.pool_id JOIN service_area a ON a.id = p.area_id"
            + " WHERE r.period BETWEEN '2026-01-01' AND ?" + where)) {
      ps.setString(1, through);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
      }
    }
  }
}
