package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.consumption.control.ImportHistory;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.Importer;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * File imports through the import page as a controller would: upload, read the preview,
 * confirm or not; all or nothing; re-import and repeated files; the locked-period guard in
 * the service and in the database; and who may import.
 */
@ExtendWith(ArquillianExtension.class)
class ConsumptionImportIT {
  private static final String IMPORTS = "consumption/imports.xhtml";
  private static final String NBSP = "\u00a0";
  private static final String HEADER = "Period;Förvaltning;Tjänst;Nivå;Antal;Referens\n";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void windows1252FileWithSwedishNamesImportsAfterConfirmation() {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String csv = HEADER
        + "2026-05-31;Grundskoleförvaltningen;Datorarbetsplats;Standard;300;\n"
        + "2026-05;Stadsbyggnadskontoret;INF-LAGR;Utökad;1 250,5;lagring-sbk\n";
    Importer imp = new Importer(it);
    Page preview = imp.upload("kommunens export åäö.csv", csv.getBytes(Charset.forName("windows-1252")),
        "CONSUMPTION", "");
    String html = preview.body();
    assertTrue(html.contains("Windows-1252"), html);
    assertTrue(html.contains("Grundskoleförvaltningen") && html.contains("Stadsbyggnadskontoret"));
    assertTrue(html.contains("Spara 2 rader för 2026-05?"), "the confirmation names rows and month");
    assertFalse(html.contains("Månaden granskas"), "2026-05 is not under review");
    // 300 × 255,00 = 76 500,00 (PRODUCT.md example 3, the demo's 2 % markup on 250,00)
    assertTrue(html.contains("76" + NBSP + "500,00" + NBSP + "kr"), html);
    assertEquals(0, batchesFor("kommunens export åäö.csv"), "nothing saved before confirming");

    Page saved = imp.confirm();
    assertTrue(saved.body().contains("Importen är sparad"), saved.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM consumption_block k JOIN import_batch"
        + " b ON b.id = k.batch_id WHERE b.source = 'kommunens export åäö.csv'"),
        "the portal stores the rows as a block (ADR 0011)");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM consumption c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.source = 'kommunens export åäö.csv'"), "not row by row");
    assertEquals(15505, TestDatabase.count("SELECT SUM(s.quantity) * 10 FROM consumption_sum s"
        + " JOIN import_batch b ON b.id = s.batch_id WHERE b.source = 'kommunens export åäö.csv'"),
        "the month's sums are stored with the rows: 300 + 1 250,5");
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.source = 'kommunens export åäö.csv' AND b.status = 'ACTIVE'"
        + " AND c.period = '2026-05-01'"), history());
    assertEquals(12505, TestDatabase.count("SELECT SUM(c.quantity) * 10 FROM consumption_row c"
        + " JOIN import_batch b ON b.id = c.batch_id"
        + " WHERE b.source = 'kommunens export åäö.csv' AND c.reference = 'lagring-sbk'"));

    Page overview = it.get("consumption/overview.xhtml?period=2026-05");
    assertEquals(200, overview.status());
    assertTrue(overview.body().contains("Grundskoleförvaltningen")
        && overview.body().contains("Lagring"), "the month's totals per org and service");
  }

  @Test
  void oneBadRowSavesNothingAndIsReportedWithRowColumnAndValue() {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String csv = HEADER
        + "2025-02;GSF;ARB-DATOR;STD;10;\n"
        + "2025-02;SBK;ARB-DATOR;STD;-3;\n"
        + "2025-02;XYZ;ARB-DATOR;STD;1;\n"
        + "2025-02;SBK;ARB-DATOR;STD;2,5x;\n"
        + "2025-02;GSF;ARB-DATOR;STD;4;\n";
    Importer imp = new Importer(it);
    String html = imp.upload("fel.csv", csv.getBytes(StandardCharsets.UTF_8), "CONSUMPTION", "")
        .body();
    assertTrue(html.contains("Fel i filen"), html);
    assertTrue(html.contains("Importen kan inte sparas")
        && html.contains("5 fel i filen. Rätta filen och läs in den igen"),
        "a banner says it cannot be saved: " + html);
    assertTrue(html.contains("Värdet får inte vara negativt."), "row 3");
    assertTrue(html.contains("Okänd förvaltning eller bolag"), "row 4");
    assertTrue(html.contains("Inte ett tal."), "row 5");
    assertTrue(html.contains("Dubblettrad: samma som rad 2."), "row 6");
    assertTrue(html.contains("<code>-3</code>") && html.contains("<code>XYZ</code>"), "values shown");
    assertFalse(html.contains("id=\"tabs:importForm:confirm\""), "no save button for a bad file");

    // A hand-made request for the save button that is not shown: JSF ignores it.
    Page forced = imp.confirm();
    assertFalse(forced.body().contains("Importen är sparad"), forced.body());
    assertEquals(0, batchesFor("fel.csv"));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM consumption_row WHERE period = '2025-02-01'"));
  }

  @Test
  void reimportOfTheSameSourceReplacesAndARepeatedFileIsRecognised() {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Importer first = new Importer(it);
    first.upload("lic-v1.csv", (HEADER + "2025-03;SF;INF-LAGR;STD;100;\n").getBytes(
        StandardCharsets.UTF_8), "CONSUMPTION", "Lagringsrapport");
    assertTrue(first.confirm().body().contains("Importen är sparad"));
    long v1 = TestDatabase.count("SELECT MAX(id) FROM import_batch WHERE file_name = 'lic-v1.csv'");

    Importer second = new Importer(it);
    byte[] v2 = (HEADER + "2025-03;SF;INF-LAGR;STD;120;\n").getBytes(StandardCharsets.UTF_8);
    String preview = second.upload("lic-v2.csv", v2, "CONSUMPTION", "Lagringsrapport").body();
    assertTrue(preview.contains("Importen ersätter tidigare import") && preview.contains("#" + v1),
        history() + preview);
    second.confirm();
    long v2id = TestDatabase.count("SELECT MAX(id) FROM import_batch WHERE file_name = 'lic-v2.csv'");
    assertEquals(v2id, TestDatabase.count("SELECT replaced_by FROM import_batch WHERE id = " + v1));
    assertEquals(120, TestDatabase.count("SELECT SUM(c.quantity) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id AND b.status = 'ACTIVE' WHERE c.period = '2025-03-01'"),
        "only the new import counts");

    Importer again = new Importer(it);
    String repeated = again.upload("lic-v2-kopia.csv", v2, "CONSUMPTION", "Annan källa").body();
    assertTrue(repeated.contains("Samma fil har importerats tidigare."), repeated);
    assertTrue(repeated.contains("redan importerad som import #" + v2id), "blocks double counting");

    Page history = it.get(IMPORTS);
    assertEquals(200, history.status());
    // The history names the replacing import only where there is one (it showed "#0" on every row)
    try (Connection c = TestDatabase.connect()) {
      Map<Long, ImportHistory.Entry> entries = new HashMap<>();
      ImportHistory.latest(c, 500).forEach(e -> entries.put(e.id(), e));
      assertEquals(v2id, entries.get(v1).replacedBy());
      assertNull(entries.get(v2id).replacedBy(), "the active import is replaced by nothing");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void keyValuesAndPoolCostsFromExcelAndCsv() throws IOException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Importer pools = new Importer(it);
    String csv = "period,pool,belopp,kommentar\n2025-04,INFRASTRUKTUR,\"1 200 000,00\",Drift\n"
        + "2025-04,INFRASTRUKTUR,50000.50,Licenser\n2025-04,Pool Arbetsplats,800000,\n";
    String html = pools.upload("pooler.csv", csv.getBytes(StandardCharsets.UTF_8), "POOL_COST", "")
        .body();
    assertTrue(html.contains("komma"), "comma separator detected");
    assertTrue(html.contains("1" + NBSP + "250" + NBSP + "000,50" + NBSP + "kr"), html);
    pools.confirm();
    assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM pool_cost WHERE period = '2025-04-01'"));

    Importer keys = new Importer(it);
    String xlsxHtml = keys.upload("nyckeltal.xlsx", xlsx(), "KEY_VALUES", "").body();
    assertTrue(xlsxHtml.contains("xlsx") && !xlsxHtml.contains("Fel i filen"), xlsxHtml);
    keys.confirm();
    assertEquals(4321, TestDatabase.count("SELECT headcount FROM org_key_value k JOIN org_unit o"
        + " ON o.id = k.org_id WHERE o.code = 'SBK' AND k.period = '2025-04-01'"));
  }

  @Test
  void lockedPeriodIsRefusedByTheServiceAndByTheDatabase() throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Importer before = new Importer(it);
    before.upload("dec.csv", (HEADER + "2025-12;SF;INF-LAGR;STD;10;\n").getBytes(
        StandardCharsets.UTF_8), "CONSUMPTION", "");
    before.confirm();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("CALL tk_lock_period('2025-12-01', 'test')");
    }

    Importer after = new Importer(it);
    String html = after.upload("dec2.csv", (HEADER + "2025-12;SF;INF-LAGR;STD;11;\n").getBytes(
        StandardCharsets.UTF_8), "CONSUMPTION", "").body();
    assertTrue(html.contains("Perioden 2025-12 är låst och kan inte ändras."), html);
    assertEquals(0, batchesFor("dec2.csv"));

    // The feed API goes through the same service: 422, nothing saved.
    java.net.http.HttpResponse<String> api = postJson("[{\"org\":\"SF\",\"service\":\"INF-LAGR\","
        + "\"level\":\"STD\",\"period\":\"2025-12\",\"quantity\":7}]");
    assertEquals(422, api.statusCode(), api.body());
    assertTrue(api.body().contains("Perioden 2025-12 är låst"), api.body());

    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      long batch = TestDatabase.count("SELECT id FROM import_batch WHERE file_name = 'dec.csv'");
      long org = TestDatabase.count("SELECT id FROM org_unit WHERE code = 'SF'");
      for (String sql : new String[] {
          "INSERT INTO consumption (period, batch_id, row_no, org_id, level_id, quantity)"
              + " VALUES ('2025-12-01', " + batch + ", 99, " + org + ", 1, 5)",
          // the import's rows are a block (ADR 0011)
          "UPDATE consumption_block SET row_data = JSON_REPLACE(row_data, '$[0][3]', 99)"
              + " WHERE period = '2025-12-01'",
          "UPDATE consumption_block SET period = '2025-11-01' WHERE period = '2025-12-01'",
          "DELETE FROM consumption_block WHERE period = '2025-12-01'",
          "UPDATE import_batch SET status = 'REPLACED' WHERE id = " + batch,
          "INSERT INTO org_key_value (org_id, period, headcount) VALUES (" + org
              + ", '2025-12-01', 5) ON DUPLICATE KEY UPDATE headcount = 5",
          "INSERT INTO pool_cost (pool_id, period, batch_id, row_no, amount)"
              + " VALUES (1, '2025-12-01', " + batch + ", 1, 5)",
          "INSERT INTO open_period (period) VALUES ('2025-12-01')",
          "UPDATE period SET status = 'OPEN' WHERE period = '2025-12-01'",
          "DELETE FROM period WHERE period = '2025-12-01'"}) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(refused.getMessage().contains("TK_PERIOD_LOCKED")
            || refused.getMessage().contains("fk_consumption_open_period"), refused.getMessage());
      }
    }
    assertEquals(10, TestDatabase.count("SELECT SUM(quantity) FROM consumption_row"
        + " WHERE period = '2025-12-01'"), "the locked month is as it was");
  }

  @Test
  void theSampleFilesInDocsWorkAsTheReadmeSays() throws IOException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    java.nio.file.Path examples = java.nio.file.Path.of("docs", "examples");
    Importer bad = new Importer(it);
    String report = bad.upload("tidrapport-med-fel-2026-11.csv", java.nio.file.Files.readAllBytes(
        examples.resolve("tidrapport-med-fel-2026-11.csv")), "CONSUMPTION", "").body();
    assertTrue(report.contains("<dd id=\"problemCount\">5</dd>"), report);
    assertTrue(report.contains("Serviceförvaltning AB") && report.contains("KOM-INTRA"), report);
    assertEquals(0, batchesFor("tidrapport-med-fel-2026-11.csv"));

    Importer good = new Importer(it);
    String preview = good.upload("tidrapport-2026-11.csv", java.nio.file.Files.readAllBytes(
        examples.resolve("tidrapport-2026-11.csv")), "CONSUMPTION", "").body();
    assertTrue(preview.contains("<dd id=\"problemCount\">0</dd>")
        && preview.contains("Windows-1252"), preview);
    assertTrue(good.confirm().body().contains("Importen är sparad"));
    assertEquals(45, TestDatabase.count("SELECT b.row_count FROM import_batch b"
        + " WHERE b.file_name = 'tidrapport-2026-11.csv' AND b.status = 'ACTIVE'"));
    Page month = it.get("consumption/overview.xhtml?period=2026-11");
    assertTrue(month.body().contains("Utvecklingstimmar") && month.body().contains("Projektledning"));
  }

  @Test
  void manualEntryChecksEveryCellAndReplacesTheEarlierEntry() {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String page = "consumption/manual.xhtml";
    Page grid = it.get(page);
    Map<String, String> fields = PortalClient.inputs(grid.body(), "manual");
    fields.put("manual:period", "2026-10");
    fields.put("manual:service_input", "SUP-INST");
    fields.put("manual:service_focus", "");
    fields.put("jakarta.faces.behavior.event", "valueChange");
    fields.put("jakarta.faces.partial.event", "valueChange");
    Page loaded = it.ajax(page, fields, "manual:service", "manual:service manual:period", "manual");
    String html = loaded.body();
    String sbk = inputNamed(html, "SBK Installation och flytt Standard");
    String kf = inputNamed(html, "KF Installation och flytt Standard");
    fields.remove("jakarta.faces.behavior.event");
    fields.remove("jakarta.faces.partial.event");
    fields.put(sbk, "12,5");
    fields.put(kf, "-2");
    Page refused = it.ajax(page, fields, "manual:save", "manual", "manual messages");
    assertTrue(refused.body().contains("KF / Standard: Värdet får inte vara negativt."),
        refused.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM import_batch WHERE source ="
        + " 'manual:SUP-INST'"));
    fields.put(kf, "");
    Page saved = it.ajax(page, fields, "manual:save", "manual", "manual messages");
    assertTrue(saved.body().contains("1 celler sparade för SUP-INST, 2026-10."), saved.body());
    fields.put(kf, "3");
    it.ajax(page, fields, "manual:save", "manual", "manual messages");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM import_batch WHERE source ="
        + " 'manual:SUP-INST' AND status = 'ACTIVE'"));
    assertEquals(155, TestDatabase.count("SELECT SUM(c.quantity) * 10 FROM consumption_row c"
        + " JOIN import_batch b ON b.id = c.batch_id WHERE b.source = 'manual:SUP-INST'"
        + " AND b.status = 'ACTIVE'"), "12,5 + 3 after the second save, the first replaced");
  }

  /**
   * A service area's grid: the levels of all its consumption services side by side, grouped
   * by service; one bad cell saves nothing and names org, service, level and reason; a save
   * writes one manual batch per changed service, which the month's overview shows and the
   * service's own grid shows and replaces in turn.
   */
  @Test
  void manualEntryOfAWholeServiceAreaIsSavedPerServiceAllOrNothing() throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String page = "consumption/manual.xhtml";
    Page start = it.get(page);
    assertEquals(200, start.status(), start.body());
    assertTrue(start.body().contains("Den manuella registreringen sparas per tjänst och månad"),
        "the page explains what a save replaces");
    Map<String, String> fields = PortalClient.inputs(start.body(), "manual");
    fields.put("manual:period", "2025-09");
    fields.put("manual:scope", "AREA");
    Page areaChosen = change(it, page, fields, "manual:scope");
    assertTrue(areaChosen.body().contains("id=\"manual:area\""), areaChosen.body());
    fields.put("manual:area_input", "INFRASTRUKTUR");
    fields.put("manual:area_focus", "");
    String html = change(it, page, fields, "manual:area").body();

    assertTrue(html.contains("Tjänsteområdet Infrastruktur: 4 tjänster med förbrukning, 2025-09"),
        html);
    for (String service : new String[] {"Server och drift (per enhet)", "Lagring (per GB)",
        "Säkerhetskopiering (per GB)", "Databastjänst (per enhet)"}) {
      assertTrue(html.contains(service), "a column group for " + service);
    }
    assertFalse(html.contains("Molnplattform"), "a fixed monthly service takes no consumption");
    String gsfStorage = inputNamed(html, "GSF Lagring Standard");
    String sbkServer = inputNamed(html, "SBK Server och drift Bas");
    String kfDatabase = inputNamed(html, "KF Databastjänst Utökad");
    inputNamed(html, "SF Säkerhetskopiering Utökad");

    fields.put(gsfStorage, "100");
    fields.put(sbkServer, "2");
    fields.put(kfDatabase, "-1");
    Page refused = it.ajax(page, fields, "manual:save", "manual", "manual messages");
    assertTrue(refused.body().contains(
        "KF / Databastjänst, Utökad: Värdet får inte vara negativt."), refused.body());
    assertEquals(0, manualBatches("2025-09", "INF-%"), "one bad cell and nothing is saved");

    fields.put(kfDatabase, "");
    Page saved = it.ajax(page, fields, "manual:save", "manual", "manual messages");
    assertTrue(saved.body().contains(
        "2 celler sparade för 2 ändrade tjänster i Infrastruktur, 2025-09."), saved.body());
    assertEquals(1, manualBatches("2025-09", "INF-LAGR"));
    assertEquals(1, manualBatches("2025-09", "INF-SERVER"));
    assertEquals(0, manualBatches("2025-09", "INF-DB") + manualBatches("2025-09", "INF-BACKUP"),
        "untouched services get no batch");
    assertEquals(100, TestDatabase.count("SELECT SUM(c.quantity) FROM consumption_row c"
        + " JOIN import_batch b ON b.id = c.batch_id JOIN org_unit o ON o.id = c.org_id"
        + " WHERE b.source = 'manual:INF-LAGR' AND b.status = 'ACTIVE'"
        + " AND c.period = '2025-09-01' AND o.code = 'GSF'"));

    Page month = it.get("consumption/overview.xhtml?period=2025-09");
    assertEquals(200, month.status());
    assertTrue(month.body().contains("2025-09: 2 rader"), month.body());
    assertTrue(month.body().contains("Lagring") && month.body().contains("Server och drift"),
        "the month's overview shows both services' rows");

    // The same month in INF-LAGR's own grid: the area's value, replaced by the next save.
    Map<String, String> single = PortalClient.inputs(it.get(page).body(), "manual");
    single.put("manual:period", "2025-09");
    single.put("manual:service_input", "INF-LAGR");
    single.put("manual:service_focus", "");
    String lagr = change(it, page, single, "manual:service").body();
    Matcher value = Pattern.compile("<input[^>]*aria-label=\"GSF Lagring Standard\"[^>]*>")
        .matcher(lagr);
    assertTrue(value.find() && value.group().contains("value=\"100\""), lagr);
    single.put(inputNamed(lagr, "GSF Lagring Standard"), "120");
    assertTrue(it.ajax(page, single, "manual:save", "manual", "manual messages").body()
        .contains("1 celler sparade för INF-LAGR, 2025-09."));
    assertEquals(1, manualBatches("2025-09", "INF-LAGR"), "one manual entry per service");
    assertEquals(120, TestDatabase.count("SELECT SUM(c.quantity) FROM consumption_row c"
        + " JOIN import_batch b ON b.id = c.batch_id WHERE b.source = 'manual:INF-LAGR'"
        + " AND b.status = 'ACTIVE' AND c.period = '2025-09-01'"));
    String areaAgain = change(it, page, fields, "manual:area").body();
    Matcher shown = Pattern.compile("<input[^>]*aria-label=\"GSF Lagring Standard\"[^>]*>")
        .matcher(areaAgain);
    assertTrue(shown.find() && shown.group().contains("value=\"120\""), areaAgain);

    // A locked month refuses the save, said once however many cells were filled.
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.execute("CALL tk_lock_period('2024-11-01', 'test')");
    }
    Map<String, String> locked = PortalClient.inputs(it.get(page).body(), "manual");
    locked.put("manual:period", "2024-11");
    locked.put("manual:scope", "AREA");
    change(it, page, locked, "manual:scope");
    locked.put("manual:area_input", "INFRASTRUKTUR");
    locked.put("manual:area_focus", "");
    String lockedGrid = change(it, page, locked, "manual:area").body();
    locked.put(inputNamed(lockedGrid, "GSF Lagring Standard"), "1");
    locked.put(inputNamed(lockedGrid, "SBK Lagring Standard"), "2");
    String lockedReply = it.ajax(page, locked, "manual:save", "manual", "manual messages")
        .body();
    assertEquals(1, lockedReply.split("Perioden 2024-11 är låst", -1).length - 1, lockedReply);
    assertEquals(0, manualBatches("2024-11", "INF-%"));
  }

  /** A select or radio of the manual page changed, as its Ajax event sends it. */
  private static Page change(PortalClient it, String page, Map<String, String> fields,
      String id) {
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    all.put("jakarta.faces.behavior.event", "valueChange");
    all.put("jakarta.faces.partial.event", "change");
    Page changed = it.ajax(page, all, id, id + " manual:period manual:scope", "manual");
    assertEquals(200, changed.status(), changed.body());
    return changed;
  }

  private static long manualBatches(String month, String serviceLike) {
    return TestDatabase.count("SELECT COUNT(*) FROM import_batch WHERE kind = 'CONSUMPTION'"
        + " AND status = 'ACTIVE' AND source LIKE 'manual:" + serviceLike + "'"
        + " AND period_from = '" + month + "-01'");
  }

  private static String inputNamed(String html, String label) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*"
        + "aria-label=\"" + java.util.regex.Pattern.quote(label) + "\"").matcher(html);
    assertTrue(m.find(), "no input for " + label + " in " + html);
    return m.group(1);
  }

  @Test
  void onlyTheControllerImports() {
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get(IMPORTS).status());
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    assertEquals(403, finance.get(IMPORTS).status());
    Page own = viewer.get("consumption/overview.xhtml?period=2026-05");
    assertEquals(200, own.status());
    assertFalse(own.body().contains("Stadsbyggnadskontoret"), "a viewer sees only their own org");
  }

  private java.net.http.HttpResponse<String> postJson(String json) {
    try {
      String basic = java.util.Base64.getEncoder().encodeToString(
          "it:demo".getBytes(StandardCharsets.UTF_8));
      return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              base.toURI().resolve("api/v1/consumption"))
          .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The import history as text, for assertion messages. */
  private static String history() {
    StringBuilder b = new StringBuilder();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT id, kind, source, file_name, status, replaced_by,"
            + " period_from, (SELECT COUNT(*) FROM consumption_row x WHERE x.batch_id = b.id)"
            + " FROM import_batch b ORDER BY id")) {
      while (rs.next()) {
        for (int i = 1; i <= 8; i++) {
          b.append(rs.getString(i)).append(i < 8 ? " | " : "\n");
        }
      }
    } catch (SQLException e) {
      b.append(e);
    }
    return b.toString();
  }

  private static long batchesFor(String fileName) {
    return TestDatabase.count("SELECT COUNT(*) FROM import_batch WHERE file_name = '"
        + fileName.replace("'", "''") + "'");
  }

  private static byte[] xlsx() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("Nyckeltal");
      String[] header = {"Period", "Förvaltning", "Antal medarbetare", "Årsarbetare", "Omslutning"};
      XSSFRow h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      XSSFRow r = sheet.createRow(1);
      r.createCell(0).setCellValue("2025-04");
      r.createCell(1).setCellValue("SBK");
      r.createCell(2).setCellValue(4321);
      r.createCell(3).setCellValue(4100.5);
      r.createCell(4).setCellValue(512_000_000.25);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
