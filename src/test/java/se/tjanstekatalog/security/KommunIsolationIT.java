package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Two kommuner in one installation (issue 19): the demo's Sjöstad in the pool's database and
 * Ekby, served by Sjöstad's IT nämnd, in its own, reached at {@code ekby.localhost}. The URL ×
 * role walk of {@link AccessMatrixIT} runs as Ekby's four demo users on Ekby's host name: every
 * page and read endpoint answers as the role table says, and no answer names anything of
 * Sjöstad's (its name, its orgs). Accounts, sessions and data stay with their kommun.
 */
@ExtendWith(ArquillianExtension.class)
class KommunIsolationIT {
  private static final String EKBY = "ekby.localhost";
  private static final String PASSWORD = "demo";
  /** Ekby's demo users by the role AccessMatrixIT's table names. */
  private static final Map<String, String> EKBY_USERS = Map.of(
      "personal.gsf", "personal.buf", "ekonom.gsf", "ekonom.buf", "it", "it", "admin", "admin");
  /** What only Sjöstad has: its name and orgs (Ekby's catalogue is Sjöstad's, published). */
  private static final List<String> SJOSTAD = List.of("Sjöstad", "Grundskoleförvaltningen",
      "Stadsledningskontoret", "Serviceförvaltningen", "Bostads AB", "Eva Ekonom");
  private static final List<String> EKBY_ONLY = List.of("Ekby", "Barn- och utbildningsförvaltningen",
      "Emil Ekonom");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void ekbyHasItsOwnDatabaseWithThePublishedCatalogueAndItsOwnMonths() throws SQLException {
    assertEquals("ekby", TestDatabase.text("SELECT kommun_code FROM kommun_host"
        + " WHERE host = 'ekby.localhost'"));
    assertEquals("hem", TestDatabase.text("SELECT served_by FROM kommun WHERE code = 'ekby'"));
    assertEquals("sjöstads kommun", TestDatabase.text(
        "SELECT LOWER(name) FROM kommun WHERE database_name IS NULL"));
    try (Connection c = TestDatabase.connectKommun("ekby")) {
      assertEquals(4, count(c, "SELECT COUNT(*) FROM org_unit"), "Ekby's own orgs");
      assertEquals(0, count(c, "SELECT COUNT(*) FROM org_unit WHERE code = 'GSF'"));
      // Other classes change Sjöstad's catalogue, some by SQL; a start publishes it anew.
      assertEquals(List.of(), missing(strings("SELECT code FROM service"),
          strings(c, "SELECT code FROM service")), "every service of Sjöstad's is in Ekby");
      assertEquals(List.of(), missing(strings("SELECT id FROM price_list WHERE status ="
          + " 'PUBLISHED'"), strings(c, "SELECT id FROM price_list")),
          "every published price list");
      List<String> drafts = strings("SELECT id FROM price_list WHERE status = 'DRAFT'");
      assertTrue(strings(c, "SELECT id FROM price_list").stream().noneMatch(drafts::contains),
          "no draft");
      assertEquals(12, count(c, "SELECT COUNT(DISTINCT period) FROM costing_run"),
          "Ekby's demo months are computed from its own consumption");
      assertTrue(count(c, "SELECT COUNT(*) FROM result_line") > 0);
      assertEquals(0, count(c, "SELECT COUNT(*) FROM app_user WHERE username = 'ekonom.gsf'"));
    }
  }

  @Test
  void everyPageAndEndpointOfEkbyAnswersAsTheRoleTableSaysAndNamesNothingOfSjostad() {
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (var user : EKBY_USERS.entrySet()) {
      PortalClient client = PortalClient.loggedIn(new PortalClient(base, EKBY), user.getValue(),
          PASSWORD);
      for (var page : AccessMatrixIT.pages().entrySet()) {
        String path = page.getKey().replace("GSF", "BUF");
        Page answer = client.get(path);
        asked++;
        check(wrong, user.getValue() + " " + path, answer,
            page.getValue().contains(user.getKey()) ? 200 : 403);
      }
      for (var endpoint : AccessMatrixIT.endpoints().entrySet()) {
        String path = endpoint.getKey().replace("GSF", "BUF");
        Page answer = basic(path, user.getValue());
        asked++;
        check(wrong, user.getValue() + " " + path, answer,
            endpoint.getValue().contains(user.getKey()) ? 200 : 403);
      }
    }
    assertEquals(List.of(), wrong, "Ekby's answers");
    assertEquals(EKBY_USERS.size() * (AccessMatrixIT.pages().size()
        + AccessMatrixIT.endpoints().size()), asked);
  }

  /**
   * The other way round: every page and read endpoint as Sjöstad's four roles names nothing
   * of Ekby's, except the two pages whose purpose is the kommuner of the installation: the
   * nämnd's view across the kommuner it serves and the platform admin's list.
   */
  @Test
  void everyPageAndEndpointOfSjostadNamesNothingOfEkby() {
    Set<String> acrossKommuner = Set.of("costing/kommuner.xhtml?year=2026",
        "api/v1/kommuner?year=2026", "admin/kommuner.xhtml");
    List<String> wrong = new ArrayList<>();
    for (String user : EKBY_USERS.keySet()) {
      PortalClient client = PortalClient.loggedIn(base, user, PASSWORD);
      List<String> paths = new ArrayList<>(AccessMatrixIT.pages().keySet());
      paths.addAll(AccessMatrixIT.endpoints().keySet());
      for (String path : paths) {
        if (acrossKommuner.contains(path)) {
          continue;
        }
        Page answer = path.startsWith("api/")
            ? new PortalClient(base).downloadWithBasic(path, user, PASSWORD) : client.get(path);
        for (String marker : EKBY_ONLY) {
          if (answer.body().contains(marker)) {
            wrong.add(user + " " + path + " names " + marker);
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "Sjöstad's answers");
  }

  @Test
  void ekbysPagesShowEkbyAndSjostadsShowNothingOfEkby() {
    PortalClient ekby = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD);
    Page orgs = ekby.get("organisation/orgs.xhtml");
    assertEquals(200, orgs.status());
    assertTrue(orgs.body().contains("Barn- och utbildningsförvaltningen"), "Ekby's orgs");
    Page statement = ekby.get("statements/statement.xhtml?month=2026-06&org=BUF");
    assertEquals(200, statement.status());
    assertTrue(statement.body().contains("Ekby"), "Ekby's statement names Ekby");
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    for (String path : List.of("organisation/orgs.xhtml", "statements/dashboard.xhtml",
        "index.xhtml", "api/v1/organisations")) {
      Page page = sjostad.get(path);
      assertEquals(200, page.status(), path);
      for (String marker : EKBY_ONLY) {
        assertFalse(page.body().contains(marker), path + " names " + marker);
      }
    }
  }

  @Test
  void theNamndsControllerSeesWhatEachKommunPaysUnderBothModelsAndEachKommunOnlyItself()
      throws SQLException {
    Page answer = new PortalClient(base).getWithBasic("api/v1/kommuner?year=2026", "it",
        PASSWORD);
    assertEquals(200, answer.status(), answer.body());
    List<JsonObject> kommuner = array(answer.body());
    assertEquals(List.of("hem", "ekby"),
        kommuner.stream().map(k -> k.getString("code")).toList());
    assertEquals(List.of("Sjöstads kommun", "Ekby kommun"),
        kommuner.stream().map(k -> k.getString("name")).toList());
    assertTrue(kommuner.get(0).getBoolean("host"));
    assertFalse(kommuner.get(1).getBoolean("host"));
    String year = " FROM result_line WHERE period BETWEEN '2026-01-01' AND '2026-12-01'";
    String[] sums = {"SELECT COALESCE(SUM(amount), 0)" + year + " AND model = 'CHARGEBACK'",
        "SELECT COALESCE(SUM(amount), 0)" + year + " AND model = 'ALLOCATION'",
        "SELECT COALESCE(SUM(amount), 0)" + year + " AND binding"};
    String[] fields = {"chargeback", "allocation", "binding"};
    try (Connection ekby = TestDatabase.connectKommun("ekby")) {
      for (int i = 0; i < sums.length; i++) {
        assertEquals(new BigDecimal(TestDatabase.text(sums[i])),
            kommuner.get(0).getJsonNumber(fields[i]).bigDecimalValue(), "Sjöstad " + fields[i]);
        assertEquals(new BigDecimal(text(ekby, sums[i])),
            kommuner.get(1).getJsonNumber(fields[i]).bigDecimalValue(), "Ekby " + fields[i]);
      }
    }
    assertEquals(12, kommuner.get(1).getInt("computedMonths"));
    try (Connection ekby = TestDatabase.connectKommun("ekby")) {
      assertEquals(count(ekby, "SELECT COUNT(*) FROM period WHERE status = 'LOCKED'"
          + " AND period BETWEEN '2026-01-01' AND '2026-12-01'"),
          kommuner.get(1).getInt("lockedMonths"));
    }

    Page ekbysOwn = new PortalClient(base, EKBY).getWithBasic("api/v1/kommuner?year=2026", "it",
        PASSWORD);
    assertEquals(List.of("ekby"), array(ekbysOwn.body()).stream()
        .map(k -> k.getString("code")).toList(), "a kommun the nämnd serves sees only itself");
    assertFalse(array(ekbysOwn.body()).get(0).getBoolean("host"), "and hosts no nämnd");

    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    Page page = sjostad.get("costing/kommuner.xhtml?year=2026");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Ekby kommun") && page.body().contains("Sjöstads kommun"));
    assertTrue(page.body().contains("href=\"/costing/kommuner.xhtml\""),
        "the menu offers the view at the host");
    Page ekbyStart = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD)
        .get("index.xhtml");
    assertFalse(ekbyStart.body().contains("/costing/kommuner.xhtml"), "not where no nämnd sits");
  }

  @Test
  void theNamndsControllerOpensEkbyFromTheHostWithoutLoggingInAgain() throws SQLException {
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    String location = openEkby(sjostad);
    // On one of Ekby's host names (another test adds an alias), never on the host's.
    assertTrue(location.matches("http://ekby[-.a-z0-9]*\\.localhost:" + base.getPort()
        + base.getPath() + "handoff\\?ticket=[A-Za-z0-9_-]{43}"), location);
    String handoff = location.substring(location.indexOf("handoff?"));

    PortalClient ekby = new PortalClient(base, EKBY);
    Page arrived = ekby.get(handoff);
    assertEquals(302, arrived.status(), arrived.body());
    assertTrue(arrived.header("Location").endsWith("/index.xhtml"), arrived.header("Location"));
    Page start = ekby.get("index.xhtml");
    assertEquals(200, start.status());
    assertTrue(start.body().contains("Ivar Controller (IT-nämnden)"), "logged in in Ekby");
    assertEquals(200, ekby.get("costing/runs.xhtml").status(), "as Ekby's controller");
    Page orgs = ekby.get("api/v1/organisations");
    assertEquals(200, orgs.status());
    assertTrue(orgs.body().contains("BUF") && !orgs.body().contains("GSF"), "Ekby's own data");
    assertEquals(200, sjostad.get("costing/runs.xhtml").status(), "still logged in at the host");

    PortalClient replay = new PortalClient(base, EKBY);
    Page again = replay.get(handoff);
    assertEquals(302, again.status());
    assertTrue(again.header("Location").endsWith("/login.xhtml?handoff=invalid"),
        "a ticket is used once");
    assertEquals(302, replay.get("costing/runs.xhtml").status(), "and gives no session");
    assertTrue(replay.get("login.xhtml?handoff=invalid").body()
        .contains("Länken från IT-nämndens kommun gick inte att använda"));

    String second = openEkby(sjostad);
    String secondHandoff = second.substring(second.indexOf("handoff?"));
    Page wrongKommun = new PortalClient(base).get(secondHandoff);
    assertTrue(wrongKommun.header("Location").endsWith("/login.xhtml?handoff=invalid"),
        "a ticket for Ekby opens nothing at the host");
    assertEquals(302, new PortalClient(base, EKBY).get(secondHandoff).status());

    try (Connection db = TestDatabase.connectKommun("ekby")) {
      assertEquals("it.hem IT_CONTROLLER null", text(db, "SELECT CONCAT_WS(' ', username,"
          + " role, COALESCE(org_id, 'null')) FROM app_user WHERE sso_issuer = 'kommun:hem'"
          + " AND sso_subject = 'it'"), "one account in Ekby, reused by the second handover");
      assertEquals(2, count(db, "SELECT COUNT(*) FROM audit_log WHERE username = 'it.hem'"
          + " AND kind = 'LOGIN'"));
      assertEquals(0, count(db, "SELECT COUNT(*) FROM app_user WHERE display_name LIKE"
          + " '%Sjöstad%'"), "Ekby's database names nothing of Sjöstad's");
    }
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username = 'it.hem'"),
        "the host got no such account");

    PortalClient admin = PortalClient.loggedIn(base, "admin", PASSWORD);
    Page adminsView = admin.get("costing/kommuner.xhtml?year=2026");
    assertEquals(200, adminsView.status());
    assertFalse(adminsView.body().contains(":open\""), "only the controller opens kommuner");
  }

  @Test
  void theNamndCannotPublishPricesOverAMonthEkbyLocked() throws SQLException {
    // The first month of the demo's draft list for 2027, locked in Ekby's database only (no
    // other test class touches Ekby's months; in Sjöstad's the month is only ever named).
    try (Connection ekby = TestDatabase.connectKommun("ekby");
        Statement st = ekby.createStatement()) {
      st.execute("CALL tk_lock_period('2027-01-01', 'KommunIsolationIT')");
    }
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    String path = "catalogue/pricelists.xhtml";
    OpenedList selected = selectPriceList(sjostad, "Prislista 2027");
    assertTrue(selected.body().contains("lines:publish"), selected.body());
    // The page's fields (view state, the CSP nonce) as the lines form's own.
    Map<String, String> publish = new java.util.HashMap<>(selected.fields());
    publish.remove("lists");
    publish.put("lines", "lines");
    Page refused = sjostad.ajax(path, publish, "lines:publish", "lines:publish", "lines lists");
    assertTrue(refused.body().contains("Prislista 2027 kan inte publiceras: Ekby kommun, som"
        + " IT-nämnden betjänar, har låst 2027-01"), refused.body());
    assertEquals("DRAFT", TestDatabase.text("SELECT status FROM price_list"
        + " WHERE name = 'Prislista 2027'"), "still a draft");
  }

  /** Presses the kommuner view's Open button for Ekby; answers where the page then goes. */
  private static String openEkby(PortalClient controller) {
    String path = "costing/kommuner.xhtml?year=2026";
    Page view = controller.get(path);
    assertEquals(200, view.status());
    Page opened = controller.ajax(path, PortalClient.inputs(view.body(), "kommunerForm"),
        "kommunerForm:years:1:open", "kommunerForm:years:1:open", "@none");
    assertEquals(200, opened.status(), opened.body());
    // PrimeFaces' callback parameters: JSON, its quotes escaped as XML character references.
    Matcher address = Pattern.compile("\"handoff\":\"([^\"]+)\"")
        .matcher(opened.body().replace("&#34;", "\""));
    assertTrue(address.find(), opened.body());
    return address.group(1).replace("\\/", "/");
  }

  @Test
  void thePlatformAdminCreatesAKommunWithItsFirstAdminWhoLogsInThereOnly() throws SQLException {
    String code = "prov" + Long.toString(System.currentTimeMillis(), 36);
    String host = code + ".localhost";
    PortalClient platform = PortalClient.loggedIn(base, "admin", PASSWORD);
    Page form = platform.get("admin/kommuner.xhtml");
    assertEquals(200, form.status());
    assertTrue(form.body().contains("Ekby kommun"), "the platform admin lists every kommun");

    Map<String, String> bad = PortalClient.inputs(form.body(), "create");
    bad.put("create:code", "Bad Code");
    bad.put("create:name", "Provkommun");
    bad.put("create:hosts", "ekby.localhost");
    bad.put("create:adminUsername", "admin");
    bad.put("create:adminName", "Första Admin");
    bad.put("create:save", "");
    Page refused = platform.post("admin/kommuner.xhtml", bad);
    assertTrue(refused.body().contains("Bad Code") && refused.body().contains(
        "går inte att använda"), "the value and the reason");
    assertTrue(refused.body().contains("används redan av en annan kommun"), refused.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM kommun WHERE name = 'Provkommun'"),
        "nothing written");

    Map<String, String> fields = PortalClient.inputs(refused.body(), "create");
    fields.put("create:code", code);
    fields.put("create:name", "Provkommun");
    fields.put("create:hosts", host);
    fields.remove("create:servedByUs_input");
    fields.put("create:adminUsername", "forsta");
    fields.put("create:adminName", "Första Admin");
    fields.put("create:save", "");
    Page created = platform.post("admin/kommuner.xhtml", fields);
    assertEquals(200, created.status());
    Matcher password = Pattern.compile("id=\"createdPassword\"><code>([^<]+)</code>")
        .matcher(created.body());
    assertTrue(password.find(), "the one-time password is shown once");

    PortalClient first = PortalClient.loggedIn(new PortalClient(base, host), "forsta",
        password.group(1));
    Page own = first.get("admin/kommuner.xhtml");
    assertEquals(200, own.status());
    assertTrue(own.body().contains("Provkommun"));
    assertFalse(own.body().contains("Ekby"), "another kommun's admin sees only their own");
    assertFalse(own.body().contains("id=\"create\""), "and cannot add kommuner");
    assertEquals(200, new PortalClient(base).login("forsta", password.group(1)).status(),
        "the new admin is unknown in Sjöstad");
    try (Connection c = TestDatabase.connectKommun(code)) {
      assertEquals("Provkommun", text(c, "SELECT name FROM municipality"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM service"),
          "a kommun no nämnd serves gets no catalogue");
      assertEquals(1, count(c, "SELECT COUNT(*) FROM app_user"));
    }
  }

  @Test
  void aChangeOfTheNamndsCatalogueReachesEkbyWhereTheCatalogueIsReadOnly() throws Exception {
    String text = "Kartor och GIS för hela IT-nämnden, ändrad " + System.nanoTime();
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    Page saved = saveDescription(sjostad, "SYS-GIS", text);
    assertEquals(200, saved.status());
    assertEquals(text, TestDatabase.text(
        "SELECT description FROM service WHERE code = 'SYS-GIS'"), "saved in Sjöstad");
    String inEkby = null;
    try (Connection ekby = TestDatabase.connectKommun("ekby")) {
      for (int i = 0; i < 100 && !text.equals(inEkby); i++) {
        Thread.sleep(100);
        inEkby = text(ekby, "SELECT description FROM service WHERE code = 'SYS-GIS'");
      }
    }
    assertEquals(text, inEkby, "published to Ekby after the commit");

    PortalClient ekbyIt = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD);
    // Ekby's controller is offered no editing of the nämnd's catalogue, and is told why.
    Map<String, List<String>> controls = Map.of(
        "catalogue/service.xhtml?code=SYS-GIS", List.of("id=\"editForm\""),
        "catalogue/proposals.xhtml", List.of("newProposal\""),
        "catalogue/areas.xhtml", List.of("workbook:upload", "ui-row-editor"));
    controls.forEach((path, offered) -> {
      String ekbysPage = ekbyIt.get(path).body();
      String hostsPage = sjostad.get(path).body();
      assertTrue(ekbysPage.contains("ägs av den gemensamma IT-nämnden"), path);
      assertFalse(hostsPage.contains("ägs av den gemensamma IT-nämnden"), path);
      for (String control : offered) {
        assertFalse(ekbysPage.contains(control), path + " offers " + control + " in Ekby");
        assertTrue(hostsPage.contains(control), path + " offers " + control + " at the host");
      }
    });
    assertFalse(selectPriceList(ekbyIt, "Prislista 2026").body().contains("lines:copy"),
        "no copying of price lists in Ekby");
    assertTrue(selectPriceList(sjostad, "Prislista 2026").body().contains("lines:copy"));
    try (Connection ekby = TestDatabase.connectKommun("ekby")) {
      assertEquals(text, text(ekby, "SELECT description FROM service WHERE code = 'SYS-GIS'"),
          "Ekby's copy is unchanged");
    }
  }

  /** A price list opened on the price lists page: the page's form fields, the answer. */
  private record OpenedList(Map<String, String> fields, String body) {}

  /** Opens a price list on the price lists page. */
  private static OpenedList selectPriceList(PortalClient client, String name) {
    String path = "catalogue/pricelists.xhtml";
    Page page = client.get(path);
    Matcher row = Pattern.compile("id=\"(lists:table:\\d+:open)\"[^>]*>" + name + "<")
        .matcher(page.body());
    assertTrue(row.find(), name + " listed");
    Map<String, String> fields = PortalClient.inputs(page.body(), "lists");
    return new OpenedList(fields,
        client.ajax(path, fields, row.group(1), row.group(1), "lists lines").body());
  }

  /** Saves a service's description through its page's dialog, as the IT controller does. */
  private static Page saveDescription(PortalClient client, String service, String text) {
    String path = "catalogue/service.xhtml?code=" + service;
    Page page = client.get(path);
    String viewState = PortalClient.inputs(page.body(), "editForm")
        .get("jakarta.faces.ViewState");
    Page opened = client.ajax(path, PortalClient.inputs(page.body(), "editForm"),
        "editForm:edit", "editForm:edit", "factsForm");
    Map<String, String> form = PortalClient.inputs(opened.body(), "factsForm");
    form.put("jakarta.faces.ViewState", viewState);
    form.put("factsForm:description", text);
    return client.ajax(path, form, "factsForm:save", "factsForm", "factsForm");
  }

  @Test
  void theHostBillsEkbyForAMonthEkbyLockedOneLinePerServiceAndLevel() throws Exception {
    String sum;
    long lines;
    try (Connection ekby = TestDatabase.connectKommun("ekby");
        Statement st = ekby.createStatement()) {
      st.execute("CALL tk_lock_period('2026-03-01', 'KommunIsolationIT')");
      sum = text(ekby, "SELECT SUM(amount) FROM result_line WHERE period = '2026-03-01'"
          + " AND binding");
      lines = count(ekby, "SELECT COUNT(*) FROM result_line WHERE period = '2026-03-01'"
          + " AND binding");
    }
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    Page csv = sjostad.get("api/v1/periods/2026-03/invoice-basis/kommuner/ekby.csv");
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.header("Content-Disposition").contains("fakturaunderlag-ekby-2026-03.csv"));
    List<String> rows = csv.body().lines().skip(1).toList();
    assertTrue(csv.body().startsWith("\uFEFFKundkod;Kund;Motpart;Månad;"), csv.body());
    assertTrue(rows.stream().allMatch(r -> r.startsWith("ekby;Ekby kommun;83;2026-03;")),
        "each row names the customer and the motpart Sjöstad's settings give kommuner: "
            + rows.get(0));
    String[] total = rows.get(rows.size() - 1).split(";");
    assertEquals(new BigDecimal(sum), new BigDecimal(total[7].replace(',', '.')),
        "the total is Ekby's binding lines of the month");
    assertTrue(rows.size() - 1 < lines, "one line per service and level, not per org: "
        + (rows.size() - 1) + " of " + lines);

    PortalClient.Download pdf =
        sjostad.fetch("api/v1/periods/2026-03/invoice-basis/kommuner/ekby.pdf");
    assertEquals(200, pdf.status());
    assertTrue(pdf.header("Content-Type").startsWith("application/pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Kund: Ekby kommun (ekby)") && text.contains("Motpart: 83")
          && text.contains("Säljare: Sjöstads kommun"), text);
    }
    assertEquals(409, sjostad.get("api/v1/periods/2026-04/invoice-basis/kommuner/ekby.csv")
        .status(), "Ekby has not locked April");
    assertEquals(404, sjostad.get("api/v1/periods/2026-03/invoice-basis/kommuner/umea.csv")
        .status());
    PortalClient ekbyIt = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD);
    assertEquals(404, ekbyIt.get("api/v1/periods/2026-03/invoice-basis/kommuner/hem.csv")
        .status(), "Ekby serves no kommun");
    assertTrue(sjostad.get("costing/kommuner.xhtml?year=2026").body()
        .contains("/invoice-basis/kommuner/ekby.csv"), "the view links the locked month's basis");

    TestDatabase.update("UPDATE accounting_settings SET kommun_counterpart = ''");
    try {
      Page noCounterpart = sjostad.get("api/v1/periods/2026-03/invoice-basis/kommuner/ekby.csv");
      assertEquals(409, noCounterpart.status(), "no invoice to a kommun without a motpart");
      assertTrue(noCounterpart.body().contains("behöver en motpart"), noCounterpart.body());
    } finally {
      TestDatabase.update("UPDATE accounting_settings SET kommun_counterpart = '83'");
    }
  }

  @Test
  void ekbysSieFileIsEkbysBooksOnly() throws SQLException {
    try (Connection ekby = TestDatabase.connectKommun("ekby");
        Statement st = ekby.createStatement()) {
      st.execute("CALL tk_lock_period('2026-02-01', 'KommunIsolationIT')");
    }
    PortalClient ekbyIt = PortalClient.loggedIn(new PortalClient(base, EKBY), "it", PASSWORD);
    Page sie = ekbyIt.get("api/v1/periods/2026-02/sie");
    assertEquals(200, sie.status());
    String text = sie.body();
    assertTrue(text.contains("#FNAMN \"Ekby kommun\""), "Ekby's company name");
    assertTrue(text.contains("Barn- och utbildningsf"), "Ekby's orgs as objects");
    for (String marker : List.of("stads kommun", "Grundskolef", "Stadsledningskontoret",
        "Bostads AB")) {
      assertFalse(text.contains(marker), "the SIE file names " + marker);
    }
    assertEquals(409, PortalClient.loggedIn(base, "it", PASSWORD)
        .get("api/v1/periods/2026-02/sie").status(), "Sjöstad's own 2026-02 is still open");
  }

  @Test
  void aHostNameAnotherNodeAddsReachesItsKommunWithinSeconds() throws Exception {
    String alias = "ekby-alias" + System.nanoTime() + ".localhost";
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO kommun_host (host, kommun_code) VALUES ('" + alias + "', 'ekby')");
    }
    // The directory is reread for an unlisted name once it is older than 2 s: by then
    // either some request reread it after the insert, or this one does.
    Thread.sleep(2_500);
    Page orgs = new PortalClient(base, alias).getWithBasic("api/v1/organisations",
        "ekonom.buf", PASSWORD);
    assertEquals(200, orgs.status(), "Ekby's account on the new name");
    assertTrue(orgs.body().contains("BUF") && !orgs.body().contains("GSF"), orgs.body());
  }

  @Test
  void anAccountLogsInOnlyToItsOwnKommun() {
    Page login = new PortalClient(base, EKBY).login("ekonom.gsf", PASSWORD);
    assertEquals(200, login.status(), "Sjöstad's ekonomichef is unknown in Ekby");
    assertEquals(401, basic("api/v1/organisations", "ekonom.gsf").status());
    assertEquals(200, new PortalClient(base).login("ekonom.buf", PASSWORD).status(),
        "Ekby's ekonomichef is unknown in Sjöstad");
  }

  @Test
  void aSessionOfOneKommunIsEndedWhenItsCookieIsShownToAnother() {
    PortalClient sjostad = PortalClient.loggedIn(base, "it", PASSWORD);
    assertEquals(200, sjostad.get("costing/runs.xhtml").status());
    String cookie = sjostad.cookie("JSESSIONID");
    PortalClient replay = new PortalClient(base, EKBY);
    replay.setCookie("JSESSIONID", cookie);
    Page answer = replay.get("costing/runs.xhtml");
    assertEquals(302, answer.status(), "Ekby does not know the session");
    assertTrue(answer.header("Location").contains("/login.xhtml"));
    assertEquals(302, sjostad.get("costing/runs.xhtml").status(),
        "and the replayed session is ended in Sjöstad too");
  }

  private void check(List<String> wrong, String what, Page answer, int expected) {
    if (answer.status() != expected) {
      wrong.add(what + " → " + answer.status() + ", expected " + expected);
      return;
    }
    String type = answer.header("Content-Type");
    if (type == null || !(type.contains("html") || type.contains("json") || type.contains("csv")
        || type.contains("text") || type.contains("xml"))) {
      return;
    }
    for (String marker : SJOSTAD) {
      if (answer.body().contains(marker)) {
        wrong.add(what + " names " + marker);
      }
    }
  }

  /** A GET on Ekby's host with HTTP Basic that accepts any type. */
  private Page basic(String path, String user) {
    return new PortalClient(base, EKBY).downloadWithBasic(path, user, PASSWORD);
  }


  /** What {@code expected} has that {@code actual} lacks. */
  private static List<String> missing(List<String> expected, List<String> actual) {
    return expected.stream().filter(e -> !actual.contains(e)).toList();
  }

  private static List<String> strings(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return strings(c, sql);
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static List<JsonObject> array(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
