package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.catalogue.control.CatalogueWorkbook;
import se.tjanstekatalog.catalogue.domain.WorkbookContent;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.AreaRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.CommitmentRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.LevelRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceListRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.ServiceRow;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Download;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;
import se.tjanstekatalog.testsupport.Workbooks;

/**
 * Issue 17, part 2: the whole catalogue as a workbook over the API, against the demo
 * catalogue and MariaDB. The demo's export read back changes nothing; a workbook of new codes
 * (area WBIT, services WBIT-PER and WBIT-FAST, retired and offered in 2014 only, so no demo
 * month shows them) creates them with a draft price list for 2014 (this class's year), which
 * a second workbook reprices and publishes; a bad workbook and a changed price in a published
 * list are refused whole, with sheet, row and column named. What it creates stays: new codes
 * that no other class reads.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueWorkbookIT {
  private static final String WORKBOOK = "api/v1/catalogue/workbook";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Year OWN_YEAR = Year.of(2014);
  private static final YearMonth FIRST = OWN_YEAR.atMonth(1);
  private static final YearMonth LAST = OWN_YEAR.atMonth(12);

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoCatalogueExportedAndReadBackChangesNothing() throws IOException {
    PortalClient it = new PortalClient(base);
    byte[] exported = export(it, "2026");
    assertTrue(cells(exported).get("Prisrader").size() > 40, "the demo's 2026 prices");
    long audited = TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit");
    String catalogueKinds = "SELECT COUNT(*) FROM audit_log"
        + " WHERE kind IN ('CATALOGUE', 'PRICE', 'IMPORT')";
    long logged = TestDatabase.count(catalogueKinds);

    Page imported = post(it, exported);
    assertEquals(200, imported.status(), imported.body());
    JsonObject outcome = json(imported.body());
    assertTrue(outcome.getBoolean("unchanged"), imported.body());
    assertEquals(0, outcome.getInt("created"));
    assertEquals(0, outcome.getInt("updated"));
    assertEquals(audited, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit"));
    assertEquals(logged, TestDatabase.count(catalogueKinds));
    assertEquals(cells(exported), cells(export(it, "2026")), "the same workbook again");
  }

  @Test
  void newCodesAreCreatedWithADraftPriceListThatASecondWorkbookRepricesAndPublishes()
      throws IOException {
    PortalClient it = new PortalClient(base);
    Page first = post(it, CatalogueWorkbook.render(ownCatalogue("100", PriceListStatus.DRAFT,
        "Per användare, för test")));
    assertEquals(200, first.status(), first.body());
    JsonObject created = json(first.body());
    // 1 area, 2 services, 4 levels, 4 promises, the list and its 4 lines.
    assertEquals(16, created.getInt("created"), first.body());
    assertEquals("WBIT", TestDatabase.text("SELECT a.code FROM service s JOIN service_area a"
        + " ON a.id = s.area_id WHERE s.code = 'WBIT-PER'"));
    assertEquals("FIXED_MONTHLY", TestDatabase.text(
        "SELECT unit FROM service WHERE code = 'WBIT-FAST'"));
    assertEquals("0.00", TestDatabase.text(
        "SELECT vat_rate FROM service WHERE code = 'WBIT-FAST'"));
    assertEquals("DRAFT", TestDatabase.text(listColumn("status")));
    assertEquals("102.00", TestDatabase.text(price("WBIT-PER", "BAS", "charged_price")),
        "cost × 1,02");
    assertEquals("34.00", TestDatabase.text(price("WBIT-FAST", "BAS", "charged_price")),
        "33,33 × 1,02 = 33,9966 → 34,00");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit a JOIN service s"
        + " ON s.id = a.service_id WHERE s.code = 'WBIT-PER' AND a.field = 'service'"
        + " AND a.username = 'it'"), "the new service is in the audit trail");

    Page again = post(it, CatalogueWorkbook.render(ownCatalogue("100", PriceListStatus.DRAFT,
        "Per användare, för test")));
    assertTrue(json(again.body()).getBoolean("unchanged"), again.body());

    Page second = post(it, CatalogueWorkbook.render(ownCatalogue("120",
        PriceListStatus.PUBLISHED, "Per användare, ändrad")));
    assertEquals(200, second.status(), second.body());
    JsonObject updated = json(second.body());
    assertEquals(0, updated.getInt("created"), second.body());
    assertEquals(3, updated.getInt("updated"), "description, cost price, status: "
        + second.body());
    assertEquals("122.40", TestDatabase.text(price("WBIT-PER", "BAS", "charged_price")));
    assertEquals("PUBLISHED", TestDatabase.text(listColumn("status")));
    assertEquals("Per användare, ändrad", TestDatabase.text(
        "SELECT description FROM service WHERE code = 'WBIT-PER'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit a JOIN service s"
        + " ON s.id = a.service_id WHERE s.code = 'WBIT-PER' AND a.field = 'costPrice'"
        + " AND a.old_value = '100.00' AND a.new_value = '120.00'"), "the repricing audited");

    // The list is published now: a different price is for a change proposal.
    Page refused = post(it, CatalogueWorkbook.render(ownCatalogue("130",
        PriceListStatus.PUBLISHED, "Per användare, ändrad")));
    assertEquals(422, refused.status(), refused.body());
    JsonObject error = json(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertEquals("Prisrader: Självkostnad", error.getString("column"), refused.body());
    assertEquals(2, error.getInt("row"));
    assertEquals("catalogue.workbook.problem.published", error.getString("key"));
    assertEquals("120.00", TestDatabase.text(price("WBIT-PER", "BAS", "cost_price")));
  }

  @Test
  void aBadWorkbookIsRefusedWholeWithSheetRowAndColumnNamed() throws IOException {
    PortalClient it = new PortalClient(base);
    byte[] bad = badWorkbook(it);
    long audited = TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit");
    Page refused = post(it, bad);
    assertEquals(422, refused.status(), refused.body());
    JsonObject problem = json(refused.body());
    assertEquals(2, problem.getInt("problemCount"), refused.body());
    List<String> where = new ArrayList<>();
    problem.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> where.add(
        e.getString("column") + " rad " + e.getInt("row") + ": " + e.getString("message")));
    assertEquals(List.of(
        "Tjänster: Moms % rad 4: Procenten ska vara mellan 0 och 100.",
        "Nivåer: Tjänstekod rad 2: Tjänsten finns varken i katalogen eller på bladet Tjänster."),
        where);
    assertEquals(0, TestDatabase.count(
        "SELECT COUNT(*) FROM service_area WHERE code = 'WBIT-OGILTIG'"), "nothing saved");
    assertEquals(audited, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit"));
  }

  @Test
  void theAreasPageOffersTheWorkbookAndShowsWhatAnImportDidOrWhyItWasRefused() throws IOException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("catalogue/areas.xhtml");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Ladda ner mall")
        && page.body().contains("api/v1/catalogue/workbook/template"), page.body());
    assertTrue(page.body().contains("Exportera arbetsbok"));
    Page answer = it.upload("catalogue/areas.xhtml", PortalClient.inputs(page.body(),
        "workbook"), "workbook:upload", "fel.xlsx", badWorkbook(new PortalClient(base)),
        "workbook:upload", "workbook:result messages");
    assertEquals(200, answer.status());
    assertTrue(answer.body().contains("Tjänster: Moms %")
        && answer.body().contains("Procenten ska vara mellan 0 och 100."), answer.body());
    assertTrue(answer.body().contains("Importen sparades inte"), answer.body());

    Page unchanged = it.upload("catalogue/areas.xhtml", PortalClient.inputs(page.body(),
        "workbook"), "workbook:upload", "katalog.xlsx", export(new PortalClient(base), "2026"),
        "workbook:upload", "workbook:result messages");
    assertTrue(unchanged.body().contains("Arbetsboken är inläst: inga ändringar."),
        unchanged.body());
  }

  /** The demo's export with a new area, a VAT of 125 % and a level of an unknown service. */
  private byte[] badWorkbook(PortalClient client) throws IOException {
    return edit(export(client, "2026"), book -> {
      Sheet areas = book.getSheet("Tjänsteområden");
      Row area = areas.createRow(areas.getLastRowNum() + 1);
      area.createCell(0).setCellValue("WBIT-OGILTIG");
      area.createCell(1).setCellValue("Sparas inte");
      area.createCell(3).setCellValue(99);
      Sheet services = book.getSheet("Tjänster");
      services.getRow(3).getCell(6).setCellValue(125); // Moms %
      Sheet levels = book.getSheet("Nivåer");
      levels.getRow(1).createCell(0).setCellValue("FINNS-INTE");
    });
  }

  @Test
  void aChangedPriceInThePublishedDemoListIsRefused() throws IOException {
    PortalClient it = new PortalClient(base);
    byte[] exported = export(it, "2026");
    String levelCode = cells(exported).get("Prisrader").get(1).get(1);
    String serviceCode = cells(exported).get("Prisrader").get(1).get(0);
    String before = TestDatabase.text("SELECT SUM(cost_price) FROM price_list_line");
    Page refused = post(it, edit(exported, book -> {
      org.apache.poi.ss.usermodel.Cell cost = book.getSheet("Prisrader").getRow(1).getCell(3);
      cost.setCellValue(cost.getNumericCellValue() + 1);
    }));
    assertEquals(422, refused.status(), refused.body());
    JsonObject error = json(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertEquals("Prisrader: Självkostnad", error.getString("column"));
    assertEquals(2, error.getInt("row"));
    assertTrue(error.getString("message").contains("förändringsförslag"), refused.body());
    assertEquals(before, TestDatabase.text("SELECT SUM(cost_price) FROM price_list_line"),
        "no price changed (" + serviceCode + " " + levelCode + ")");
  }

  @Test
  void theTemplateAndTheExportAreForTheControllerAndAdmin() {
    PortalClient client = new PortalClient(base);
    Download template = client.bytes(HttpRequest.newBuilder(client.uri(WORKBOOK + "/template"))
        .header("Authorization", basic("admin")).GET().build());
    assertEquals(200, template.status());
    assertTrue(template.header("Content-Type").startsWith(XLSX), template.header("Content-Type"));
    Page viewer = client.send(HttpRequest.newBuilder(client.uri(WORKBOOK))
        .header("Authorization", basic("ekonom.gsf")).header("Content-Type", XLSX)
        .POST(HttpRequest.BodyPublishers.ofByteArray(template.body())).build());
    assertEquals(403, viewer.status());
    Page admin = client.send(HttpRequest.newBuilder(client.uri(WORKBOOK))
        .header("Authorization", basic("admin")).header("Content-Type", XLSX)
        .POST(HttpRequest.BodyPublishers.ofByteArray(template.body())).build());
    assertEquals(403, admin.status(), "ADMIN reads, IT_CONTROLLER imports");
  }

  /** Area WBIT with two retired services offered in 2014 only, and the 2014 price list. */
  private static WorkbookContent ownCatalogue(String perUserCost, PriceListStatus status,
      String description) {
    List<ServiceRow> services = List.of(
        new ServiceRow(0, "WBIT", "WBIT-PER", "Arbetsbokstest per användare", description,
            Unit.PER_USER, Financing.POOLED, new BigDecimal("25"), Lifecycle.RETIRED,
            "Testägare", null),
        new ServiceRow(0, "WBIT", "WBIT-FAST", "Arbetsbokstest fast", "Fast per månad",
            Unit.FIXED_MONTHLY, Financing.ALWAYS_CHARGED, BigDecimal.ZERO, Lifecycle.RETIRED,
            null, null));
    List<LevelRow> levels = new ArrayList<>();
    List<CommitmentRow> commitments = new ArrayList<>();
    for (String service : List.of("WBIT-PER", "WBIT-FAST")) {
      levels.add(new LevelRow(0, service, "BAS", "Bas", null, 1, FIRST, LAST));
      levels.add(new LevelRow(0, service, "STD", "Standard", "Mer", 2, FIRST, LAST));
      commitments.add(new CommitmentRow(0, service, "BAS", CommitmentType.AVAILABILITY, null,
          new BigDecimal("99.5"), null));
      commitments.add(new CommitmentRow(0, service, "STD", CommitmentType.FREE_TEXT, "Utbyte",
          null, "Vart tredje år"));
    }
    List<PriceRow> prices = List.of(
        new PriceRow(0, "WBIT-PER", "BAS", FIRST, Amount.of(perUserCost), null),
        new PriceRow(0, "WBIT-PER", "STD", FIRST, Amount.of("150"), null),
        new PriceRow(0, "WBIT-FAST", "BAS", null, Amount.of("33.33"), null),
        new PriceRow(0, "WBIT-FAST", "STD", FIRST, Amount.of("5000"), Amount.of("5100")));
    return new WorkbookContent(
        List.of(new AreaRow(0, "WBIT", "Arbetsbokstest", null, 99)), services, levels,
        commitments, new PriceListRow(0, "Prislista WBIT", OWN_YEAR, new BigDecimal("2"),
            status), prices);
  }

  private static String listColumn(String column) {
    return "SELECT " + column + " FROM price_list WHERE valid_from = '" + FIRST + "-01'";
  }

  private static String price(String service, String level, String column) {
    return "SELECT l." + column + " FROM price_list_line l JOIN price_list p"
        + " ON p.id = l.price_list_id JOIN service_level sl ON sl.id = l.level_id"
        + " JOIN service s ON s.id = sl.service_id WHERE p.valid_from = '" + FIRST + "-01'"
        + " AND s.code = '" + service + "' AND sl.code = '" + level + "'";
  }

  private byte[] export(PortalClient client, String year) {
    Download d = client.bytes(HttpRequest.newBuilder(client.uri(WORKBOOK + "?year=" + year))
        .header("Authorization", basic("it")).GET().build());
    assertEquals(200, d.status());
    assertTrue(d.header("Content-Disposition").contains("tjanstekatalog-" + year + ".xlsx"));
    return d.body();
  }

  private static Page post(PortalClient client, byte[] xlsx) {
    return client.send(HttpRequest.newBuilder(client.uri(WORKBOOK))
        .header("Authorization", basic("it")).header("Content-Type", XLSX)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private interface Edit {
    void apply(XSSFWorkbook book);
  }

  private static byte[] edit(byte[] xlsx, Edit edit) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      edit.apply(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** Every sheet's cells as text, in order. */
  private static Map<String, List<List<String>>> cells(byte[] xlsx) {
    return Workbooks.sheets(xlsx);
  }
}
