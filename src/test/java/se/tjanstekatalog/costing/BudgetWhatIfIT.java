package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.DemoYear;
import se.tjanstekatalog.testsupport.LargestRemainder;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Download;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Budgetväxling and what-if on the demo data, through the pages: the Arbetsplats proposal per
 * förvaltning against result_line summed here in SQL, its Excel download read back with POI;
 * a what-if with FTE instead of HEADCOUNT for the Arbetsplats pool against a split computed
 * here from the key values, with nothing saved; and who may see which page.
 */
@ExtendWith(ArquillianExtension.class)
class BudgetWhatIfIT {
  private static final String NBSP = "\u00a0";
  private static final Pattern KRONOR = Pattern.compile("[-\u2212]?\\d{1,3}(\u00a0\\d{3})*,\\d{2}\u00a0kr");
  private static final YearMonth JULY = YearMonth.of(2026, 7);

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theArbetsplatsProposalShowsEachAdministrationsYearFromTheStoredLines() throws Exception {
    long area = id("SELECT id FROM service_area WHERE code = 'ARBETSPLATS'");
    YearMonth switchMonth = month("SELECT MIN(valid_from) FROM model_plan WHERE area_id = "
        + area + " AND model = 'ALLOCATION'");
    List<YearMonth> reference = defaultReference(switchMonth);
    assertFalse(reference.isEmpty(), "the demo has computed months before the switch");
    int n = reference.size();
    assertTrue(n > 1, "the demo switches in July: months before it are computed");
    YearMonth from = reference.get(0);
    YearMonth to = reference.get(n - 1);

    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("costing/budget.xhtml?area=ARBETSPLATS");
    assertEquals(200, page.status());
    String html = page.body();
    assertTrue(html.contains("<dd id=\"facts-switch\">" + switchMonth + "</dd>"), html);
    assertTrue(html.contains(from + " – " + to), "the reference months are shown");
    assertTrue(html.contains("<span id=\"monthCount\">" + n + "</span>"), "how many months");
    for (YearMonth m : reference) {
      assertTrue(html.contains(m + " ej låst") || html.contains(m + " låst"), m + " is listed");
    }
    if (n != 12) {
      assertTrue(html.contains("summa ÷ " + n + " × 12"), "says the figures are annualised");
    }

    Map<String, BigDecimal[]> expected = expectedYear(area, from, to, n);
    Map<String, Map<String, String>> rows = cells(html, "budget:administrations",
        "chargeback", "budget", "poolShare", "net");
    assertEquals(expected.keySet(), rows.keySet(),
        "every förvaltning with lines for the area, and no bolag");
    BigDecimal totalBudget = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal[]> e : expected.entrySet()) {
      Map<String, String> row = rows.get(e.getKey());
      BigDecimal[] x = e.getValue();
      BigDecimal budget = x[0].subtract(x[1]);
      assertTrue(KRONOR.matcher(row.get("chargeback")).matches(), row.get("chargeback"));
      assertEquals(kronor(x[0]), row.get("chargeback"), e.getKey() + " internfakturering");
      assertEquals(kronor(budget), row.get("budget"), e.getKey() + " budget to move");
      assertEquals(kronor(x[2]), row.get("poolShare"), e.getKey() + " solidarisk share");
      assertEquals(kronor(x[2].subtract(budget)), row.get("net"), e.getKey() + " net effect");
      totalBudget = totalBudget.add(budget);
    }
    String footer = html.substring(html.indexOf("<tfoot", html.indexOf("budget:administrations")));
    assertTrue(footer.substring(0, footer.indexOf("</tfoot>")).contains(kronor(totalBudget)),
        "the total of the förvaltningar's budget to move: " + kronor(totalBudget));
    assertTrue(html.contains("Bolagen faktureras och har ingen budget att växla"));
    assertTrue(html.contains("Solidariska andelar = poolernas kostnad"));
    assertTrue(html.contains("<dd id=\"sharesMatchPool\">Ja</dd>"), "shares sum to the pool");

    Map<String, String> reversed = PortalClient.inputs(html, "budget");
    reversed.put("budget:from", to.toString());
    reversed.put("budget:to", from.toString());
    Page refused = it.ajax("costing/budget.xhtml", reversed, "budget:show", "budget", "budget");
    assertTrue(refused.body().contains("Referensperioden börjar " + to + ", efter att den slutar "
        + from + "."), refused.body());

    reversed.put("budget:excel", "");
    Download none = it.download("costing/budget.xhtml", reversed);
    assertEquals(200, none.status());
    assertTrue(new String(none.body(), StandardCharsets.UTF_8)
        .contains("Referensperioden börjar"), "no file for a reversed reference, a message");

    Map<String, String> fields = PortalClient.inputs(html, "budget");
    fields.put("budget:excel", "");
    Download xlsx = it.download("costing/budget.xhtml", fields);
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.header("Content-Type").startsWith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertTrue(xlsx.header("Content-Disposition").contains("budgetvaxling-arbetsplats-"));
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheet("Budgetväxling");
      assertNotNull(sheet, "the sheet is named in Swedish");
      Row header = rowStarting(sheet, "Kod");
      assertEquals("Budget att växla till IT, per år", header.getCell(4).getStringCellValue());
      for (Map.Entry<String, BigDecimal[]> e : expected.entrySet()) {
        Row row = rowStarting(sheet, e.getKey());
        BigDecimal[] x = e.getValue();
        BigDecimal budget = x[0].subtract(x[1]);
        assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
        assertEquals(budget.doubleValue(), row.getCell(4).getNumericCellValue(), 0.001,
            e.getKey());
        assertEquals(x[2].subtract(budget).doubleValue(), row.getCell(6).getNumericCellValue(),
            0.001, e.getKey());
        assertTrue(row.getCell(4).getCellStyle().getDataFormatString().contains("kr"));
      }
      Row total = rowWithName(sheet, "Summa förvaltningar");
      assertEquals(totalBudget.doubleValue(), total.getCell(4).getNumericCellValue(), 0.001);
    }
  }

  @Test
  void fteInsteadOfHeadcountForTheArbetsplatsPoolShiftsItBetweenOrgsAndSavesNothing()
      throws Exception {
    long pool = id("SELECT id FROM cost_pool WHERE code = 'ARBETSPLATS'");
    DemoYear.current(BudgetWhatIfIT.class, JULY);
    assertEquals("HEADCOUNT", text("SELECT allocation_key FROM pool_result WHERE period = '"
        + JULY.atDay(1) + "' AND pool_id = " + pool), "the demo splits Arbetsplats by headcount");
    Map<String, BigDecimal> stored = storedShares(pool);
    Map<String, BigDecimal> byFte = splitByFte(pool);
    assertEquals(stored.keySet(), byFte.keySet(), "the same orgs take part");
    String before = snapshot();

    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("costing/whatif.xhtml?month=" + JULY);
    assertEquals(200, page.status());
    Map<String, String> fields = PortalClient.inputs(page.body(), "whatif");
    assertEquals(JULY.toString(), fields.get("whatif:month"));
    String keyField = poolRowField(page.body(),
        text("SELECT name FROM cost_pool WHERE id = " + pool), "key");
    assertEquals("HEADCOUNT", fields.get(keyField));
    fields.put(keyField, "FTE");
    Page result = it.ajax("costing/whatif.xhtml", fields, "whatif:simulate", "whatif", "whatif");
    String html = result.body();
    assertTrue(html.contains("Simulering för " + JULY), html);
    assertFalse(html.contains("Indata har ändrats sedan månaden beräknades"),
        "the stored month is current, so the differences are the key's alone");

    Map<String, Map<String, String>> shares = cells(html, "whatif:details:0:shares",
        "storedShare", "simulatedShare", "shareDiff");
    assertEquals(byFte.keySet(), shares.keySet());
    Map<String, Map<String, String>> orgs = cells(html, "whatif:orgs", "bindingDiff",
        "allocationDiff");
    BigDecimal sum = BigDecimal.ZERO;
    int moved = 0;
    for (Map.Entry<String, BigDecimal> e : byFte.entrySet()) {
      String org = e.getKey();
      BigDecimal diff = e.getValue().subtract(stored.get(org));
      assertEquals(kronor(stored.get(org)), shares.get(org).get("storedShare"), org);
      assertEquals(kronor(e.getValue()), shares.get(org).get("simulatedShare"),
          org + " by FTE, computed here from org_key_value");
      assertEquals(kronor(diff), shares.get(org).get("shareDiff"), org);
      assertEquals(kronor(diff), orgs.get(org).get("bindingDiff"),
          org + ": Arbetsplats is binding solidarisk in " + JULY);
      assertEquals(kronor(diff), orgs.get(org).get("allocationDiff"), org);
      sum = sum.add(diff);
      moved += diff.signum() == 0 ? 0 : 1;
    }
    assertEquals(0, sum.signum(), "the pool's total is unchanged");
    assertTrue(moved > 5, "the key shifts the pool between orgs: " + moved);
    for (String company : List.of("BOAB", "SNAB", "EAB", "PAB")) {
      assertEquals("0,00" + NBSP + "kr", orgs.get(company).get("bindingDiff"),
          company + " is outside the pool");
    }

    assertEquals(before, snapshot(), "costing_run, result_line and pool_result are unchanged");
  }

  @Test
  void financeChiefsSeeTheProposalButNotTheWhatIfAndViewersNeither() {
    PortalClient finance = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    Page budget = finance.get("costing/budget.xhtml");
    assertEquals(200, budget.status());
    assertTrue(budget.body().contains("budget:administrations:0:code"), "the proposal table");
    assertTrue(budget.body().contains("Grundskoleförvaltningen"));
    assertEquals(403, finance.get("costing/whatif.xhtml").status());

    PortalClient viewer = PortalClient.loggedIn(base, "personal.gsf", "demo");
    assertEquals(403, viewer.get("costing/budget.xhtml").status());
    assertEquals(403, viewer.get("costing/whatif.xhtml").status());
  }

  @Test
  void aKeyThatCannotSplitThePoolIsShownInSwedishAndNotSaved() throws Exception {
    String before = snapshot();
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("costing/whatif.xhtml?month=" + JULY);
    Map<String, String> fields = PortalClient.inputs(page.body(), "whatif");
    String keyField = poolRowField(page.body(),
        text("SELECT name FROM cost_pool WHERE code = 'ARBETSPLATS'"), "key");
    fields.put(keyField, "FIXED_SHARE");
    Page result = it.ajax("costing/whatif.xhtml", fields, "whatif:simulate", "whatif", "whatif");
    assertTrue(result.body().contains("har fasta andelar som summerar till 0 %, inte 100 %."),
        result.body());
    assertFalse(result.body().contains("Simulering för"), "no result table");
    assertFalse(result.body().contains("Exception"), "no stack trace");
    assertEquals(before, snapshot());
  }

  /** The last 12 locked months with results before the switch, else the last 12 computed. */
  private static List<YearMonth> defaultReference(YearMonth switchMonth) throws SQLException {
    List<YearMonth> locked = new ArrayList<>();
    List<YearMonth> computed = new ArrayList<>();
    List<YearMonth> all = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT r.period, p.status FROM costing_run r"
            + " LEFT JOIN period p ON p.period = r.period WHERE r.period < ?"
            + " ORDER BY r.period DESC")) {
      ps.setDate(1, Date.valueOf(switchMonth.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          YearMonth m = YearMonth.from(rs.getDate(1).toLocalDate());
          all.add(m);
          // closed months count within two years before the switch, others within one year
          if (!m.isBefore(switchMonth.minusMonths(12))) {
            computed.add(m);
          }
          if ("LOCKED".equals(rs.getString(2)) && !m.isBefore(switchMonth.minusMonths(24))) {
            locked.add(m);
          }
        }
      }
    }
    List<YearMonth> chosen = locked.isEmpty() ? computed : locked;
    chosen = new ArrayList<>(chosen.subList(0, Math.min(12, chosen.size())));
    if (chosen.isEmpty()) {
      return chosen;
    }
    YearMonth first = chosen.get(chosen.size() - 1);
    YearMonth last = chosen.get(0);
    return all.stream().filter(m -> !m.isBefore(first) && !m.isAfter(last))
        .sorted().toList();
  }

  /** Per förvaltning code: internfakturering, still billed, pool share; annualised here. */
  private static Map<String, BigDecimal[]> expectedYear(long area, YearMonth from, YearMonth to,
      int months) throws SQLException {
    Map<String, BigDecimal[]> year = new TreeMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT o.code,"
            + " SUM(CASE WHEN r.model = 'CHARGEBACK' THEN r.amount ELSE 0 END),"
            + " SUM(CASE WHEN r.model = 'ALLOCATION' AND r.source <> 'POOL' THEN r.amount"
            + " ELSE 0 END),"
            + " SUM(CASE WHEN r.model = 'ALLOCATION' AND r.source = 'POOL' THEN r.amount"
            + " ELSE 0 END)"
            + " FROM result_line r JOIN org_unit o ON o.id = r.org_id WHERE r.area_id = ?"
            + " AND r.period BETWEEN ? AND ? AND o.kind = 'ADMINISTRATION' GROUP BY o.code")) {
      ps.setLong(1, area);
      ps.setDate(2, Date.valueOf(from.atDay(1)));
      ps.setDate(3, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          year.put(rs.getString(1), new BigDecimal[] {perYear(rs.getBigDecimal(2), months),
              perYear(rs.getBigDecimal(3), months), perYear(rs.getBigDecimal(4), months)});
        }
      }
    }
    return year;
  }

  private static BigDecimal perYear(BigDecimal sum, int months) {
    return sum.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 2,
        RoundingMode.HALF_UP);
  }

  /** The stored pool shares of the month per org code. */
  private static Map<String, BigDecimal> storedShares(long pool) throws SQLException {
    Map<String, BigDecimal> shares = new TreeMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("SELECT o.code, SUM(r.amount) FROM result_line r"
            + " JOIN org_unit o ON o.id = r.org_id WHERE r.period = ? AND r.pool_id = ?"
            + " AND r.source = 'POOL' GROUP BY o.code")) {
      ps.setDate(1, Date.valueOf(JULY.atDay(1)));
      ps.setLong(2, pool);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          shares.put(rs.getString(1), rs.getBigDecimal(2));
        }
      }
    }
    return shares;
  }

  /**
   * The pool's cost of the month split by each taking-part org's latest FTE on or before it:
   * the exact share rounded down to öre, the öre left over to the largest remainders (ties by
   * code), as PRODUCT.md says; written here without the portal's code.
   */
  private static Map<String, BigDecimal> splitByFte(long pool) throws SQLException {
    Date month = Date.valueOf(JULY.atDay(1));
    BigDecimal cost;
    Map<String, BigDecimal> fte = new TreeMap<>();
    try (Connection c = TestDatabase.connect()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT SUM(pc.amount) FROM pool_cost pc"
          + " JOIN import_batch b ON b.id = pc.batch_id WHERE pc.period = ? AND pc.pool_id = ?"
          + " AND b.status = 'ACTIVE'")) {
        ps.setDate(1, month);
        ps.setLong(2, pool);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          cost = rs.getBigDecimal(1).setScale(2);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code, k.fte FROM org_unit o"
          + " JOIN cost_pool p ON p.id = ? JOIN org_key_value k ON k.org_id = o.id"
          + " AND k.period = (SELECT MAX(k2.period) FROM org_key_value k2"
          + " WHERE k2.org_id = o.id AND k2.period <= ?)"
          + " WHERE o.active_from <= ? AND (o.active_to IS NULL OR o.active_to >= ?)"
          + " AND (p.companies_participate OR o.kind = 'ADMINISTRATION')")) {
        ps.setLong(1, pool);
        ps.setDate(2, month);
        ps.setDate(3, Date.valueOf(JULY.atEndOfMonth()));
        ps.setDate(4, month);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (rs.getBigDecimal(2) != null && rs.getBigDecimal(2).signum() > 0) {
              fte.put(rs.getString(1), rs.getBigDecimal(2));
            }
          }
        }
      }
    }
    BigDecimal total = fte.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(total.signum() > 0, "the demo has FTE for the orgs in the pool");
    return LargestRemainder.split(cost, fte);
  }

  /** Everything a computation writes, in one string: the what-if must leave it as it was. */
  private static String snapshot() {
    return TestDatabase.count("SELECT COUNT(*) FROM result_line") + "|"
        + TestDatabase.count("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', period, line_no, org_id,"
            + " model, binding, area_id, IFNULL(pool_id, 0), IFNULL(level_id, 0),"
            + " IFNULL(key_value, 0), amount))), 0) FROM result_line") + "|"
        + TestDatabase.count("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', period, fingerprint,"
            + " stale, line_count, binding_total, computed_at))), 0) FROM costing_run") + "|"
        + TestDatabase.count("SELECT COUNT(*) FROM costing_run WHERE stale") + "|"
        + TestDatabase.count("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', period, pool_id,"
            + " allocation_key, cost, key_total, revenue))), 0) FROM pool_result") + "|"
        + TestDatabase.count("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', period, status))), 0)"
            + " FROM period");
  }

  /**
   * The named cells of a data table's rows, by the org code in the row's {@code code} cell.
   */
  private static Map<String, Map<String, String>> cells(String html, String table,
      String... names) {
    Map<Integer, String> codes = new TreeMap<>();
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(table) + ":(\\d+):code\"[^>]*>([^<]+)<")
        .matcher(html);
    while (m.find()) {
      codes.put(Integer.parseInt(m.group(1)), m.group(2).strip());
    }
    Map<String, Map<String, String>> rows = new TreeMap<>();
    codes.forEach((i, code) -> {
      Map<String, String> row = new LinkedHashMap<>();
      for (String name : names) {
        Matcher c = Pattern.compile("id=\"" + Pattern.quote(table + ":" + i + ":" + name)
            + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(c.find(), table + " row " + i + " has " + name);
        row.put(name, c.group(1));
      }
      rows.put(code, row);
    });
    return rows;
  }

  /** The form field of a pool table row, found by the pool's name in the row. */
  private static String poolRowField(String html, String poolName, String field) {
    Matcher m = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
        .matcher(html.substring(html.indexOf("whatif:pools")));
    while (m.find()) {
      if (m.group(2).contains(">" + poolName + "<")) {
        return "whatif:pools:" + m.group(1) + ":" + field;
      }
    }
    throw new AssertionError("no pool row " + poolName);
  }

  private static Row rowStarting(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && first.equals(c.getStringCellValue())
          && row.getCell(4) != null) {
        return row;
      }
    }
    throw new AssertionError("no row " + first);
  }

  private static Row rowWithName(Sheet sheet, String name) {
    for (Row row : sheet) {
      Cell c = row.getCell(1);
      if (c != null && c.getCellType() == CellType.STRING && name.equals(c.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + name);
  }

  /** Swedish kronor as the pages write them, formatted here: 1 234 567,50 kr, −12,50 kr (U+2212). */
  private static String kronor(BigDecimal value) {
    BigDecimal v = value.setScale(2, RoundingMode.UNNECESSARY);
    String digits = v.abs().toPlainString();
    String whole = digits.substring(0, digits.indexOf('.'));
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(NBSP);
      }
      grouped.append(whole.charAt(i));
    }
    return (v.signum() < 0 ? "\u2212" : "") + grouped + "," + digits.substring(digits.indexOf('.') + 1)
        + NBSP + "kr";
  }

  private static long id(String sql) {
    return TestDatabase.count(sql);
  }

  private static YearMonth month(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next());
      return YearMonth.from(rs.getDate(1).toLocalDate());
    }
  }

  private static String text(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
