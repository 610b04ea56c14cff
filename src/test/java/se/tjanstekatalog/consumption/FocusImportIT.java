package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The FOCUS page end to end on the demo data: the sample bill uploaded through the form,
 * previewed with the demo mappings, refused until its unmapped rows are confirmed, stored as
 * consumption and pool costs in one go, and replaced by a second import of the same bill;
 * mappings maintained in the dialog with Swedish validation; the page is IT_CONTROLLER's only.
 */
@ExtendWith(ArquillianExtension.class)
class FocusImportIT {
  private static final String NBSP = "\u00a0";
  private static final String PAGE = "consumption/focus.xhtml";
  private static final String SAMPLE_NAME = "focus-2026-10.csv";
  private static final String FOCUS_BATCHES = "SELECT COUNT(*) FROM import_batch"
      + " WHERE channel = 'FOCUS' AND period_from = '2026-10-01'";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theSampleBillBecomesConsumptionAndPoolCostsOnceItsUnmappedRowsAreConfirmed()
      throws Exception {
    PortalClient it = loggedIn("it");
    Page preview = upload(it);
    String html = preview.body();
    assertTrue(html.contains("Förhandsgranskning"), html);
    assertTrue(html.contains("<dd id=\"period\">2026-10</dd>"), "the bill's month");
    assertTrue(html.contains("3" + NBSP + "314" + NBSP + "685,47" + NBSP + "kr"),
        "the bill's total");
    assertTrue(html.contains("4 rader för 15" + NBSP + "645,84" + NBSP + "kr kopplas inte"),
        "unmapped rows and their cost, prominently");
    assertTrue(html.contains("Microsoft 365 Copilot") && html.contains("Azure OpenAI Service")
        && html.contains("sub-innovation-sandbox"), "each unmapped row is listed");
    for (String org : new String[] {"Grundskoleförvaltningen", "Stadsbyggnadskontoret",
        "Serviceförvaltningen", "Hälsa-, vård- och omsorgsförvaltningen", "Miljöförvaltningen",
        "Kulturförvaltningen"}) {
      assertTrue(html.contains(org), "rows mapped to " + org);
    }
    assertTrue(html.contains("83" + NBSP + "754,81" + NBSP + "kr"), "pool Infrastruktur");
    assertEquals(0, count(FOCUS_BATCHES), "a preview saves nothing");

    Map<String, String> confirm = PortalClient.inputs(html, "confirm");
    Page refused = it.ajax(PAGE, confirm, "confirm:store", "confirm", "confirm storedPanel");
    assertTrue(refused.body().contains("Bekräfta först att raderna utan koppling inte sparas."),
        refused.body());
    assertEquals(0, count(FOCUS_BATCHES), "not without confirming the unmapped rows");

    confirm.put("confirm:accept_input", "on");
    Page stored = it.ajax(PAGE, confirm, "confirm:store", "confirm",
        "confirm storedPanel upload");
    assertTrue(stored.body().contains(SAMPLE_NAME + " är sparad."), stored.body());
    long consumptionBatch = count("SELECT id FROM import_batch WHERE channel = 'FOCUS'"
        + " AND kind = 'CONSUMPTION' AND status = 'ACTIVE' AND period_from = '2026-10-01'");
    long poolBatch = count("SELECT id FROM import_batch WHERE channel = 'FOCUS'"
        + " AND kind = 'POOL_COST' AND status = 'ACTIVE' AND period_from = '2026-10-01'");
    assertTrue(stored.body().contains("#" + consumptionBatch)
        && stored.body().contains("#" + poolBatch), "the page names the stored batches");

    assertEquals(10, count("SELECT COUNT(*) FROM consumption_row WHERE batch_id = "
        + consumptionBatch + " AND period = '2026-10-01'"), "backup, archive and licence rows");
    assertEquals(0, new BigDecimal("18250").compareTo(decimal("SELECT c.quantity FROM"
        + " consumption_row c JOIN org_unit o ON o.id = c.org_id JOIN service_level l ON l.id ="
        + " c.level_id JOIN service s ON s.id = l.service_id WHERE c.batch_id = "
        + consumptionBatch + " AND o.code = 'SBK' AND s.code = 'INF-LAGR' AND l.code = 'BAS'")),
        "the archive storage SKU of Stadsbyggnadskontoret, in GB");
    assertEquals(0, count("SELECT COUNT(*) FROM consumption_row c JOIN org_unit o ON o.id ="
        + " c.org_id WHERE c.batch_id = " + consumptionBatch + " AND o.code = 'KF'"
        + " AND c.reference LIKE '%rsv-bibliotek%'"), "the backup tagged 'Kultur' is not stored");
    assertEquals(Map.of("INFRASTRUKTUR", new BigDecimal("83754.81"),
        "INFORMATIONSSAKERHET", new BigDecimal("23758.62"),
        "KOMMUNIKATION", new BigDecimal("3171574.40")), poolCosts(poolBatch));

    Page again = upload(it);
    assertTrue(again.body().contains("Sparar du ersätts tidigare import"), again.body());
    Map<String, String> second = PortalClient.inputs(again.body(), "confirm");
    second.put("confirm:accept_input", "on");
    Page replaced = it.ajax(PAGE, second, "confirm:store", "confirm",
        "confirm storedPanel upload");
    assertTrue(replaced.body().contains(SAMPLE_NAME + " är sparad."), replaced.body());
    assertEquals(2, count(FOCUS_BATCHES + " AND status = 'REPLACED'"),
        "the same account and month replaces the first import");
    assertEquals(2, count(FOCUS_BATCHES + " AND status = 'ACTIVE'"));
  }

  @Test
  void whenThePoolCostPartIsRefusedTheConsumptionPartIsNotKeptEither() throws Exception {
    String bill = "BillingAccountId,BillingCurrency,ChargePeriodStart,ServiceName,SkuId,"
        + "SubAccountId,ResourceId,ConsumedQuantity,BilledCost,Tags\n"
        + "84216473,SEK,2026-11-01T00:00:00Z,Backup,DZH318Z0BPH7,"
        + "c2e4b7a1-3f58-4d1e-9b6a-1a2b3c4d5e01,rsv-skol-prod,1850,1102.10,\n"
        + "84216473,SEK,2026-11-01T00:00:00Z,Virtual Machines,DZH318Z0BQ5S,"
        + "c2e4b7a1-3f58-4d1e-9b6a-1a2b3c4d5e01,vm-skol-web01,720,2780.69,\n";
    byte[] bytes = bill.getBytes(StandardCharsets.UTF_8);
    PortalClient it = loggedIn("it");
    Page preview = upload(it, "focus-2026-11.csv", bytes);
    assertTrue(preview.body().contains("Spara förbrukning och poolkostnader"), preview.body());
    Map<String, String> confirm = PortalClient.inputs(preview.body(), "confirm");
    assertFalse(preview.body().contains("confirm:accept"), "nothing unmapped to confirm");

    // Between preview and save, the same bytes arrive as pool costs from another source:
    // the pool-cost part is refused while saving, after the consumption part was written.
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO import_batch (kind, channel, source, file_name, checksum,"
          + " period_from, period_to, row_count, status, imported_by) VALUES ('POOL_COST',"
          + " 'FILE', 'kopia', 'kopia.csv', '" + sha + "', '2026-11-01', '2026-11-01', 1,"
          + " 'ACTIVE', 'it')");
    }
    Page refused = it.ajax(PAGE, confirm, "confirm:store", "confirm", "confirm storedPanel");
    assertFalse(refused.body().contains("är sparad"), refused.body());
    assertEquals(0, count("SELECT COUNT(*) FROM import_batch WHERE channel = 'FOCUS'"
        + " AND period_from = '2026-11-01'"), "neither part's batch is kept");
    assertEquals(0, count("SELECT COUNT(*) FROM consumption_row WHERE period = '2026-11-01'"
        + " AND reference IN ('rsv-skol-prod', 'vm-skol-web01')"),
        "the consumption written first was rolled back");
  }

  @Test
  void mappingsAreMaintainedInTheDialogWithSwedishMessages() {
    PortalClient it = loggedIn("it");
    Page page = it.get(PAGE);
    assertTrue(page.body().contains("Virtual Machines")
        && page.body().contains("INFRASTRUKTUR – Pool Infrastruktur"), "demo mappings listed");
    Matcher pool = Pattern.compile("<option value=\"(\\d+)\"[^>]*>INFRASTRUKTUR – Pool"
        + " Infrastruktur</option>").matcher(page.body());
    assertTrue(pool.find(), "pools offered in the dialog");

    Map<String, String> form = PortalClient.inputs(page.body(), "mappingForm");
    form.put("mappingForm:target", "COST");
    form.put("mappingForm:field_input", "ServiceName");
    form.put("mappingForm:value", "Azure Kubernetes Service");
    form.put("mappingForm:level_input", "");
    form.put("mappingForm:pool_input", pool.group(1));
    Page created = it.ajax(PAGE, form, "mappingForm:save", "mappingForm",
        "mappingForm mappings:table");
    assertTrue(created.body().contains(
        "Kopplingen ServiceName = Azure Kubernetes Service har lagts till."), created.body());
    assertEquals(1, count("SELECT COUNT(*) FROM focus_mapping WHERE target = 'COST'"
        + " AND match_value = 'Azure Kubernetes Service' AND pool_id = " + pool.group(1)));

    form.put("mappingForm:value", "azure kubernetes service");
    Page duplicate = it.ajax(PAGE, form, "mappingForm:save", "mappingForm", "mappingForm");
    assertTrue(duplicate.body().contains(
        "Det finns redan en koppling för ServiceName = Azure Kubernetes Service."),
        duplicate.body());

    form.put("mappingForm:target", "ORG");
    form.put("mappingForm:field_input", "Tags");
    form.put("mappingForm:value", "GSF");
    Page wrongField = it.ajax(PAGE, form, "mappingForm:save", "mappingForm", "mappingForm");
    assertTrue(wrongField.body().contains("Fältet Tags kan inte kopplas till en förvaltning."),
        wrongField.body());
    assertTrue(wrongField.body().contains("Välj förvaltning eller bolag."), wrongField.body());
    assertEquals(1, count("SELECT COUNT(*) FROM focus_mapping WHERE match_value IN"
        + " ('Azure Kubernetes Service', 'GSF') AND match_field <> 'tag:forvaltning'"));
  }

  @Test
  void onlyTheControllerReachesTheFocusPage() {
    assertEquals(403, loggedIn("personal.gsf").get(PAGE).status());
    assertEquals(403, loggedIn("ekonom.gsf").get(PAGE).status());
    Page start = loggedIn("ekonom.gsf").get("index.xhtml");
    assertEquals(200, start.status());
    assertTrue(start.body().contains("Förbrukning och kostnader"), "the data menu is there");
    assertFalse(start.body().contains("FOCUS-fakturor"), "but without the FOCUS item");
  }

  /** Opens the page and posts the upload form with the sample bill, as a browser would. */
  private static Page upload(PortalClient client) throws IOException {
    return upload(client, SAMPLE_NAME, Files.readAllBytes(Path.of(
        System.getProperty("tk.projectDir"), "docs", "examples", SAMPLE_NAME)));
  }

  private static Page upload(PortalClient client, String fileName, byte[] bill) {
    Page page = client.get(PAGE);
    assertEquals(200, page.status());
    Map<String, String> fields = PortalClient.inputs(page.body(), "upload");
    Matcher file = Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"[^>]*>")
        .matcher(page.body());
    assertTrue(file.find(), "a file input in the upload form");
    assertTrue(page.body().contains("for=\"" + file.group(1) + "\""), "with a label");
    assertFalse(file.group().contains("aria-hidden"), "reachable by screen readers");
    fields.remove(file.group(1));
    fields.put("upload:read", "");
    Page preview = client.multipart(PAGE, fields, file.group(1), fileName, bill);
    assertEquals(200, preview.status(), preview.body());
    return preview;
  }

  private static Map<String, BigDecimal> poolCosts(long batch) throws SQLException {
    Map<String, BigDecimal> sums = new HashMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT p.code, SUM(c.amount) FROM pool_cost c"
            + " JOIN cost_pool p ON p.id = c.pool_id WHERE c.batch_id = ?"
            + " AND c.period = '2026-10-01' GROUP BY p.code")) {
      ps.setLong(1, batch);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sums.put(rs.getString(1), rs.getBigDecimal(2));
        }
      }
    }
    return sums;
  }

  private static BigDecimal decimal(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getBigDecimal(1);
    }
  }

  private PortalClient loggedIn(String user) {
    return PortalClient.loggedIn(base, user, "demo");
  }

  private static long count(String sql) {
    return TestDatabase.count(sql);
  }
}
