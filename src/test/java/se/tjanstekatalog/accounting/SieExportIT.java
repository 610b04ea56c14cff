package se.tjanstekatalog.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tjanstekatalog.testsupport.PreparedMonths.bindingSum;
import static se.tjanstekatalog.testsupport.PreparedMonths.costCentre;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.accounting.control.AccountingQueries;
import se.tjanstekatalog.accounting.domain.AccountingJournal;
import se.tjanstekatalog.accounting.domain.AccountingRules;
import se.tjanstekatalog.accounting.domain.SieWriter;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * SIE 4 export and bolag invoice basis end to end. The container tests keep the demo year open
 * (TK_DEMO_CLOSED_MONTHS=false; DemoYearIT checks the closed demo year on the browser tests'
 * portal), and a locked month blocks plan changes at or before it, so this test prepares its
 * own month long before the demo year: 2022-05, with a published 2022 price
 * list, a consumption batch for three förvaltningar and one bolag, computed and locked.
 */
@ExtendWith(ArquillianExtension.class)
class SieExportIT {
  static final YearMonth MONTH = YearMonth.of(2022, 5);
  static final String FIRST = "2022-05-01";
  static final List<String> ADMINISTRATIONS = List.of("GSF", "OFN", "HVOF");
  static final String COMPANY = "BOAB";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void onlyLockedMonthsAreExported() throws Exception {
    HttpResponse<byte[]> open = get("api/v1/periods/2026-11/sie", "it");
    assertEquals(409, open.statusCode());
    assertTrue(open.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/problem+json"));
    assertTrue(new String(open.body(), StandardCharsets.UTF_8).contains("inte låst")
        || new String(open.body(), StandardCharsets.UTF_8).contains("not locked"),
        new String(open.body(), StandardCharsets.UTF_8));
    assertEquals(409, get("api/v1/periods/2026-11/invoice-basis.csv?org=" + COMPANY, "it")
        .statusCode());
    assertEquals(403, get("api/v1/periods/2026-11/sie", "personal.gsf").statusCode(),
        "a VIEWER may not export the journal");
  }

  @Test
  void theLockedMonthsJournalParsesBackAndBalances() throws Exception {
    prepare();
    long t0 = System.nanoTime();
    HttpResponse<byte[]> response = get("api/v1/periods/2022-05/sie", "it");
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("SieExportIT: SIE export of 2022-05 took " + millis + " ms (server "
        + response.headers().firstValue("X-Export-Millis").orElse("?") + " ms)");
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertEquals("text/plain;charset=IBM437", response.headers().firstValue("Content-Type")
        .orElse("").replace(" ", ""));
    assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
        .contains("filename=\"tjanstekatalog-2022-05.se\""));

    SieReader sie = SieReader.read(response.body());
    assertEquals("PC8", sie.rows("#FORMAT").get(0).fields().get(0));
    assertEquals("4", sie.rows("#SIETYP").get(0).fields().get(0));
    assertEquals(List.of("0", "20220101", "20221231"), sie.rows("#RAR").get(0).fields());
    Map<String, String> settings = settings();
    assertEquals(settings.get("company_name"), sie.rows("#FNAMN").get(0).fields().get(0));
    assertFalse(sie.vers.isEmpty());
    Map<String, BigDecimal> debitsByCostCentre = new HashMap<>();
    BigDecimal credits = BigDecimal.ZERO;
    for (SieReader.Ver ver : sie.vers) {
      assertEquals(0, ver.sum().signum(), "every #VER balances: " + ver.text());
      assertEquals("20220531", ver.date());
      assertEquals(settings.get("voucher_series"), ver.series());
      for (SieReader.Trans t : ver.trans()) {
        if (t.amount().signum() > 0) {
          assertEquals(settings.get("cost_account"), t.account());
          assertEquals(settings.get("cost_centre_dim"), t.objects().get(0));
          debitsByCostCentre.merge(t.objects().get(1), t.amount(), BigDecimal::add);
        } else {
          assertEquals(settings.get("income_account"), t.account());
          credits = credits.add(t.amount());
        }
      }
    }
    Map<String, BigDecimal> expected = bindingSums();
    assertEquals(expected, debitsByCostCentre,
        "one debit per förvaltning = its binding result lines; no bolag");
    assertEquals(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        credits.negate());
    for (String code : ADMINISTRATIONS) {
      assertTrue(expected.containsKey(costCentre(code)), code + " has binding lines");
    }
    assertFalse(debitsByCostCentre.containsKey(costCentre(COMPANY)), "bolag not journalled");
    // the amounts booked are the statements' totals, org by org
    for (String code : ADMINISTRATIONS) {
      HttpResponse<byte[]> statement = get("api/v1/periods/2022-05/statements/" + code, "it");
      assertEquals(200, statement.statusCode());
      try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
          new StringReader(new String(statement.body(), StandardCharsets.UTF_8)))) {
        BigDecimal total = reader.readObject().getJsonObject("totals")
            .getJsonNumber("bindingTotal").bigDecimalValue();
        assertEquals(0, total.compareTo(debitsByCostCentre.get(costCentre(code))),
            code + ": statement total " + total + " = its debit in the SIE file");
      }
    }
    assertTrue(bindingSum(MONTH, COMPANY).signum() > 0, "although the bolag has binding lines");

    // Swedish letters survive code page 437: the org names in #OBJEKT and the voucher texts
    String text = new String(response.body(), "IBM437");
    assertTrue(text.contains("Överförmyndarförvaltningen"), text);
    assertTrue(text.contains("Hälsa-, vård- och omsorgsförvaltningen"), text);
    assertFalse(text.contains("?"), "nothing was unmappable");
  }

  @Test
  void aBolagGetsAnInvoiceBasisWithVat() throws Exception {
    prepare();
    HttpResponse<byte[]> csv =
        get("api/v1/periods/2022-05/invoice-basis.csv?org=" + COMPANY, "ekonom.bostad");
    assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
    byte[] bytes = csv.body();
    assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
    String content = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').build()
        .parse(new StringReader(content)).getRecords();
    assertEquals("Belopp exkl. moms", records.get(0).get(7));
    assertEquals("Motpart", records.get(0).get(2));
    String counterpart = TestDatabase.text("SELECT counterpart_code FROM org_unit WHERE code = '"
        + COMPANY + "'");
    assertTrue(records.subList(1, records.size()).stream()
        .allMatch(r -> r.get(2).equals(counterpart)), "every row names the bolag's motpart");
    List<CSVRecord> lines = records.subList(1, records.size() - 1);
    CSVRecord total = records.get(records.size() - 1);
    assertEquals("Summa", total.get(4));
    BigDecimal ex = BigDecimal.ZERO;
    BigDecimal vat = BigDecimal.ZERO;
    for (CSVRecord r : lines) {
      BigDecimal amount = number(r.get(7));
      BigDecimal lineVat = amount.multiply(number(r.get(8)))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      assertEquals(lineVat, number(r.get(9)), "VAT per line, HALF_UP to öre");
      assertEquals(amount.add(lineVat), number(r.get(10)));
      ex = ex.add(amount);
      vat = vat.add(lineVat);
    }
    assertEquals(bindingSum(MONTH, COMPANY), ex, "the bolag's binding lines");
    assertEquals(ex, number(total.get(7)));
    assertEquals(vat, number(total.get(9)));
    assertTrue(vat.signum() > 0);
    assertEquals(ex.add(vat), number(total.get(10)));

    HttpResponse<byte[]> pdf =
        get("api/v1/periods/2022-05/invoice-basis.pdf?org=" + COMPANY, "ekonom.bostad");
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String pdfText = new PDFTextStripper().getText(document);
      assertTrue(pdfText.contains("Fakturaunderlag 2022-05"), pdfText);
      assertTrue(pdfText.contains("Bostads AB"), pdfText);
      assertTrue(pdfText.contains("Motpart: " + counterpart), pdfText);
      String incVat = se.tjanstekatalog.shared.SwedishFormat.kronor(ex.add(vat));
      assertTrue(pdfText.replace('\u00a0', ' ').contains(incVat.replace('\u00a0', ' ')),
          incVat + " in " + pdfText);
    }

    assertEquals(403, get("api/v1/periods/2022-05/invoice-basis.csv?org=" + COMPANY,
        "personal.gsf").statusCode(), "a VIEWER of another org");
    assertEquals(403, get("api/v1/periods/2022-05/invoice-basis.pdf?org=" + COMPANY,
        "ekonom.gsf").statusCode(), "ORG_FINANCE of another org");
    assertEquals(200, get("api/v1/periods/2022-05/invoice-basis.pdf?org=" + COMPANY, "it")
        .statusCode());
    assertEquals(422, get("api/v1/periods/2022-05/invoice-basis.csv?org=GSF", "it")
        .statusCode(), "a förvaltning has no invoice basis");

    // ekonom.bostad finds it on the bolag's statement of the locked month, with the VAT block
    PortalClient bostad = PortalClient.loggedIn(base, "ekonom.bostad", "demo");
    Page statement = bostad.get("statements/statement.xhtml?month=2022-05&org=" + COMPANY);
    assertEquals(200, statement.status());
    assertTrue(statement.body().contains("/api/v1/periods/2022-05/invoice-basis.pdf?org="
        + COMPANY), "invoice basis link on the statement");
    assertTrue(statement.body().contains("Moms"), "the VAT block");
    PortalClient.Download pdfFromPage = bostad.fetch(
        "api/v1/periods/2022-05/invoice-basis.pdf?org=" + COMPANY);
    assertEquals(200, pdfFromPage.status());
    assertTrue(pdfFromPage.header("Content-Type").startsWith("application/pdf"));
    assertTrue(new String(pdfFromPage.body(), 0, 5, StandardCharsets.ISO_8859_1)
        .startsWith("%PDF"), "a PDF");
  }

  @Test
  void theInvoiceBasisComesInEnglishWithTheSameAmounts() throws Exception {
    prepare();
    String path = "api/v1/periods/2022-05/invoice-basis.csv?org=" + COMPANY;
    List<CSVRecord> sv = CSVFormat.Builder.create().setDelimiter(';').build().parse(
        new StringReader(body(get(path, "ekonom.bostad")))).getRecords();
    HttpResponse<byte[]> csv = get(path + "&lang=en", "ekonom.bostad");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("")
        .contains("invoice-basis-" + COMPANY + "-2022-05.csv"));
    List<CSVRecord> en = CSVFormat.DEFAULT.parse(new StringReader(body(csv))).getRecords();
    assertEquals("Amount excluding VAT", en.get(0).get(7));
    assertEquals("Total", en.get(en.size() - 1).get(4));
    assertEquals(sv.size(), en.size());
    for (int i = 1; i < sv.size(); i++) {
      for (int c = 5; c < 11; c++) {
        assertEquals(sv.get(i).get(c).replace(',', '.'), en.get(i).get(c), "row " + i);
      }
      assertFalse(en.get(i).get(4).startsWith("Justering"), en.get(i).get(4));
    }

    HttpResponse<byte[]> pdf = get("api/v1/periods/2022-05/invoice-basis.pdf?org=" + COMPANY
        + "&lang=en", "ekonom.bostad");
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
      assertTrue(text.contains("Invoice basis 2022-05"), text);
      String incVat = ExportFormat.of(ExportFormat.ENGLISH).kronor(new BigDecimal(
          en.get(en.size() - 1).get(10))).replace('\u00a0', ' ');
      assertTrue(text.contains("To invoice including VAT: " + incVat), incVat + " in " + text);
    }
    assertEquals(422, get(path + "&lang=fi", "ekonom.bostad").statusCode());
  }

  private static String body(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode());
    return new String(response.body(), StandardCharsets.UTF_8).substring(1);
  }

  @Test
  void theControllerEditsTheAccountSettingsWithSwedishValidation() throws Exception {
    prepare();
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get("statements/accounting.xhtml");
    assertEquals(200, page.status());
    // the newest locked month is preselected (other ITs may lock months of their own)
    assertTrue(page.body().contains("value=\"2022-05\""), "the locked month can be picked");
    assertTrue(page.body().matches("(?s).*api/v1/periods/\\d{4}-\\d{2}/sie\".*"),
        "download link for a locked month");
    Map<String, String> fields = PortalClient.inputs(page.body(), "accounting");
    Map<String, String> before = settings();
    fields.put("accounting:costAccount", "12");
    fields.put("accounting:counterpartDimension", fields.get("accounting:costCentreDimension"));
    fields.put("accounting:save", "");
    Page invalid = it.post("statements/accounting.xhtml", fields);
    assertTrue(invalid.body().contains("Kostnadskontot ska vara 4–6 siffror."), invalid.body());
    assertTrue(invalid.body().contains("Ansvar och motpart måste ha olika dimensioner."));
    assertEquals(before, settings(), "nothing saved");

    fields = PortalClient.inputs(it.get("statements/accounting.xhtml").body(), "accounting");
    fields.put("accounting:incomeAccountName", "Intäkter IT-tjänster (test)");
    fields.put("accounting:save", "");
    Page saved = it.post("statements/accounting.xhtml", fields);
    assertTrue(saved.body().contains("Konteringen är sparad."), saved.body());
    assertEquals("Intäkter IT-tjänster (test)", settings().get("income_account_name"));
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "UPDATE accounting_settings SET income_account_name = ?")) {
      ps.setString(1, before.get("income_account_name"));
      ps.executeUpdate();
    }
    assertEquals(403, PortalClient.loggedIn(base, "ekonom.gsf", "demo")
        .get("statements/accounting.xhtml").status());
  }

  @Test
  void aSharedMotpartIsNamedFromTheSettingsInTheSieFile() throws Exception {
    prepare();
    String code;
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT counterpart_code FROM org_unit"
            + " WHERE kind = 'ADMINISTRATION' AND counterpart_code IS NOT NULL"
            + " GROUP BY counterpart_code ORDER BY COUNT(*) DESC, counterpart_code LIMIT 1")) {
      assertTrue(rs.next(), "a motpart code of the förvaltningar");
      code = rs.getString(1);
    }
    Map<String, String> before = settings();
    String trailSql = "SELECT COUNT(*) FROM accounting_settings_change WHERE field ="
        + " 'counterpartNames' AND changed_by = 'it' AND new_value = '" + code
        + "=Kommunen (test)'";
    long trail = TestDatabase.count(trailSql);
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    try {
      Map<String, String> fields =
          PortalClient.inputs(it.get("statements/accounting.xhtml").body(), "accounting");
      fields.put("accounting:counterpartNames", "Kommunen");
      fields.put("accounting:save", "");
      Page invalid = it.post("statements/accounting.xhtml", fields);
      assertTrue(invalid.body().contains("Namn på motparter, rad 1: skriv kod=namn"),
          invalid.body());

      fields = PortalClient.inputs(it.get("statements/accounting.xhtml").body(), "accounting");
      fields.put("accounting:counterpartNames", code + "=Kommunen (test)");
      fields.put("accounting:save", "");
      Page saved = it.post("statements/accounting.xhtml", fields);
      assertTrue(saved.body().contains("Konteringen är sparad."), saved.body());
      assertEquals(trail + 1, TestDatabase.count(trailSql), "the change is on the trail");

      SieReader sie = SieReader.read(get("api/v1/periods/2022-05/sie", "it").body());
      List<String> motpart = sie.rows("#OBJEKT").stream().map(SieReader.Row::fields)
          .filter(f -> f.get(0).equals(before.get("counterpart_dim")) && f.get(1).equals(code))
          .findFirst().orElseThrow();
      assertEquals("Kommunen (test)", motpart.get(2));
    } finally {
      try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
          "UPDATE accounting_settings SET counterpart_names = ?")) {
        ps.setString(1, before.get("counterpart_names"));
        ps.executeUpdate();
      }
    }
  }

  /**
   * The demo year is open in the container tests, so the export's work for a demo-sized month
   * is measured on the same reads and writer directly: October 2026, every förvaltning.
   */
  @Test
  void aDemoMonthsJournalBalancesAndIsQuick() throws Exception {
    Map<String, String> s = settings();
    AccountingRules rules = new AccountingRules(s.get("cost_account"), "Kostnad",
        s.get("income_account"), "Intäkt", Integer.parseInt(s.get("cost_centre_dim")),
        Integer.parseInt(s.get("counterpart_dim")), s.get("voucher_series"), true,
        s.get("company_name"), s.get("vat_account"), new BigDecimal(s.get("default_vat_rate")));
    YearMonth october = YearMonth.of(2026, 10);
    try (Connection c = TestDatabase.connect()) {
      long t0 = System.nanoTime();
      List<AccountingJournal.OrgCharge> charges = AccountingQueries.charges(c, october);
      byte[] bytes = SieWriter.bytes(AccountingJournal.build(rules, october, charges,
          "Tjänstekatalogen", "test", java.time.LocalDate.now(), "test"));
      long millis = (System.nanoTime() - t0) / 1_000_000;
      System.out.println("SieExportIT: demo month 2026-10 journal (" + charges.size()
          + " förvaltningar, " + bytes.length + " bytes) read and written in " + millis + " ms");
      assertEquals(14, charges.size(), "the demo's 14 förvaltningar, no bolag");
      SieReader sie = SieReader.read(bytes);
      assertEquals(charges.stream().filter(x -> x.amount().signum() != 0).count(),
          sie.vers.size(), "one voucher per förvaltning with a charge");
      BigDecimal total = BigDecimal.ZERO;
      for (SieReader.Ver ver : sie.vers) {
        assertEquals(0, ver.sum().signum(), ver.text());
        total = total.add(ver.trans().get(0).amount());
      }
      assertEquals(charges.stream().map(AccountingJournal.OrgCharge::amount)
          .reduce(Amount.ZERO, Amount::plus).value(), total);
    }
  }

  // ---------------------------------------------------------------- test month

  /** Prepares and locks 2022-05 once per database. */
  /**
   * Issue 14, finding 4: an org named like a spreadsheet formula is text in both CSV files (a
   * leading quote, OWASP's rule), while every amount stays a plain number.
   */
  @Test
  void anOrgNamedLikeAFormulaIsTextInTheCsvFilesAndTheAmountsStayNumbers() throws Exception {
    prepare();
    String payload = "-2+3+cmd|' /C calc'!A0";
    String name;
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM org_unit WHERE code = '" + COMPANY
            + "'")) {
      rs.next();
      name = rs.getString(1);
    }
    setName(payload);
    try {
      for (String path : List.of("api/v1/periods/2022-05/invoice-basis.csv?org=" + COMPANY,
          "api/v1/periods/2022-05/statements/" + COMPANY + ".csv")) {
        HttpResponse<byte[]> csv = get(path, "it");
        assertEquals(200, csv.statusCode(), path);
        String content = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).build().parse(new StringReader(content)).getRecords();
        assertTrue(records.size() > 1, path);
        String amountColumn = path.contains("invoice") ? "Belopp exkl. moms" : "Belopp";
        String nameColumn = path.contains("invoice") ? "Kund" : "Organisation";
        int amounts = 0;
        for (CSVRecord r : records) {
          assertEquals("'" + payload, r.get(nameColumn), path + ": the name is text");
          String amount = r.get(amountColumn);
          if (!amount.isEmpty()) {
            assertTrue(amount.matches("-?\\d+(,\\d+)?"), path + ": a number, " + amount);
            amounts++;
          }
        }
        assertTrue(amounts > 1, path);
        assertFalse(content.contains(";" + payload), path + ": never as is");
      }
    } finally {
      setName(name);
    }
  }

  private static void setName(String name) throws SQLException {
    try (Connection c = TestDatabase.connect(); java.sql.PreparedStatement ps =
        c.prepareStatement("UPDATE org_unit SET name = ? WHERE code = ?")) {
      ps.setString(1, name);
      ps.setString(2, COMPANY);
      assertEquals(1, ps.executeUpdate());
    }
  }

  static void prepare() throws SQLException {
    List<String> orgs = new ArrayList<>(ADMINISTRATIONS);
    orgs.add(COMPANY);
    PreparedMonths.prepare(MONTH, "SieExportIT", orgs, true);
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

  private static Map<String, String> settings() throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM accounting_settings")) {
      assertTrue(rs.next());
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
      }
    }
    return out;
  }

  /** Binding result sums of 2022-05 per förvaltning, by cost centre. */
  private static Map<String, BigDecimal> bindingSums() throws SQLException {
    Map<String, BigDecimal> out = new HashMap<>();
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT o.cost_centre, SUM(r.amount) FROM result_line r"
            + " JOIN org_unit o ON o.id = r.org_id WHERE r.period = '" + FIRST + "'"
            + " AND r.binding AND o.kind = 'ADMINISTRATION' GROUP BY o.cost_centre"
            + " HAVING SUM(r.amount) <> 0")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return out;
  }


  private static BigDecimal number(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }
}
