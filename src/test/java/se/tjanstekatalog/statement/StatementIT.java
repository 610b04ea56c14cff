package se.tjanstekatalog.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Månadsbesked end to end: the demo's November 2026 read only (totals against result_line and
 * pool_result, access rules, PDF/Excel/CSV/ZIP parsed back, the page as ekonom.gsf), and the
 * adjustments on this test's own months 2023-02 (computed and locked) and 2023-03 (computed,
 * open, with an adjustment of a 2023-02 line booked in it).
 */
@ExtendWith(ArquillianExtension.class)
class StatementIT {
  static final String DEMO = "2026-11";
  static final String DEMO_FIRST = "2026-11-01";
  static final YearMonth ORIGINAL = YearMonth.of(2023, 2);
  static final YearMonth BOOKED = YearMonth.of(2023, 3);
  static final BigDecimal CORRECTION = new BigDecimal("-123.45");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void everyDemoStatementAddsUpAndTheOrgsAddUpToThePoolsAndTheRevenue() throws Exception {
    Map<String, BigDecimal> sqlBinding = new HashMap<>();
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT o.code, SUM(CASE WHEN r.binding THEN r.amount"
            + " ELSE 0 END) FROM result_line r JOIN org_unit o ON o.id = r.org_id"
            + " WHERE r.period = '" + DEMO_FIRST + "' GROUP BY o.code")) {
      while (rs.next()) {
        sqlBinding.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    assertEquals(18, sqlBinding.size(), "the demo's 14 förvaltningar and 4 bolag");
    Map<String, BigDecimal> pooledPerPool = new HashMap<>();
    BigDecimal chargebackBinding = BigDecimal.ZERO;
    BigDecimal allBinding = BigDecimal.ZERO;
    for (String org : sqlBinding.keySet()) {
      HttpResponse<byte[]> r = get("api/v1/periods/" + DEMO + "/statements/" + org, "it");
      assertEquals(200, r.statusCode(), org + ": " + text(r));
      JsonObject s = json(r);
      JsonObject totals = s.getJsonObject("totals");
      BigDecimal lines = BigDecimal.ZERO;
      for (JsonValue v : s.getJsonArray("lines")) {
        JsonObject l = v.asJsonObject();
        lines = lines.add(l.getJsonNumber("amount").bigDecimalValue());
        if ("CHARGEBACK".equals(l.getString("model"))) {
          chargebackBinding = chargebackBinding.add(l.getJsonNumber("amount").bigDecimalValue());
        }
      }
      for (JsonValue v : s.getJsonArray("pooledLines")) {
        JsonObject l = v.asJsonObject();
        BigDecimal amount = l.getJsonNumber("amount").bigDecimalValue();
        lines = lines.add(amount);
        pooledPerPool.merge(l.getString("pool"), amount, BigDecimal::add);
      }
      BigDecimal adjustments = BigDecimal.ZERO;
      for (JsonValue v : s.getJsonArray("adjustments")) {
        adjustments = adjustments.add(v.asJsonObject().getJsonNumber("amount")
            .bigDecimalValue());
      }
      assertEquals(0, lines.compareTo(amount(totals, "bindingLines")), org);
      assertEquals(0, lines.add(adjustments).compareTo(amount(totals, "bindingTotal")),
          org + ": the total is the sum of its lines");
      assertEquals(0, sqlBinding.get(org).compareTo(amount(totals, "bindingLines")),
          org + ": the binding result lines");
      allBinding = allBinding.add(amount(totals, "bindingLines"));
      JsonObject prev = s.getJsonObject("vsPreviousMonth");
      assertNotNull(prev, org + ": 2026-10 is computed");
      assertEquals(0, amount(prev, "change").compareTo(amount(prev, "price")
          .add(amount(prev, "volume")).add(amount(prev, "allocation"))), org + " effects");
      assertEquals(0, amount(prev, "after").subtract(amount(prev, "before"))
          .compareTo(amount(prev, "change")));
      assertTrue(absent(s, "vsLastYear"), "2025-11 is not computed: " + org);
      assertEquals("COMPANY".equals(s.getString("kind")), !absent(s, "vat"), org);
    }
    // every pool whose binding model is solidarisk is shared out exactly, to the öre
    int pools = 0;
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT p.code, r.cost, r.binding_model FROM pool_result"
            + " r JOIN cost_pool p ON p.id = r.pool_id WHERE r.period = '" + DEMO_FIRST + "'")) {
      while (rs.next()) {
        if ("ALLOCATION".equals(rs.getString(3))) {
          pools++;
          assertEquals(0, rs.getBigDecimal(2).compareTo(
              pooledPerPool.getOrDefault(rs.getString(1), BigDecimal.ZERO)),
              "pool " + rs.getString(1) + ": Σ shares = cost");
        } else {
          assertFalse(pooledPerPool.containsKey(rs.getString(1)), "not binding");
        }
      }
    }
    assertTrue(pools > 0, "Arbetsplats is solidarisk from 2026-07");
    assertEquals(0, scalar("SELECT SUM(amount) FROM result_line WHERE period = '" + DEMO_FIRST
        + "' AND binding AND model = 'CHARGEBACK'").compareTo(chargebackBinding),
        "Σ binding internfakturering = the charged revenue");
    assertEquals(0, scalar("SELECT binding_total FROM costing_run WHERE period = '"
        + DEMO_FIRST + "'").compareTo(allBinding), "Σ orgs = the run's binding total");
  }

  @Test
  void aViewerSeesOnlyTheOwnOrgAndOrgFinanceTheSummary() throws Exception {
    assertEquals(200, get("api/v1/periods/" + DEMO + "/statements/GSF", "personal.gsf")
        .statusCode());
    HttpResponse<byte[]> other = get("api/v1/periods/" + DEMO + "/statements/BOAB",
        "personal.gsf");
    assertEquals(403, other.statusCode());
    assertTrue(other.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/problem+json"));
    assertEquals(403, get("api/v1/periods/" + DEMO + "/statements/BOAB.pdf", "personal.gsf")
        .statusCode());
    assertEquals(403, get("api/v1/periods/" + DEMO + "/statements/BOAB.csv", "ekonom.gsf")
        .statusCode());
    assertEquals(403, get("api/v1/periods/" + DEMO + "/statements/GSF", "ekonom.bostad")
        .statusCode());
    assertEquals(403, get("api/v1/periods/" + DEMO + "/statements.zip", "ekonom.gsf")
        .statusCode());
    assertEquals(404, get("api/v1/periods/2026-11/statements/NOPE", "it").statusCode());
    assertEquals(404, get("api/v1/periods/2031-01/statements/GSF", "it").statusCode());
    assertEquals(422, get("api/v1/periods/2026-13/statements/GSF", "it").statusCode());

    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page summary = finance.get("statements/summary.xhtml?month=" + DEMO);
    assertEquals(200, summary.status());
    assertTrue(summary.body().contains("Bostads AB") && summary.body().contains(
        "Grundskoleförvaltningen"), "every org in the summary");
    assertFalse(summary.body().contains("statement.xhtml?month"),
        "no links to other orgs' statements for ORG_FINANCE");
    Page otherPage = finance.get("statements/statement.xhtml?month=" + DEMO + "&org=BOAB");
    assertEquals(200, otherPage.status());
    assertTrue(otherPage.body().contains("Du kan bara se din egen organisations uppgifter."),
        otherPage.body());
    assertFalse(otherPage.body().contains("id=\"bindingTotal\""));

    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get("statements/summary.xhtml").status());
    Page start = viewer.get("index.xhtml");
    assertTrue(start.body().contains("statements/statement.xhtml"), "start page link");
    String menu = start.body().substring(start.body().indexOf("id=\"menuForm:menu\""));
    assertTrue(menu.substring(0, menu.indexOf("</form>"))
        .contains("href=\"/statements/statement.xhtml\""), "menu entry for VIEWER");
  }

  @Test
  void thePageAndTheFilesShowTheSameTotal() throws Exception {
    JsonObject s = json(get("api/v1/periods/" + DEMO + "/statements/GSF", "ekonom.gsf"));
    BigDecimal total = amount(s.getJsonObject("totals"), "bindingTotal");
    String kr = SwedishFormat.kronor(total).replace('\u00a0', ' ');
    assertTrue(kr.matches("\\d{1,3}( \\d{3})*,\\d{2} kr"), kr);

    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = finance.get("statements/statement.xhtml?month=" + DEMO);
    assertEquals(200, page.status());
    String body = page.body().replace("&nbsp;", " ").replace("&#160;", " ")
        .replace('\u00a0', ' ');
    assertTrue(body.contains("id=\"bindingTotal\">" + kr + "<"), kr + " in the page");
    assertTrue(body.contains("Grundskoleförvaltningen (GSF)"));
    assertTrue(body.contains("api/v1/periods/2026-11/statements/GSF.pdf"));
    assertTrue(body.contains("statements/review.xhtml"), "review link for ORG_FINANCE");
    assertFalse(body.contains("id=\"pickOrg\""), "no org picker for one org");
    // A pooled line can be checked on the page: the pool's cost beside the org's key and share
    assertTrue(body.contains("Poolens kostnad"), "the pooled table names the pool's cost");
    String poolCost = SwedishFormat.kronor(new BigDecimal(TestDatabase.text("SELECT pr.cost"
        + " FROM pool_result pr JOIN result_line r ON r.pool_id = pr.pool_id AND r.period ="
        + " pr.period JOIN org_unit o ON o.id = r.org_id WHERE pr.period = '" + DEMO_FIRST
        + "' AND o.code = 'GSF' AND r.binding LIMIT 1"))).replace('\u00a0', ' ');
    assertTrue(body.contains("<td class=\"tk-num\">" + poolCost + "</td>"), poolCost);

    HttpResponse<byte[]> pdf = get("api/v1/periods/" + DEMO + "/statements/GSF.pdf",
        "ekonom.gsf");
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
        .contains("manadsbesked-2026-11-GSF.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertTrue(text.contains("Grundskoleförvaltningen"), text);
      assertTrue(text.contains(kr), kr + " in " + text);
    }

    HttpResponse<byte[]> csv = get("api/v1/periods/" + DEMO + "/statements/GSF.csv",
        "personal.gsf");
    assertEquals(200, csv.statusCode());
    String content = new String(csv.body(), StandardCharsets.UTF_8);
    assertEquals('\uFEFF', content.charAt(0));
    List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).build().parse(new StringReader(content.substring(1)))
        .getRecords();
    BigDecimal csvTotal = null;
    BigDecimal csvLines = BigDecimal.ZERO;
    for (CSVRecord r : records) {
      if (r.get("Rad").equals("Att betala, bindande totalt")) {
        csvTotal = number(r.get("Belopp"));
      }
      if (List.of("Bindande rad", "Solidarisk fördelning", "Justering")
          .contains(r.get("Avsnitt"))) {
        csvLines = csvLines.add(number(r.get("Belopp")));
      }
    }
    assertEquals(0, total.compareTo(csvTotal));
    assertEquals(0, total.compareTo(csvLines), "the CSV's lines add up to its total");

    HttpResponse<byte[]> xlsx = get("api/v1/periods/" + DEMO + "/statements/GSF.xlsx",
        "ekonom.gsf");
    assertEquals(200, xlsx.statusCode());
    BigDecimal excelTotal = null;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : wb.getSheetAt(0)) {
        if (row.getCell(2) != null && "Att betala, bindande totalt".equals(
            row.getCell(2).getStringCellValue())) {
          excelTotal = BigDecimal.valueOf(row.getCell(9).getNumericCellValue())
              .setScale(2, RoundingMode.HALF_UP);
        }
      }
    }
    assertEquals(0, total.compareTo(excelTotal));
  }

  /**
   * The statement page is a view without state (OPERATIONS, "Pages without state"): it keeps
   * no view in the session, and the template's logout still works from it, since a view
   * without state is built again on a post.
   */
  @Test
  void theStatementPageKeepsNoViewInTheSessionAndItsLogoutStillWorks() throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    String path = "statements/statement.xhtml?month=" + DEMO;
    Page page = finance.get(path);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("id=\"bindingTotal\""), "the statement is shown");
    Map<String, String> form = PortalClient.inputs(page.body(), "userForm");
    assertEquals("stateless", form.get("jakarta.faces.ViewState"),
        "the page keeps no view state in the session");

    form.put("userForm:logout", "");
    Page out = finance.post(path, form);
    assertEquals(302, out.status(), out.body());
    assertTrue(out.header("Location").contains("login.xhtml?loggedOut=true"),
        out.header("Location"));
    Page after = finance.get(path);
    assertEquals(302, after.status(), "logged out: the page sends to the login");
  }

  @Test
  void theFilesComeInEnglishWithTheSameAmounts() throws Exception {
    JsonObject s = json(get("api/v1/periods/" + DEMO + "/statements/GSF", "ekonom.gsf"));
    BigDecimal total = amount(s.getJsonObject("totals"), "bindingTotal");
    ExportFormat english = ExportFormat.of(ExportFormat.ENGLISH);

    HttpResponse<byte[]> pdf = get("api/v1/periods/" + DEMO + "/statements/GSF.pdf?lang=en",
        "ekonom.gsf");
    assertEquals(200, pdf.statusCode(), text(pdf));
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
        .contains("statement-2026-11-GSF.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      assertTrue(text.contains("Monthly statement 2026-11"), text);
      assertTrue(text.contains("Grundskoleförvaltningen (GSF), administration"), text);
      assertTrue(text.contains("To pay, binding total " + english.amount(total)),
          english.amount(total) + " in " + text);
      assertFalse(text.contains("Månadsbesked") || text.contains(" kr"), text);
    }

    HttpResponse<byte[]> csv = get("api/v1/periods/" + DEMO + "/statements/GSF.csv?lang=en",
        "ekonom.gsf");
    assertEquals(200, csv.statusCode());
    List<CSVRecord> records = CSVFormat.Builder.create().setHeader().setSkipHeaderRecord(true)
        .build().parse(new StringReader(text(csv).substring(1))).getRecords();
    assertTrue(records.stream().anyMatch(r -> r.get("Line").equals("To pay, binding total")
        && new BigDecimal(r.get("Amount")).compareTo(total) == 0), text(csv));

    HttpResponse<byte[]> xlsx = get("api/v1/periods/" + DEMO + "/statements/GSF.xlsx?lang=en",
        "ekonom.gsf");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("Monthly statement 2026-11", wb.getSheetAt(0).getSheetName());
    }

    HttpResponse<byte[]> zip = get("api/v1/periods/" + DEMO + "/statements.zip?lang=en", "it");
    assertEquals(200, zip.statusCode(), text(zip));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      ZipEntry first = in.getNextEntry();
      assertTrue(first.getName().matches("statement-2026-11-[A-Z]+\\.pdf"), first.getName());
      try (PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
        assertTrue(new PDFTextStripper().getText(doc).contains("Monthly statement 2026-11"));
      }
    }
    assertTrue(zip.headers().firstValue("Content-Disposition").orElse("")
        .contains("statement-2026-11.zip"));

    HttpResponse<byte[]> unknown = get("api/v1/periods/" + DEMO + "/statements/GSF.pdf?lang=de",
        "ekonom.gsf");
    assertEquals(422, unknown.statusCode());
    assertTrue(text(unknown).contains("välj sv eller en"), text(unknown));

    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = finance.get("statements/statement.xhtml?month=" + DEMO);
    assertTrue(page.body().contains("api/v1/periods/2026-11/statements/GSF.pdf?lang=en"),
        "the English PDF is linked from the page");
  }

  @Test
  void theControllerDownloadsEveryOrgsPdfInOneZip() throws Exception {
    long orgs = TestDatabase.count("SELECT COUNT(DISTINCT org_id) FROM result_line"
        + " WHERE period = '" + DEMO_FIRST + "'");
    long t0 = System.nanoTime();
    HttpResponse<byte[]> zip = get("api/v1/periods/" + DEMO + "/statements.zip", "it");
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("StatementIT: ZIP of " + DEMO + " (" + zip.body().length + " bytes) in "
        + millis + " ms, server " + zip.headers().firstValue("X-Export-Millis").orElse("?")
        + " ms");
    assertEquals(200, zip.statusCode(), text(zip));
    TreeSet<String> names = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        try (PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
          assertTrue(doc.getNumberOfPages() >= 1);
        }
      }
    }
    assertEquals(orgs, names.size(), names.toString());
    assertTrue(names.contains("manadsbesked-2026-11-GSF.pdf"), names.toString());
    assertTrue(names.contains("manadsbesked-2026-11-BOAB.pdf"), names.toString());

    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("statements/statement.xhtml?month=" + DEMO + "&org=BOAB");
    assertTrue(page.body().contains("id=\"pickOrg\""), "org picker for IT_CONTROLLER");
    assertTrue(page.body().contains("id=\"vat\""), "VAT block for a bolag");
    Page summary = it.get("statements/summary.xhtml?month=" + DEMO);
    assertTrue(summary.body().contains("statement.xhtml?month=2026-11&amp;org=GSF"),
        "links to each statement for IT_CONTROLLER");
    // The picker offers the orgs of the summary (read without their statements' lines).
    String picker = page.body().substring(page.body().indexOf("id=\"pickOrg\""));
    picker = picker.substring(0, picker.indexOf("</select>"));
    java.util.Set<String> offered = new java.util.TreeSet<>();
    java.util.regex.Matcher option =
        java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(picker);
    while (option.find()) {
      offered.add(option.group(1));
    }
    java.util.Set<String> summarised = new java.util.TreeSet<>();
    java.util.regex.Matcher link = java.util.regex.Pattern
        .compile("statement\\.xhtml\\?month=2026-11&amp;org=([^\"&<]+)\"")
        .matcher(summary.body());
    while (link.find()) {
      summarised.add(link.group(1));
    }
    assertTrue(offered.size() > 5, offered.toString());
    assertEquals(summarised, offered, "the picker offers every org of the summary");
  }

  @Test
  void anAdjustmentCountsInTheMonthItIsBookedInAndIsANoteOnTheOriginalMonth()
      throws Exception {
    prepare();
    JsonObject booked = json(get("api/v1/periods/2023-03/statements/GSF", "ekonom.gsf"));
    JsonArray adjustments = booked.getJsonArray("adjustments");
    assertEquals(1, adjustments.size(), booked.toString());
    JsonObject a = adjustments.getJsonObject(0);
    assertEquals("2023-02", a.getString("originalMonth"));
    assertEquals(0, CORRECTION.compareTo(amount(a, "amount")));
    assertEquals("StatementIT: fel antal i februari", a.getString("reason"));
    JsonObject t = booked.getJsonObject("totals");
    assertEquals(0, amount(t, "bindingLines").add(CORRECTION)
        .compareTo(amount(t, "bindingTotal")), "included in the total to pay");
    assertEquals(0, amount(t, "bindingLines").subtract(amount(t, "shadow"))
        .compareTo(amount(t, "difference")));
    JsonObject prev = booked.getJsonObject("vsPreviousMonth");
    assertNotNull(prev);
    assertEquals(0, amount(prev, "price").add(amount(prev, "volume"))
        .add(amount(prev, "allocation")).compareTo(amount(prev, "change")));
    assertTrue(absent(booked, "vsLastYear"));

    JsonObject original = json(get("api/v1/periods/2023-02/statements/GSF", "ekonom.gsf"));
    assertEquals("LOCKED", original.getString("status"));
    assertEquals(0, original.getJsonArray("adjustments").size());
    JsonArray later = original.getJsonArray("laterCorrections");
    assertEquals(1, later.size());
    assertEquals("2023-03", later.getJsonObject(0).getString("bookedIn"));
    JsonObject ot = original.getJsonObject("totals");
    assertEquals(0, amount(ot, "bindingLines").compareTo(amount(ot, "bindingTotal")),
        "not in the original month's total");

    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    String page = finance.get("statements/statement.xhtml?month=2023-03").body();
    assertTrue(page.contains("Justeringar av fastställda månader"), page);
    assertTrue(page.contains("StatementIT: fel antal i februari"));
    String note = finance.get("statements/statement.xhtml?month=2023-02").body();
    assertTrue(note.contains("Rättelser gjorda senare"), note);
    assertTrue(note.contains("saknas"), "2023-01 is not computed");
    try (PDDocument doc = Loader.loadPDF(get("api/v1/periods/2023-03/statements/GSF.pdf",
        "ekonom.gsf").body())) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertTrue(text.contains("Justeringar av fastställda månader"), text);
      assertTrue(text.contains(SwedishFormat.kronor(amount(t, "bindingTotal"))
          .replace('\u00a0', ' ')), text);
    }
  }

  // ---------------------------------------------------------------- test months

  /**
   * Computes 2023-02 and 2023-03 (prices up from March, so the change has a price effect too),
   * locks 2023-02 and books an adjustment in 2023-03; once.
   */
  static synchronized void prepare() throws SQLException {
    if (TestDatabase.count("SELECT COUNT(*) FROM adjustment_line WHERE period = '"
        + BOOKED.atDay(1) + "'") > 0) {
      return;
    }
    List<String> orgs = List.of("GSF", "BOAB");
    PreparedMonths.prepare(ORIGINAL, "StatementIT", orgs, true);
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO price_list_line (price_list_id, level_id, valid_from,"
          + " cost_price, charged_price) SELECT p.id, l.level_id, '2023-03-01',"
          + " l.cost_price + 1, l.charged_price + 1 FROM price_list p JOIN price_list_line l"
          + " ON l.price_list_id = p.id WHERE p.name = 'StatementIT 2023'"
          + " AND l.valid_from = '2023-01-01' AND NOT EXISTS (SELECT 1 FROM price_list_line x"
          + " WHERE x.price_list_id = p.id AND x.valid_from = '2023-03-01')");
    }
    PreparedMonths.prepare(BOOKED, "StatementIT", orgs, false);
    try (Connection c = TestDatabase.connect()) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjustment_line (period,"
          + " org_id, area_id, original_period, original_line_no, original_line_key,"
          + " original_label, original_amount, amount, reason, created_by)"
          + " SELECT ?, r.org_id, r.area_id, r.period, r.line_no,"
          + " CONCAT(r.model, ':', r.area_id, ':', COALESCE(r.service_id, '-'), ':',"
          + " COALESCE(r.level_id, '-'), ':', COALESCE(r.pool_id, '-'), ':', r.source),"
          + " CONCAT(a.name, ' / ', COALESCE(s.name, '')), r.amount, ?, ?, 'test'"
          + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
          + " JOIN service_area a ON a.id = r.area_id LEFT JOIN service s ON s.id = r.service_id"
          + " WHERE r.period = ? AND o.code = 'GSF' AND r.binding ORDER BY r.line_no LIMIT 1")) {
        ps.setString(1, BOOKED.atDay(1).toString());
        ps.setBigDecimal(2, CORRECTION);
        ps.setString(3, "StatementIT: fel antal i februari");
        ps.setString(4, ORIGINAL.atDay(1).toString());
        assertEquals(1, ps.executeUpdate());
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private HttpResponse<byte[]> get(String path, String user)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(new PortalClient(base).uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<byte[]> r) {
    assertEquals(200, r.statusCode(), text(r));
    return Json.createReader(new StringReader(text(r))).readObject();
  }

  private static BigDecimal amount(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  /** JSON-B leaves null fields out. */
  private static boolean absent(JsonObject o, String field) {
    return !o.containsKey(field) || o.isNull(field);
  }

  private static BigDecimal scalar(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1);
    }
  }

  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }
}
