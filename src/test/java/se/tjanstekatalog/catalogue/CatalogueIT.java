package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The catalogue end to end on the demo data: browsing as of a month, comparing levels, the
 * proposal workflow changing a price from its month with an audit entry, price list rules,
 * subscriptions and requests with their access rules, the API and the exports.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {
  private static final String NBSP = "\u00a0";
  private static final String CATALOGUE = "catalogue/catalogue.xhtml";
  private static final String PROPOSALS = "catalogue/proposals.xhtml";
  private static final String PRICE_LISTS = "catalogue/pricelists.xhtml";
  private static final String SUBSCRIPTIONS = "catalogue/subscriptions.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void viewerFindsAServiceByPartOfItsNameAndComparesItsLevels() {
    PortalClient viewer = loggedIn("personal.gsf");
    Page catalogue = viewer.get(CATALOGUE);
    assertEquals(200, catalogue.status());
    Map<String, String> fields = PortalClient.inputs(catalogue.body(), "cat");
    fields.put("cat:text", "datorarb");
    fields.put("jakarta.faces.behavior.event", "keyup");
    fields.put("jakarta.faces.partial.event", "keyup");
    Page found = viewer.ajax(CATALOGUE, fields, "cat:text", "cat:text", "cat:table");
    assertTrue(found.body().contains("Datorarbetsplats"), found.body());
    assertFalse(found.body().contains("Mobiltelefoni"), "search narrows the list");

    Page service = viewer.get("catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-11");
    String html = service.body();
    assertEquals(200, service.status());
    assertTrue(html.contains("Bas") && html.contains("Standard") && html.contains("Utökad"));
    assertTrue(html.contains("255,00" + NBSP + "kr"), "Standard's price, Swedish format");
    assertTrue(html.contains("Standard (er nivå)"), "GSF's chosen level is marked");
    // Issue 16, item 7: a pooled service is not called "solidarisk": the plan decides per area
    assertFalse(html.contains("Solidarisk (pool)"), "no model claimed for a pooled service");
    assertTrue(html.contains("Kan ingå i pool (per styck vid internfakturering")
        && html.contains("bestäms per tjänsteområde och månad i modellplanen"), html);
    assertTrue(html.contains("Tillgänglighet") || html.contains("Supporttider"),
        "commitments as rows");
    assertTrue(html.contains("asOf=2026-10") && html.contains("asOf=2027-01"),
        "links to last month and next year");
    assertFalse(html.contains("Redigera uppgifter"), "a viewer cannot edit");
  }

  @Test
  void theDemoPriceChangeAppliesFromItsMonthAndNotBefore() {
    JsonObject june = level(service("KOM-MOBIL", "2026-06"), "STD");
    JsonObject july = level(service("KOM-MOBIL", "2026-07"), "STD");
    assertEquals(0, july.getJsonNumber("costPrice").bigDecimalValue()
        .compareTo(new java.math.BigDecimal("158.00")));
    assertEquals(0, july.getJsonNumber("chargedPrice").bigDecimalValue()
        .compareTo(new java.math.BigDecimal("161.16")), "158,00 + 2 %");
    assertTrue(june.getJsonNumber("costPrice").bigDecimalValue()
        .compareTo(new java.math.BigDecimal("158.00")) != 0, "June keeps the old price");
  }

  @Test
  void controllerRaisesAPriceByProposalAndDecisionAndSeesTheAuditEntry() {
    PortalClient it = loggedIn("it");
    Page page = it.get(PROPOSALS);
    String viewState = PortalClient.inputs(page.body(), "list").get("jakarta.faces.ViewState");
    Map<String, String> form = PortalClient.inputs(page.body(), "proposalForm");
    Matcher level = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Datorarbetsplats – Standard"
        + "</option>").matcher(page.body());
    assertTrue(level.find(), "level offered in the form");
    String title = "Höjt pris Datorarbetsplats Standard december";
    form.put("proposalForm:title", title);
    form.put("proposalForm:motivation", "Högre inköpspris för datorer.");
    form.put("proposalForm:effective_input", "2026-12");
    form.put("proposalForm:level_input", level.group(1));
    form.put("proposalForm:cost", "260,00");
    Page created = it.ajax(PROPOSALS, form, "proposalForm:create", "proposalForm",
        "proposalForm list:table detail");
    assertTrue(created.body().contains("Förslaget ”" + title + "” har skapats som utkast."),
        created.body());

    Matcher open = Pattern.compile("id=\"(list:table:\\d+:open)\"[^>]*>" + title)
        .matcher(created.body());
    assertTrue(open.find(), "new proposal listed");
    Map<String, String> state = Map.of("jakarta.faces.ViewState", viewState, "list", "list",
        "primefaces.nonce", PortalClient.inputs(page.body(), "list").get("primefaces.nonce"));
    Page selected = it.ajax(PROPOSALS, state, open.group(1), open.group(1), "detail");
    assertTrue(selected.body().contains("Skicka till beredning"), selected.body());

    Map<String, String> actions = new java.util.LinkedHashMap<>(state);
    actions.put("actions", "actions");
    Page submitted = it.ajax(PROPOSALS, actions, "actions:submit", "actions:submit",
        "detail list:table");
    assertTrue(submitted.body().contains("är skickat till beredning"), submitted.body());

    actions.put("actions:note", "Beslutat i IT-rådet.");
    Page decided = it.ajax(PROPOSALS, actions, "actions:decide", "actions:decide actions:note",
        "detail list:table");
    assertTrue(decided.body().contains("är beslutat och gäller från sin månad"),
        decided.body());

    JsonObject november = level(service("ARB-DATOR", "2026-11"), "STD");
    JsonObject december = level(service("ARB-DATOR", "2026-12"), "STD");
    assertEquals("255.00", november.getJsonNumber("chargedPrice").bigDecimalValue()
        .setScale(2).toPlainString(), "the month before keeps the old price");
    assertEquals("265.20", december.getJsonNumber("chargedPrice").bigDecimalValue()
        .setScale(2).toPlainString(), "260,00 + 2 % from December");

    String history = it.get("catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-12").body();
    assertTrue(history.contains("250.00") && history.contains("260.00"),
        "audit shows old and new cost price");
    assertTrue(history.contains(title), "audit names the proposal");
  }

  @Test
  void controllerChangesAPromiseAndTheHistoryShowsOldAndNewValue() {
    PortalClient it = loggedIn("it");
    String path = "catalogue/service.xhtml?code=ARB-SKRIV&asOf=2026-11";
    Page page = it.get(path);
    Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]*: Supporttider)"
        + " \\(([^)]*)\\)</option>").matcher(page.body());
    assertTrue(option.find(), "a support hours promise to edit");
    Map<String, String> form = PortalClient.inputs(page.body(), "commitmentForm");
    form.put("commitmentForm:commitment_input", option.group(1));
    form.put("commitmentForm:value", "Vardagar 06–20");
    Page saved = it.ajax(path, form, "commitmentForm:saveCommitment", "commitmentForm",
        "commitmentForm");
    assertTrue(saved.body().contains("Åtagandet har sparats."), saved.body());
    String after = it.get(path).body();
    assertTrue(after.contains("Vardagar 06–20"), "new promise shown");
    assertTrue(after.contains("<td>" + option.group(3) + "</td><td>Vardagar 06–20</td>")
        || after.contains(option.group(3)), "history shows the old value");
    assertEquals(1, count("SELECT COUNT(*) FROM catalogue_audit a JOIN service s ON s.id ="
        + " a.service_id WHERE s.code = 'ARB-SKRIV' AND a.old_value = '" + option.group(3)
        + "' AND a.new_value = 'Vardagar 06–20' AND a.username = 'it'"), "audited old → new");
  }

  @Test
  void anOverlappingPriceListIsRejectedAndNothingIsCreated() {
    PortalClient it = loggedIn("it");
    long before = count("SELECT COUNT(*) FROM price_list");
    Map<String, String> form = PortalClient.inputs(it.get(PRICE_LISTS).body(), "copyForm");
    form.put("copyForm:name", "Prislista överlapp");
    form.put("copyForm:from_input", "2026-06");
    form.put("copyForm:to_input", "2027-05");
    form.put("copyForm:markup", "2");
    form.put("copyForm:index", "3,1");
    Page refused = it.ajax(PRICE_LISTS, form, "copyForm:doCopy", "copyForm", "copyForm");
    assertTrue(refused.body().contains("Giltighet: 2026-06–2027-05 överlappar Prislista 2026"
        + " (2026-01–2026-12). Bara en prislista får gälla för en månad."), refused.body());
    assertEquals(before, count("SELECT COUNT(*) FROM price_list"));
  }

  @Test
  void viewersAndFinanceChiefsCannotChangeTheCatalogue() {
    PortalClient viewer = loggedIn("personal.gsf");
    assertEquals(403, viewer.get(PRICE_LISTS).status());
    assertEquals(403, viewer.get(PROPOSALS).status());
    String menu = viewer.get("index.xhtml").body();
    assertFalse(menu.contains("Förändringsförslag"), "no maintenance menu for a viewer");

    PortalClient finance = loggedIn("ekonom.gsf");
    String proposals = finance.get(PROPOSALS).body();
    assertTrue(proposals.contains("Förändringsförslag"));
    assertFalse(proposals.contains("Nytt förändringsförslag"), "finance comments, IT proposes");
    assertEquals(403, finance.get(PRICE_LISTS).status());
  }

  @Test
  void financeChiefsSeeOnlyTheirOwnOrgsLevelRequests() {
    String bostad = loggedIn("ekonom.bostad").get(SUBSCRIPTIONS).body();
    assertFalse(bostad.contains("Grundskoleförvaltningen"), "another org's request hidden");
    assertTrue(bostad.contains("Bostads AB"));
    String gsf = loggedIn("ekonom.gsf").get(SUBSCRIPTIONS).body();
    assertTrue(gsf.contains("Grundskoleförvaltningen") && gsf.contains("Väntar"),
        "own pending request shown");
    assertFalse(gsf.contains("Bostads AB"));
  }

  @Test
  void aRequestedLevelChangeIsAcceptedByItAndChangesTheSubscription() {
    PortalClient finance = loggedIn("ekonom.gsf");
    Page page = finance.get(SUBSCRIPTIONS);
    Matcher level = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Mobiltelefoni – Utökad"
        + "</option>").matcher(page.body());
    assertTrue(level.find(), "level offered");
    Map<String, String> form = PortalClient.inputs(page.body(), "levelForm");
    form.put("levelForm:level_input", level.group(1));
    form.put("levelForm:month_input", "2027-03");
    form.put("levelForm:motivation", "Rektorerna behöver utökad mobiltelefoni.");
    Page sent = finance.ajax(SUBSCRIPTIONS, form, "levelForm:send", "levelForm",
        "levelForm subs");
    assertTrue(sent.body().contains("Begäran är skickad till IT."), sent.body());

    PortalClient it = loggedIn("it");
    Page itPage = it.get(SUBSCRIPTIONS);
    Matcher accept = Pattern.compile("Rektorerna behöver utökad mobiltelefoni\\.[\\s\\S]*?id=\""
        + "(subs:requests:\\d+:accept)\"").matcher(itPage.body());
    assertTrue(accept.find(), "IT sees the request with an accept button");
    Map<String, String> fields = PortalClient.inputs(itPage.body(), "subs");
    Page accepted = it.ajax(SUBSCRIPTIONS, fields, accept.group(1), accept.group(1), "subs");
    assertTrue(accepted.body().contains("Begäran från Grundskoleförvaltningen är godkänd"),
        accepted.body());
    assertEquals(1, count("SELECT COUNT(*) FROM subscription s JOIN org_unit o ON o.id ="
        + " s.org_id JOIN service_level l ON l.id = s.level_id JOIN service v ON v.id ="
        + " s.service_id WHERE o.code = 'GSF' AND v.code = 'KOM-MOBIL' AND l.code = 'UTOK'"
        + " AND s.valid_from = '2027-03-01'"));
  }

  @Test
  void theApiListsTheCatalogueOfAMonthAsThePagesShowIt() {
    JsonArray all = Json.createReader(new StringReader(new PortalClient(base)
        .getWithBasic("api/v1/services?asOf=2026-11", "personal.gsf", "demo").body()))
        .readArray();
    assertTrue(all.size() >= 35, "about 40 services: " + all.size());
    JsonObject dator = all.stream().map(v -> v.asJsonObject())
        .filter(s -> s.getString("code").equals("ARB-DATOR")).findFirst().orElseThrow();
    assertEquals("Datorarbetsplats", dator.getString("name"));
    assertEquals("PER_USER", dator.getString("unit"));
    assertEquals("255.00", level(dator, "STD").getJsonNumber("chargedPrice").bigDecimalValue()
        .setScale(2).toPlainString());
    JsonArray area = Json.createReader(new StringReader(new PortalClient(base)
        .getWithBasic("api/v1/services?asOf=2026-11&area=ARBETSPLATS", "it", "demo").body()))
        .readArray();
    assertTrue(area.stream().allMatch(s -> s.asJsonObject().getString("area")
        .equals("ARBETSPLATS")));
    assertEquals(404, new PortalClient(base).getWithBasic("api/v1/services/FINNS-EJ", "it",
        "demo").status());
  }

  @Test
  void theCatalogueExportsOpenAndContainTheServices() throws Exception {
    byte[] xlsx = download("api/v1/catalogue/export.xlsx?asOf=2026-11");
    boolean found = false;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().equals("Datorarbetsplats")) {
            found = true;
          }
        }
      }
    }
    assertTrue(found, "Datorarbetsplats in the workbook");

    byte[] pdf = download("api/v1/catalogue/export.pdf?asOf=2026-11");
    String text;
    try (var document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertTrue(text.contains("Sjöstads kommun"), "municipality on the PDF");
    assertTrue(text.contains("Datorarbetsplats"), "services on the PDF");
    assertTrue(text.contains("2026-11"), "validity month on the PDF");
  }

  private byte[] download(String path) throws Exception {
    String token = Base64.getEncoder().encodeToString("personal.gsf:demo"
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            new PortalClient(base).uri(path))
        .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  private JsonObject service(String code, String asOf) {
    Page page = new PortalClient(base).getWithBasic("api/v1/services/" + code + "?asOf="
        + asOf, "personal.gsf", "demo");
    assertEquals(200, page.status(), page.body());
    return Json.createReader(new StringReader(page.body())).readObject();
  }

  private static JsonObject level(JsonObject service, String code) {
    return service.getJsonArray("levels").stream().map(v -> v.asJsonObject())
        .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow();
  }

  private PortalClient loggedIn(String user) {
    return PortalClient.loggedIn(base, user, "demo");
  }

  private static long count(String sql) {
    return TestDatabase.count(sql);
  }
}
