package se.tjanstekatalog.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.LargestRemainder;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Download;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The budgetunderlag for the year after the demo year, through the API and the page: every
 * line is planned volume × the price the database has for January (the draft list), every
 * pool's budget is the run-rate of its stored cost and is split by the latest key values with
 * the largest remainder, here computed again; who sees and changes what; the demo's
 * Budgetunderlag 2027 v1 (published 2026-10-15) readable as frozen, its lines summing to its
 * totals; publishing a version, adjusting a volume and publishing the next leaves the earlier
 * ones (the demo's v1 too) as they were. Writes no month: it reads the demo year's computed
 * months and its own tables (changeset 0020), and removes its versions and adjustment at the
 * end (the demo's v1, adjustments and pool budget stay as the demo made them).
 */
@ExtendWith(ArquillianExtension.class)
class BudgetunderlagIT {
  private static final int YEAR = 2027;
  private static final String PAGE = "budget/budgetunderlag.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void linesArePriceTimesVolumeAndThePoolsAreSharedExactly() throws Exception {
    HttpResponse<String> response = get("api/v1/budget/" + YEAR, "it");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = json(response.body());
    assertEquals(YEAR, json.getInt("year"));
    assertTrue(json.getInt("months") > 0, "the demo year has computed months");
    Date january = Date.valueOf(YearMonth.of(YEAR, 1).atDay(1));
    int lines = 0;
    try (Connection c = TestDatabase.connect()) {
      for (JsonObject org : json.getJsonArray("orgs").getValuesAs(JsonObject.class)) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject l : org.getJsonArray("lines").getValuesAs(JsonObject.class)) {
          if (l.isNull("price")) {
            continue;
          }
          BigDecimal price = price(c, l.getString("serviceCode"), l.getString("levelCode"),
              january);
          assertEquals(0, price.compareTo(dec(l, "price")),
              org.getString("code") + " " + l.getString("serviceCode") + ": next year's price");
          BigDecimal amount = dec(l, "plannedVolume").multiply(price)
              .setScale(2, RoundingMode.HALF_UP);
          assertEquals(0, amount.compareTo(dec(l, "amount")), l.toString());
          sum = sum.add(amount);
          lines++;
        }
        assertEquals(0, sum.compareTo(dec(org, "chargeback")),
            org.getString("code") + ": internfakturering = the sum of its lines");
        BigDecimal binding = BigDecimal.ZERO;
        for (JsonObject a : org.getJsonArray("areas").getValuesAs(JsonObject.class)) {
          BigDecimal change = dec(a, "chargeback").subtract(dec(a, "lastChargeback"));
          assertEquals(0, change.compareTo(dec(a, "priceEffect").add(dec(a, "volumeEffect"))),
              "price + volume = change: " + a);
          assertEquals(0, change.compareTo(dec(a, "change")));
          String model = binding(c, a.getString("area"), january);
          assertEquals(model, a.getString("bindingModel"), a.getString("area"));
          BigDecimal chosen = "CHARGEBACK".equals(model) ? dec(a, "chargeback")
              : dec(a, "allocation");
          assertEquals(0, chosen.compareTo(dec(a, "binding")));
          binding = binding.add(chosen);
        }
        assertEquals(0, binding.compareTo(dec(org, "binding")), org.getString("code"));
      }

      YearMonth from = YearMonth.parse(json.getString("monthsFrom"));
      YearMonth to = YearMonth.parse(json.getString("monthsTo"));
      int n = json.getInt("months");
      int pools = 0;
      for (JsonObject p : json.getJsonArray("pools").getValuesAs(JsonObject.class)) {
        BigDecimal stored = poolCost(c, p.getString("code"), from, to);
        BigDecimal byDefault = stored.multiply(BigDecimal.valueOf(12))
            .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        assertEquals(0, byDefault.compareTo(dec(p, "defaultBudget")), p.getString("code"));
        BigDecimal budget = dec(p, "budget");
        Map<String, BigDecimal> parts = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject part : p.getJsonArray("parts").getValuesAs(JsonObject.class)) {
          parts.put(part.getString("org"), dec(part, "amount"));
          total = total.add(dec(part, "amount"));
        }
        if (budget.signum() == 0) {
          continue;
        }
        assertEquals(0, budget.compareTo(total), p.getString("code") + ": the parts sum to it");
        Map<String, BigDecimal> keys = keys(c, p.getString("code"), january);
        Map<String, BigDecimal> expected = LargestRemainder.split(budget, keys);
        expected.forEach((org, part) -> assertEquals(0,
            part.compareTo(parts.getOrDefault(org, BigDecimal.ZERO)),
            p.getString("code") + " " + org + ": " + part + " by largest remainder"));
        pools++;
      }
      assertTrue(pools > 0, "the demo pools have a budget");
    }
    assertTrue(lines > 100, "the demo has lines: " + lines);
  }

  @Test
  void financeChiefsSeeEveryOrgAndChangeOnlyTheirOwnAViewerNothing() throws Exception {
    assertEquals(403, get("api/v1/budget/" + YEAR, "personal.gsf").statusCode());
    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", "demo").get(PAGE).status());
    JsonObject all = json(get("api/v1/budget/" + YEAR, "ekonom.gsf").body());
    assertTrue(all.getJsonArray("orgs").size() > 10, "ekonomichefsgruppen sees every org");
    JsonObject one = json(get("api/v1/budget/" + YEAR + "?org=GSF", "ekonom.gsf").body());
    assertEquals(1, one.getJsonArray("orgs").size());
    assertEquals("GSF", one.getJsonArray("orgs").getJsonObject(0).getString("code"));
    assertEquals(404, get("api/v1/budget/" + YEAR + "?org=NOPE", "admin").statusCode());
    assertEquals(422, get("api/v1/budget/abc", "it").statusCode());

    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page own = gsf.get(PAGE + "?year=" + YEAR + "&org=GSF");
    assertEquals(200, own.status());
    assertTrue(own.body().contains("basis:volumes:0:planned"), "own org: editable");
    assertFalse(own.body().contains("basis:publish"), "only the controller publishes");
    Download pdf = gsf.download(PAGE + "?year=" + YEAR + "&org=GSF",
        withSource(PortalClient.inputs(own.body(), "basis"), "basis:pdfOrg"));
    assertEquals(200, pdf.status());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      BigDecimal binding = dec(one.getJsonArray("orgs").getJsonObject(0), "binding");
      assertTrue(text.contains(SwedishFormat.tableKronor(binding).replace('\u00a0', ' ')
          .replace(" kr", "")), "GSF's binding total in its PDF: " + binding + "\n" + text);
    }
    // a forged request that moves the page to another org and saves there is refused
    long boab = id("SELECT id FROM org_unit WHERE code = 'BOAB'");
    Map<String, String> forged = PortalClient.inputs(own.body(), "basis");
    forged.put("basis:org_input", String.valueOf(boab));
    forged.put("basis:volumes:0:comment", "Inte vår");
    Page refused = gsf.ajax(PAGE, forged, "basis:volumes:0:save",
        "basis:org basis:volumes:0:save basis:volumes:0:planned basis:volumes:0:comment",
        "basis");
    assertTrue(refused.body().contains("Du får bara ändra den egna organisationens planerade"
        + " volymer."), refused.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM budget_volume WHERE comment ="
        + " 'Inte vår'"), "nothing saved");

    Page other = gsf.get(PAGE + "?year=" + YEAR + "&org=BOAB");
    assertEquals(200, other.status());
    assertFalse(other.body().contains("basis:volumes:0:planned"), "another org: read only");
    Page admin = PortalClient.loggedIn(base, "admin", "demo").get(PAGE + "?year=" + YEAR);
    assertEquals(200, admin.status());
    assertFalse(admin.body().contains(":planned\""), "ADMIN reads");

    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Download xlsx = it.download(PAGE + "?year=" + YEAR, withSource(PortalClient.inputs(
        it.get(PAGE + "?year=" + YEAR).body(), "basis"), "basis:excelAll"));
    assertEquals(200, xlsx.status());
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(all.getJsonArray("orgs").size() + 1, book.getNumberOfSheets(),
          "a summary and one sheet per org");
    }
  }

  @Test
  void theDemosFirstVersionIsFrozenWithLinesThatSumToItsTotals() throws Exception {
    long v1 = id("SELECT id FROM budget_version WHERE budget_year = " + YEAR
        + " AND version_no = 1");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM budget_version WHERE id = " + v1
        + " AND name = 'Budgetunderlag " + YEAR + " v1' AND published_on = '2026-10-15'"
        + " AND published_by = 'it'"), "the demo published v1 in October");
    // the demo's inputs of v1: two ekonomichefs' volumes with comments, the Arbetsplats pool
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM budget_volume v JOIN org_unit o"
        + " ON o.id = v.org_id WHERE v.budget_year = " + YEAR + " AND o.code = 'SBK'"
        + " AND v.changed_by = 'ekonom.sbk' AND v.comment LIKE '%bygglovshandläggare%'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM budget_volume v JOIN org_unit o"
        + " ON o.id = v.org_id WHERE v.budget_year = " + YEAR + " AND o.code = 'GVF'"
        + " AND v.changed_by = 'ekonom.gvf'"));
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'BUDGET'"
        + " AND username = 'it' AND object = 'Budgetunderlag " + YEAR + " v1'"
        + " AND at < '2026-10-16'") >= 1, "the publication audited in October");

    JsonObject published = json(get("api/v1/budget/" + YEAR + "?version=1", "ekonom.gsf")
        .body());
    JsonObject version = published.getJsonObject("version");
    assertEquals("Budgetunderlag " + YEAR + " v1", version.getString("name"));
    assertEquals("2026-10-15", version.getString("publishedOn"));
    assertFalse(has(published, "previous"), "the first version");
    assertTrue(published.getJsonArray("differences").isEmpty());
    Map<String, BigDecimal[]> byOrg = new HashMap<>();
    Map<String, BigDecimal> byPool = new HashMap<>();
    for (JsonObject l : published.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      BigDecimal[] sums = byOrg.computeIfAbsent(l.getString("org"),
          k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      if ("CHARGEBACK".equals(l.getString("model"))) {
        BigDecimal amount = dec(l, "quantity").multiply(dec(l, "unitPrice"))
            .setScale(2, RoundingMode.HALF_UP);
        assertEquals(0, amount.compareTo(dec(l, "amount")), "quantity × price: " + l);
        sums[0] = sums[0].add(dec(l, "amount"));
      } else {
        sums[1] = sums[1].add(dec(l, "amount"));
        if (has(l, "pool")) {
          byPool.merge(l.getString("pool"), dec(l, "amount"), BigDecimal::add);
        }
      }
    }
    List<JsonObject> orgs = published.getJsonArray("orgs").getValuesAs(JsonObject.class);
    assertTrue(orgs.size() > 10, "every org's frozen totals");
    for (JsonObject org : orgs) {
      BigDecimal[] sums = byOrg.getOrDefault(org.getString("code"),
          new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      assertEquals(0, sums[0].compareTo(dec(org, "chargeback")), org.getString("code")
          + ": its frozen internfakturering is the sum of its lines");
      assertEquals(0, sums[1].compareTo(dec(org, "allocation")), org.getString("code")
          + ": its frozen solidarisk fördelning is the sum of its lines");
    }
    // the Arbetsplats pool's budget set by the demo, shared out to the öre in v1
    BigDecimal budget = new BigDecimal(TestDatabase.text("SELECT b.amount FROM budget_pool b"
        + " JOIN cost_pool p ON p.id = b.pool_id WHERE b.budget_year = " + YEAR + " AND p.code = 'ARBETSPLATS'"));
    String pool = TestDatabase.text("SELECT name FROM cost_pool WHERE code = 'ARBETSPLATS'");
    assertEquals(0, budget.compareTo(byPool.get(pool)), pool + " in v1: " + byPool);
    assertEquals(0, budget.remainder(new BigDecimal(1000)).signum(), "whole thousands");

    // one org: its frozen lines only, with the ekonomichef's planned volume in them
    JsonObject sbk = json(get("api/v1/budget/" + YEAR + "?version=1&org=SBK", "ekonom.gsf")
        .body());
    BigDecimal planned = new BigDecimal(TestDatabase.text("SELECT v.volume FROM budget_volume v"
        + " JOIN org_unit o ON o.id = v.org_id WHERE v.budget_year = " + YEAR
        + " AND o.code = 'SBK' AND v.changed_by = 'ekonom.sbk'"));
    List<JsonObject> sbkLines = sbk.getJsonArray("lines").getValuesAs(JsonObject.class);
    assertTrue(sbkLines.stream().allMatch(l -> "SBK".equals(l.getString("org"))), "SBK only");
    assertTrue(sbkLines.stream().anyMatch(l -> "ARB-DATOR".equals(l.getString("serviceCode"))
        && "CHARGEBACK".equals(l.getString("model"))
        && dec(l, "quantity").compareTo(planned) == 0), planned + " in " + sbkLines);

    // one org's page: the version's frozen lines of that org
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page page = gsf.get(PAGE + "?year=" + YEAR + "&org=SBK");
    Map<String, String> pick = PortalClient.inputs(page.body(), "basis");
    pick.put("basis:version_input", "1");
    pick.put("jakarta.faces.behavior.event", "valueChange");
    pick.put("jakarta.faces.partial.event", "change");
    Page shown = gsf.ajax(PAGE, pick, "basis:version", "basis:version", "basis");
    assertTrue(shown.body().contains("id=\"basis:versionLines\""), shown.body());
    assertTrue(shown.body().contains("Datorarbetsplats"), "SBK's lines in v1");
    assertTrue(shown.body().contains("Första versionen: inget att jämföra med."));
  }

  @Test
  void publishingAdjustingAndPublishingAgainKeepsTheFirstVersion() throws Exception {
    List<Long> created = new ArrayList<>();
    long gsfId = id("SELECT id FROM org_unit WHERE code = 'GSF'");
    long demoV1 = id("SELECT id FROM budget_version WHERE budget_year = " + YEAR
        + " AND version_no = 1");
    String demoBefore = snapshot(demoV1);
    try {
      PortalClient it = PortalClient.loggedIn(base, "it", "demo");
      Page first = publish(it, "Budgetunderlag " + YEAR + " IT-test A");
      assertEquals(200, first.status());
      long v1 = id("SELECT MAX(id) FROM budget_version WHERE budget_year = " + YEAR);
      created.add(v1);
      String before = snapshot(v1);
      assertTrue(TestDatabase.count("SELECT COUNT(*) FROM budget_version_line WHERE version_id = "
          + v1) > 100, "the lines are frozen with the version");

      // GSF's ekonomichef plans 10 more of the first line, with a comment.
      PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
      Page page = gsf.get(PAGE + "?year=" + YEAR + "&org=GSF");
      Map<String, String> fields = PortalClient.inputs(page.body(), "basis");
      String planned = fields.get("basis:volumes:0:planned");
      BigDecimal more = new BigDecimal(planned.replace("\u00a0", "").replace("\u202f", "")
          .replace(" ", "")
          .replace(',', '.')).add(BigDecimal.TEN);
      fields.put("basis:volumes:0:planned", more.toPlainString().replace('.', ','));
      fields.put("basis:volumes:0:comment", "Fler elever i höst");
      Page saved = gsf.ajax(PAGE, fields, "basis:volumes:0:save",
          "basis:volumes:0:save basis:volumes:0:planned basis:volumes:0:comment", "basis");
      assertEquals(200, saved.status());
      assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM budget_volume WHERE budget_year = "
          + YEAR + " AND org_id = " + gsfId + " AND comment = 'Fler elever i höst'"),
          saved.body());
      assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'BUDGET'"
          + " AND org_code = 'GSF' AND summary LIKE '%Fler elever i höst%'"));

      publish(it, "Budgetunderlag " + YEAR + " IT-test B");
      long v2 = id("SELECT MAX(id) FROM budget_version WHERE budget_year = " + YEAR);
      created.add(v2);
      assertTrue(v2 > v1);
      assertEquals(before, snapshot(v1), "the first version is frozen");
      assertEquals(demoBefore, snapshot(demoV1), "the demo's v1 too");
      assertTrue(TestDatabase.count("SELECT version_no FROM budget_version WHERE id = " + v1)
          >= 2, "the demo's v1 comes first");
      assertFalse(before.equals(snapshot(v2)), "the second has GSF's new volume");

      // The second version against the first: GSF differs.
      int number = (int) TestDatabase.count("SELECT version_no FROM budget_version WHERE id = "
          + v2);
      Page versions = it.get(PAGE + "?year=" + YEAR);
      Map<String, String> pick = PortalClient.inputs(versions.body(), "basis");
      pick.put("basis:version_input", String.valueOf(number));
      pick.put("jakarta.faces.behavior.event", "valueChange"); // as PrimeFaces 15 sends it
      pick.put("jakarta.faces.partial.event", "change");
      Page diff = it.ajax(PAGE, pick, "basis:version", "basis:version", "basis");
      int table = diff.body().indexOf("id=\"basis:differences\"");
      assertTrue(table > 0, diff.body());
      String rows = diff.body().substring(table);
      assertTrue(rows.contains("GSF – "), "GSF's change is listed: " + rows);
      JsonObject published = json(get("api/v1/budget/" + YEAR + "?version=" + number,
          "ekonom.bostad").body());
      assertEquals(number, published.getJsonObject("version").getInt("number"));
      assertEquals(number - 1, published.getJsonObject("previous").getInt("number"));
      assertTrue(published.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
          .allMatch(d -> "GSF".equals(d.getString("org"))), published.toString());
      assertFalse(published.getJsonArray("differences").isEmpty());
      assertEquals(1, TestDatabase.count("SELECT COUNT(DISTINCT t2.org_id)"
          + " FROM budget_version_total t2 JOIN budget_version_total t1"
          + " ON t1.version_id = " + v1 + " AND t1.org_id = t2.org_id AND t1.area_id = t2.area_id"
          + " WHERE t2.version_id = " + v2 + " AND (t1.chargeback <> t2.chargeback"
          + " OR t1.allocation <> t2.allocation)"), "only GSF's totals differ");
    } finally {
      try (Connection c = TestDatabase.connect()) {
        for (long id : created) {
          exec(c, "DELETE FROM budget_version WHERE id = " + id);
        }
        exec(c, "DELETE FROM budget_volume WHERE budget_year = " + YEAR + " AND org_id = "
            + gsfId + " AND comment = 'Fler elever i höst'");
      }
    }
  }

  private Page publish(PortalClient it, String name) {
    Page page = it.get(PAGE + "?year=" + YEAR);
    Map<String, String> fields = PortalClient.inputs(page.body(), "basis");
    fields.put("basis:publishName", name);
    Page done = it.ajax(PAGE, fields, "basis:publish", "basis:publish basis:publishName"
        + " basis:publishDate", "basis");
    assertTrue(TestDatabase.count("SELECT COUNT(*) FROM budget_version WHERE name = '"
        + name + "'") == 1, done.body());
    return done;
  }

  /** A version's totals as text, to compare before and after. */
  private static String snapshot(long versionId) throws Exception {
    StringBuilder s = new StringBuilder();
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT org_id, area_id, chargeback, allocation, binding_model FROM budget_version_total"
            + " WHERE version_id = ? ORDER BY org_id, area_id")) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          s.append(rs.getLong(1)).append(' ').append(rs.getLong(2)).append(' ')
              .append(rs.getBigDecimal(3)).append(' ').append(rs.getBigDecimal(4)).append(' ')
              .append(rs.getString(5)).append('\n');
        }
      }
    }
    return s.toString();
  }

  /** The charged price in force in the month, a draft list too (PriceBook's rule). */
  private static BigDecimal price(Connection c, String service, String level, Date month)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT pll.charged_price"
        + " FROM price_list_line pll JOIN price_list pl ON pl.id = pll.price_list_id"
        + " JOIN service_level l ON l.id = pll.level_id JOIN service s ON s.id = l.service_id"
        + " WHERE s.code = ? AND l.code = ? AND pl.valid_from <= ? AND pl.valid_to >= ?"
        + " AND pll.valid_from <= ? ORDER BY pll.valid_from DESC LIMIT 1")) {
      ps.setString(1, service);
      ps.setString(2, level);
      ps.setDate(3, month);
      ps.setDate(4, month);
      ps.setDate(5, month);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), service + " " + level + " has a price");
        return rs.getBigDecimal(1);
      }
    }
  }

  /** The model the plan names for the area in the month; internfakturering before any entry. */
  private static String binding(Connection c, String area, Date month) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT mp.model FROM model_plan mp"
        + " JOIN service_area a ON a.id = mp.area_id WHERE a.code = ? AND mp.valid_from <= ?"
        + " ORDER BY mp.valid_from DESC LIMIT 1")) {
      ps.setString(1, area);
      ps.setDate(2, month);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "CHARGEBACK";
      }
    }
  }

  private static BigDecimal poolCost(Connection c, String pool, YearMonth from, YearMonth to)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(r.cost), 0)"
        + " FROM pool_result r JOIN cost_pool p ON p.id = r.pool_id WHERE p.code = ?"
        + " AND r.period BETWEEN ? AND ?")) {
      ps.setString(1, pool);
      ps.setDate(2, Date.valueOf(from.atDay(1)));
      ps.setDate(3, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBigDecimal(1);
      }
    }
  }

  /** Each taking-part org's latest key value of the pool's key on or before the month. */
  private static Map<String, BigDecimal> keys(Connection c, String pool, Date month)
      throws Exception {
    String key;
    boolean companies;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT allocation_key, companies_participate FROM cost_pool WHERE code = ?")) {
      ps.setString(1, pool);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        key = rs.getString(1);
        companies = rs.getBoolean(2);
      }
    }
    String column = switch (key) {
      case "HEADCOUNT" -> "k.headcount";
      case "FTE" -> "k.fte";
      case "TURNOVER" -> "k.turnover";
      default -> throw new AssertionError("the demo pools share by a key value, not " + key);
    };
    Map<String, BigDecimal> keys = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code, " + column
        + " FROM org_unit o JOIN org_key_value k ON k.org_id = o.id"
        + " WHERE o.active_from <= ? AND (o.active_to IS NULL OR o.active_to >= ?)"
        + (companies ? "" : " AND o.kind <> 'COMPANY'")
        + " AND k.period = (SELECT MAX(k2.period) FROM org_key_value k2"
        + " WHERE k2.org_id = o.id AND k2.period <= ?)")) {
      ps.setDate(1, month);
      ps.setDate(2, month);
      ps.setDate(3, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal v = rs.getBigDecimal(2);
          keys.put(rs.getString(1), v == null ? BigDecimal.ZERO : v.max(BigDecimal.ZERO));
        }
      }
    }
    return keys;
  }

  private static Map<String, String> withSource(Map<String, String> fields, String button) {
    fields.put(button, button);
    return fields;
  }

  private static long id(String sql) {
    return TestDatabase.count(sql);
  }

  private static void exec(Connection c, String sql) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }

  /** A value that is there and not null (JSON-B may leave a null out). */
  private static boolean has(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name);
  }

  private static BigDecimal dec(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":demo")
        .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new PortalClient(base)
        .uri(path)).header("Authorization", "Basic " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
