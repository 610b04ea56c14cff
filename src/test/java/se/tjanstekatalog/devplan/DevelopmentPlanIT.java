package se.tjanstekatalog.devplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The utvecklingsplan end to end: the controller keeps a plan of 2029 (created and removed
 * here; nobody else has a plan that year) through the API, every role reads it as JSON and on
 * the pages with the domain's totals; only IT_CONTROLLER writes; bad input is refused field by
 * field with nothing saved. The demo's plan of 2026: its billed development cost equals the
 * ledger's own sum, and the årsberättelse (JSON, Word, PDF) carries its figures.
 */
@ExtendWith(ArquillianExtension.class)
class DevelopmentPlanIT {
  private static final int YEAR = 2029;
  private static final String API = "api/v1/devplan/" + YEAR;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @BeforeEach
  @AfterEach
  void noPlanOfTheTestYear() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM dev_plan WHERE plan_year IN (?, ?)")) {
      ps.setInt(1, YEAR);
      ps.setInt(2, YEAR + 1);
      ps.executeUpdate();
    }
  }

  @Test
  void theControllerKeepsAPlanAndEveryoneReadsIt() {
    PortalClient it = new PortalClient(base);
    assertEquals(204, send(it, "PUT", API, "it", "{\"frame\": 1000000, \"requested\":"
        + " \"3 000 000,00\", \"decision\": \"KS § 100\"}").status());
    long a = id(send(it, "POST", API + "/initiatives", "it", "{\"name\": \"Testinitiativ A\","
        + " \"goal\": \"Mål A\", \"owner\": \"Ägare A\", \"decisionBody\": \"KS\","
        + " \"decisionDate\": \"2026-09-15\", \"decisionParagraph\": \"§ 101\","
        + " \"orgs\": [\"GSF\", \"sbk\"], \"budgets\": ["
        + "{\"year\": " + YEAR + ", \"financing\": \"CENTRAL\", \"amount\": 600000},"
        + "{\"year\": " + YEAR + ", \"financing\": \"EXTERNAL\", \"amount\": 150000.50},"
        + "{\"year\": " + (YEAR + 1) + ", \"financing\": \"CENTRAL\", \"amount\": 100000}]}"));
    long b = id(send(it, "POST", API + "/initiatives", "it", "{\"name\": \"Testinitiativ B\","
        + " \"goal\": \"Mål B\", \"owner\": \"Ägare B\", \"decisionBody\": \"KS\","
        + " \"decisionDate\": \"2026-09-15\", \"decisionParagraph\": \"§ 102\","
        + " \"orgs\": [\"SBK\"], \"budgets\": [{\"year\": " + YEAR
        + ", \"financing\": \"ORG_BILLED\", \"amount\": \"249 999,50\"}]}"));
    String initiatives = "api/v1/devplan/initiatives/";
    assertEquals(204, status(it, a, 1, "ON_TRACK", "Upphandlat"));
    assertEquals(204, status(it, a, 2, "AT_RISK", "Leverantören sen"));
    assertEquals(204, status(it, a, 2, "LATE", "Försenat ett kvartal"), "replaces Q2");
    assertEquals(204, status(it, b, 1, "DONE", "Klart"));
    assertEquals(201, cost(it, a, LocalDate.of(YEAR, 3, 31), "100000.25", "Konsulter"));
    assertEquals(201, cost(it, a, LocalDate.of(YEAR, 6, 30), "-0.25", "Avrundning"));
    assertEquals(201, cost(it, a, LocalDate.of(YEAR - 1, 12, 31), "5000", "Förstudie"));
    long wrong = id(send(it, "POST", initiatives + a + "/costs", "it", "{\"date\": \""
        + LocalDate.of(YEAR, 2, 1) + "\", \"amount\": 999, \"text\": \"Fel\"}"));
    assertEquals(204, send(it, "DELETE", initiatives + a + "/costs/" + wrong, "it", "")
        .status());
    assertEquals(404, send(it, "DELETE", initiatives + a + "/costs/" + wrong, "it", "")
        .status(), "removed once");
    assertEquals(204, send(it, "PUT", initiatives + a + "/benefits/GSF", "it",
        "{\"expectedKr\": 200000, \"expectedHours\": 500, \"realisedKr\": 50000,"
            + " \"realisedHours\": 125.5}").status());
    // a benefit set by mistake is removed again: by the controller only, once
    assertEquals(204, send(it, "PUT", initiatives + a + "/benefits/SBK", "it",
        "{\"expectedKr\": 77777, \"expectedHours\": 0, \"realisedKr\": 0,"
            + " \"realisedHours\": 0}").status());
    assertEquals(403, send(it, "DELETE", initiatives + a + "/benefits/SBK", "ekonom.gsf", "")
        .status());
    assertEquals(204, send(it, "DELETE", initiatives + a + "/benefits/sbk", "it", "")
        .status());
    Page again = send(it, "DELETE", initiatives + a + "/benefits/SBK", "it", "");
    assertEquals(404, again.status(), "removed once");
    assertTrue(again.body().contains("SBK har ingen effekt av Testinitiativ A"), again.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind ="
        + " 'DEVELOPMENT_PLAN' AND summary = 'Effekt för SBK av Testinitiativ A borttagen'"
        + " AND at > NOW() - INTERVAL 10 MINUTE"));

    // a VIEWER reads the plan with the domain's totals
    Page read = it.getWithBasic(API, "personal.gsf", "demo");
    assertEquals(200, read.status(), read.body());
    JsonObject p = Json.createReader(new StringReader(read.body())).readObject();
    JsonObject t = p.getJsonObject("totals");
    assertAmount("1000000.00", p, "frame");
    assertAmount("3000000.00", p, "requested");
    assertAmount("33.3", p, "framePercentOfRequested");
    assertAmount("1000000.00", t, "budget");
    assertAmount("0.00", t, "frameLeft");
    assertAmount("100000.00", t, "manualCosts");
    assertAmount("0.00", t, "billedCosts");
    assertAmount("100000.00", t, "booked");
    assertAmount("900000.00", t, "left");
    assertAmount("10.0", t, "usedPercent");
    assertAmount("200000.00", t, "expectedKr");
    assertAmount("25.0", t, "realisedPercent");
    assertAmount("249999.50", t.getJsonObject("budgetByFinancing"), "ORG_BILLED");
    JsonObject q1 = p.getJsonArray("quarters").getJsonObject(0);
    assertEquals(1, q1.getJsonObject("counts").getInt("ON_TRACK"));
    assertEquals(1, q1.getJsonObject("counts").getInt("DONE"));
    JsonObject q2 = p.getJsonArray("quarters").getJsonObject(1);
    assertEquals(1, q2.getJsonObject("counts").getInt("LATE"));
    assertEquals(0, q2.getJsonObject("counts").getInt("AT_RISK"));
    assertEquals(1, q2.getInt("notReported"));
    JsonObject ia = p.getJsonArray("initiatives").getJsonObject(0);
    assertEquals("Testinitiativ A", ia.getString("name"));
    assertEquals("KS 2026-09-15 § 101", ia.getString("decision"));
    assertEquals(List.of("GSF", "SBK"), ia.getJsonArray("orgs").getValuesAs(
        jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
        .toList());
    assertAmount("750000.50", ia, "budget");
    assertAmount("100000.00", ia, "manualCosts");
    assertAmount("13.3", ia, "usedPercent");
    assertEquals("LATE", ia.getString("latestStatus"));
    assertEquals(3, ia.getJsonArray("costs").size(), "every cost listed, the year's summed");
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind ="
        + " 'DEVELOPMENT_PLAN' AND username = 'it' AND at > NOW() - INTERVAL 10 MINUTE") >= 10,
        "every write audited");

    // and on the pages
    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    Page page = viewer.get("devplan/plan.xhtml?year=" + YEAR);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Testinitiativ A"), "initiative");
    assertTrue(page.body().contains(SwedishFormat.tableKronor(new BigDecimal("750000.50"))),
        "A's budget");
    assertTrue(page.body().contains("Försenat ett kvartal"), "latest status text");
    assertFalse(page.body().contains("editLink"), "no edit link for a viewer");
    Page quarters = viewer.get("devplan/quarters.xhtml?year=" + YEAR);
    assertTrue(quarters.body().contains("Försenat ett kvartal")
        && quarters.body().contains("Upphandlat"), "each quarter's text");
    assertEquals(403, viewer.get("devplan/edit.xhtml").status());
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    Page edit = controller.get("devplan/edit.xhtml?year=" + YEAR);
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("Testinitiativ B"), "the initiatives to choose");
    // the saved benefits are listed, each with its remove button
    String benefits = edit.body().substring(edit.body().indexOf("id=\"benefits\""));
    assertTrue(benefits.contains("(GSF)") && !benefits.contains("(SBK)"), benefits);
    assertTrue(benefits.contains("Ta bort: GSF, Testinitiativ A"), benefits);
  }

  @Test
  void anInitiativeWithABudgetOfALaterYearContinuesInThatYearsPlan() {
    PortalClient it = new PortalClient(base);
    String next = "api/v1/devplan/" + (YEAR + 1);
    assertEquals(204, send(it, "PUT", API, "it", "{\"frame\": 900000, \"requested\": 900000,"
        + " \"decision\": \"KS § 1\"}").status());
    String a = "{\"name\": \"Flerårigt C\", \"goal\": \"Mål\", \"owner\": \"Ägare\","
        + " \"decisionBody\": \"KS\", \"decisionDate\": \"2026-09-15\","
        + " \"decisionParagraph\": \"§ 1\", \"orgs\": [\"GSF\"], \"budgets\": ["
        + "{\"year\": " + YEAR + ", \"financing\": \"CENTRAL\", \"amount\": 400000},"
        + "{\"year\": " + (YEAR + 1) + ", \"financing\": \"CENTRAL\", \"amount\": 250000}]}";
    long c = id(send(it, "POST", API + "/initiatives", "it", a));
    id(send(it, "POST", API + "/initiatives", "it", "{\"name\": \"Ettårigt D\","
        + " \"goal\": \"Mål\", \"owner\": \"Ägare\", \"decisionBody\": \"KS\","
        + " \"decisionDate\": \"2026-09-15\", \"decisionParagraph\": \"§ 2\","
        + " \"orgs\": [\"SBK\"], \"budgets\": [{\"year\": " + YEAR
        + ", \"financing\": \"CENTRAL\", \"amount\": 500000}]}"));
    assertEquals(204, send(it, "PUT", next, "it", "{\"frame\": 300000, \"requested\": 300000,"
        + " \"decision\": \"KS § 9\"}").status());

    // the later plan lists C (decided in YEAR) with its later year's budget, not D
    JsonObject later = json(it.getWithBasic(next, "personal.gsf", "demo"));
    List<JsonObject> listed = later.getJsonArray("initiatives").getValuesAs(JsonObject.class);
    assertEquals(List.of("Flerårigt C"), listed.stream().map(i -> i.getString("name")).toList());
    assertEquals(YEAR, listed.get(0).getInt("planYear"));
    assertAmount("250000.00", listed.get(0), "budget");
    assertAmount("250000.00", later.getJsonObject("totals"), "budget");
    assertAmount("50000.00", later.getJsonObject("totals"), "frameLeft");
    JsonObject own = json(it.getWithBasic(API, "personal.gsf", "demo"));
    assertEquals(2, own.getJsonArray("initiatives").size());
    assertEquals(YEAR, own.getJsonArray("initiatives").getJsonObject(0).getInt("planYear"));

    // changed from the later plan, it stays the earlier plan's; its name stays unique there
    assertEquals(204, send(it, "PUT", next + "/initiatives/" + c, "it",
        a.replace("Flerårigt C", "Flerårigt C2")).status());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM dev_initiative i JOIN dev_plan p"
        + " ON p.id = i.plan_id WHERE i.name = 'Flerårigt C2' AND p.plan_year = " + YEAR));
    Page taken = send(it, "POST", next + "/initiatives", "it", a.replace("Flerårigt C",
        "Flerårigt C2"));
    assertEquals(422, taken.status(), taken.body());

    // and on the page, marked as continuing
    Page page = PortalClient.loggedIn(base, "personal.gsf", "demo")
        .get("devplan/plan.xhtml?year=" + (YEAR + 1));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Flerårigt C2")
        && page.body().contains("(fortsätter från utvecklingsplan " + YEAR + ")"), page.body());
    assertFalse(page.body().contains("Ettårigt D"), "a one-year initiative stays in its year");
  }

  @Test
  void onlyTheControllerWritesAndNothingIsSavedOtherwise() {
    PortalClient client = new PortalClient(base);
    String plan = "{\"frame\": 1, \"requested\": 2, \"decision\": \"KS\"}";
    assertEquals(403, send(client, "PUT", API, "personal.gsf", plan).status());
    assertEquals(403, send(client, "PUT", API, "ekonom.gsf", plan).status());
    assertEquals(403, send(client, "PUT", API, "admin", plan).status());
    long demo = demoInitiative("Digital skolplattform");
    assertEquals(403, send(client, "POST", "api/v1/devplan/initiatives/" + demo + "/statuses",
        "ekonom.gsf", "{\"year\": 2026, \"quarter\": 4, \"status\": \"LATE\", \"text\": \"x\"}")
        .status());
    assertEquals(403, send(client, "POST", "api/v1/devplan/initiatives/" + demo + "/costs",
        "personal.gsf", "{\"date\": \"2026-11-30\", \"amount\": 1, \"text\": \"x\"}").status());
    assertEquals(404, client.getWithBasic(API, "it", "demo").status(), "no plan was made");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM dev_initiative_status s JOIN"
        + " dev_initiative i ON i.id = s.initiative_id WHERE i.name = 'Digital skolplattform'"
        + " AND s.text = 'x'"));
  }

  @Test
  void badInputIsRefusedFieldByFieldWithNothingHalfSaved() throws SQLException {
    PortalClient it = new PortalClient(base);
    Page bad = send(it, "PUT", API, "it", "{\"frame\": \"sju miljoner\"}");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("frame: sju miljoner är inte ett tal"), bad.body());
    bad = send(it, "PUT", API, "it", "{\"frame\": 1, \"requested\": -5}");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("Begärt belopp (kr): -5")
        && bad.body().contains("Beslut (t.ex. KS 2025"), bad.body());
    assertEquals(404, it.getWithBasic(API, "it", "demo").status());

    assertEquals(204, send(it, "PUT", API, "it",
        "{\"frame\": 500000, \"requested\": 900000, \"decision\": \"KS § 7\"}").status());
    Page unreadable = send(it, "POST", API + "/initiatives", "it", "{\"name\": \"X\","
        + " \"decisionDate\": \"15 september\", \"budgets\": [{\"year\": " + YEAR
        + ", \"financing\": \"GIFT\", \"amount\": 1}]}");
    assertEquals(422, unreadable.status(), unreadable.body());
    assertTrue(unreadable.body().contains("decisionDate: 15 september är inte ett datum")
        && unreadable.body().contains("financing: GIFT"), unreadable.body());
    Page refused = send(it, "POST", API + "/initiatives", "it", "{\"name\": \" \","
        + " \"goal\": \"Mål\", \"owner\": \"Ägare\", \"decisionBody\": \"KS\","
        + " \"decisionParagraph\": \"§ 1\","
        + " \"orgs\": [\"GSF\", \"NOPE\"], \"service\": \"NO-SUCH\", \"budgets\": ["
        + "{\"year\": " + YEAR + ", \"financing\": \"CENTRAL\", \"amount\": -1}]}");
    assertEquals(422, refused.status(), refused.body());
    for (String reason : List.of("Namn: ange ett värde", "Beslutsdatum: ange ett värde",
        "ingen organisation med koden NOPE", "ingen tjänst med koden NO-SUCH",
        "Budgetrad 1: -1")) {
      assertTrue(refused.body().contains(reason), reason + " in " + refused.body());
    }
    long first = id(send(it, "POST", API + "/initiatives", "it", initiative("Första",
        "DIG-UTV", "GSF")));
    Page shared = send(it, "POST", API + "/initiatives", "it", initiative("Andra", "DIG-UTV",
        "GVF\", \"GSF"));
    assertEquals(422, shared.status(), shared.body());
    assertTrue(shared.body().contains("DIG-UTV för GSF hör redan till initiativet Första"),
        shared.body());
    assertEquals(422, send(it, "POST", API + "/initiatives", "it", initiative("första", null,
        "GSF")).status(), "a name taken, whatever the case");
    Page quarter = send(it, "POST", "api/v1/devplan/initiatives/" + first + "/statuses", "it",
        "{\"year\": " + YEAR + ", \"quarter\": 5, \"status\": \"ON_TRACK\", \"text\": \"\"}");
    assertEquals(422, quarter.status());
    assertTrue(quarter.body().contains("5 är inte ett kvartal")
        && quarter.body().contains("Kommentar: ange ett värde"), quarter.body());
    assertEquals(422, send(it, "POST", "api/v1/devplan/initiatives/" + first + "/costs", "it",
        "{\"date\": \"" + LocalDate.of(YEAR, 1, 31) + "\", \"amount\": 0, \"text\": \"x\"}")
        .status(), "a cost of 0");
    assertEquals(404, send(it, "POST", "api/v1/devplan/initiatives/999999999/costs", "it",
        "{\"date\": \"" + LocalDate.of(YEAR, 1, 31) + "\", \"amount\": 1, \"text\": \"x\"}")
        .status());
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM dev_initiative i JOIN dev_plan p ON p.id = i.plan_id"
            + " WHERE p.plan_year = ?")) {
      ps.setInt(1, YEAR);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getInt(1), "only the one good initiative");
      }
    }
  }

  @Test
  void theDemoPlansBilledCostIsTheLedgersOwnSumAndTheAnnualReportCarriesIt() throws Exception {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page read = finance.getWithBasic("api/v1/devplan/2026", "ekonom.gsf", "demo");
    assertEquals(200, read.status(), read.body());
    JsonObject p = Json.createReader(new StringReader(read.body())).readObject();
    assertAmount("7000000.00", p, "frame");
    assertAmount("41000000.00", p, "requested");
    assertTrue(p.getString("decision").endsWith("§ 426"), p.getString("decision"));
    assertAmount("7000000.00", p.getJsonObject("totals"), "budget");
    assertEquals(5, p.getJsonArray("initiatives").size());
    JsonObject school = p.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream()
        .filter(i -> "Digital skolplattform".equals(i.getString("name"))).findFirst()
        .orElseThrow();
    BigDecimal ledger = TestDatabase.count("SELECT COUNT(*) FROM result_line r JOIN service s"
        + " ON s.id = r.service_id JOIN org_unit o ON o.id = r.org_id WHERE s.code = 'DIG-UTV'"
        + " AND o.code IN ('GSF', 'GVF') AND r.binding AND YEAR(r.period) = 2026") == 0
        ? BigDecimal.ZERO : new BigDecimal(TestDatabase.text("SELECT SUM(r.amount) FROM"
        + " result_line r JOIN service s ON s.id = r.service_id JOIN org_unit o"
        + " ON o.id = r.org_id WHERE s.code = 'DIG-UTV' AND o.code IN ('GSF', 'GVF')"
        + " AND r.binding AND YEAR(r.period) = 2026"));
    assertTrue(ledger.signum() > 0, "the demo bills GSF and GVF development hours");
    assertEquals(0, ledger.compareTo(school.getJsonNumber("billedCosts").bigDecimalValue()),
        "billed = the ledger's binding DIG-UTV lines of GSF and GVF: " + ledger);
    BigDecimal booked = p.getJsonObject("totals").getJsonNumber("booked").bigDecimalValue();

    JsonObject report = Json.createReader(new StringReader(finance.getWithBasic(
        "api/v1/annual-report/2026", "ekonom.gsf", "demo").body())).readObject();
    JsonObject section = report.getJsonObject("developmentPlan");
    assertAmount("7000000.00", section.getJsonObject("totals"), "budget");
    assertEquals(0, booked.compareTo(section.getJsonObject("totals").getJsonNumber("booked")
        .bigDecimalValue()));
    String frame = SwedishFormat.kronor(new BigDecimal("7000000.00")).replace('\u00a0', ' ');
    String bookedKr = SwedishFormat.kronor(booked).replace('\u00a0', ' ');
    PortalClient controller = PortalClient.loggedIn(base, "it", "demo");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        controller.fetch("api/v1/annual-report/2026.docx").body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText().replace('\u00a0', ' ');
      assertTrue(text.contains("Utvecklingsplan"), "section");
      assertTrue(text.contains("Digital skolplattform") && text.contains("Informationssäkerhetslyft"),
          "initiatives");
      assertTrue(text.contains(frame) && text.contains(bookedKr), frame + ", " + bookedKr);
    }
    try (PDDocument document = Loader.loadPDF(
        controller.fetch("api/v1/annual-report/2026.pdf").body())) {
      String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ')
          .replaceAll("\\s+", " ");
      assertTrue(text.contains("Utvecklingsplan"), "section");
      assertTrue(text.contains("Digital skolplattform"), "initiative");
      assertTrue(text.contains(frame) && text.contains(bookedKr), frame + ", " + bookedKr);
    }
    Page annual = finance.get("costing/annual.xhtml?year=2026");
    assertTrue(annual.body().contains("devplanBudget") && annual.body().contains(
        SwedishFormat.tableKronor(new BigDecimal("7000000.00"))), "on the page");
  }

  // ---- helpers

  private static String initiative(String name, String service, String orgs) {
    return "{\"name\": \"" + name + "\", \"goal\": \"Mål\", \"owner\": \"Ägare\","
        + " \"decisionBody\": \"KS\", \"decisionDate\": \"2026-09-15\","
        + " \"decisionParagraph\": \"§ 9\", \"orgs\": [\"" + orgs + "\"],"
        + (service == null ? "" : " \"service\": \"" + service + "\",")
        + " \"budgets\": [{\"year\": " + YEAR + ", \"financing\": \"CENTRAL\","
        + " \"amount\": 1000}]}";
  }

  private int status(PortalClient client, long initiative, int quarter, String status,
      String text) {
    return send(client, "POST", "api/v1/devplan/initiatives/" + initiative + "/statuses", "it",
        "{\"year\": " + YEAR + ", \"quarter\": " + quarter + ", \"status\": \"" + status
            + "\", \"text\": \"" + text + "\"}").status();
  }

  private int cost(PortalClient client, long initiative, LocalDate date, String amount,
      String text) {
    return send(client, "POST", "api/v1/devplan/initiatives/" + initiative + "/costs", "it",
        "{\"date\": \"" + date + "\", \"amount\": " + amount + ", \"text\": \"" + text
            + "\"}").status();
  }

  private static long demoInitiative(String name) {
    return Long.parseLong(TestDatabase.text("SELECT i.id FROM dev_initiative i JOIN dev_plan p"
        + " ON p.id = i.plan_id WHERE p.plan_year = 2026 AND i.name = '" + name + "'"));
  }

  private static JsonObject json(Page page) {
    assertEquals(200, page.status(), page.body());
    return Json.createReader(new StringReader(page.body())).readObject();
  }

  private static long id(Page created) {
    assertEquals(201, created.status(), created.body());
    return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id")
        .longValue();
  }

  private static void assertAmount(String expected, JsonObject o, String name) {
    assertEquals(0, new BigDecimal(expected).compareTo(o.getJsonNumber(name).bigDecimalValue()),
        name + " = " + o.get(name) + ", expected " + expected);
  }

  private static Page send(PortalClient client, String method, String path, String user,
      String json) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(client.uri(path))
        .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }
}
