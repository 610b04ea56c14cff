package se.tjanstekatalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tjanstekatalog.testsupport.PreparedMonths.bindingSum;
import static se.tjanstekatalog.testsupport.PreparedMonths.costCentre;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.accounting.SieReader;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Corrections after locking, end to end: the controller books an adjustment of a locked line
 * on the adjustments page; it lands in the next open month with a reference to the line, a
 * preliminary month's approval is withdrawn, the next month's SIE file carries it, and once
 * that month is locked the database refuses to change or remove it. Months of its own: 2019-04
 * (locked), 2019-05 (preliminary, then locked) and 2019-06 (open).
 */
@ExtendWith(ArquillianExtension.class)
class AdjustmentIT {
  private static final String PAGE = "statements/adjustments.xhtml";
  private static final YearMonth APRIL = YearMonth.of(2019, 4);
  private static final YearMonth MAY = YearMonth.of(2019, 5);
  private static final YearMonth JUNE = YearMonth.of(2019, 6);

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aCorrectionOfALockedLineIsBookedInTheNextOpenMonthAndTravelsToItsJournal()
      throws Exception {
    PreparedMonths.prepare(APRIL, "AdjustmentIT", List.of("GSF", "SBK", "BOAB"), true);
    // May: computed, preliminary and approved by GSF; the adjustment must withdraw that
    PreparedMonths.prepare(MAY, "AdjustmentIT", List.of("GSF", "SBK"), false);
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE period SET status = 'PRELIMINARY' WHERE period = '2019-05-01'");
      s.executeUpdate("INSERT INTO statement_approval (period, org_id, approved_by) SELECT"
          + " '2019-05-01', id, 'ekonom.gsf' FROM org_unit WHERE code = 'GSF'");
    }

    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(PAGE + "?month=2019-04&org=GSF");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Justeringen bokas i: <strong>2019-05</strong>"),
        "the next open month is named before booking");
    int lineNo = firstLine(page.body());
    BigDecimal original = amount(APRIL, lineNo);

    // bad input: named field and reason, nothing saved
    Map<String, String> fields = PortalClient.inputs(page.body(), "adjust");
    fields.put("adjust:line_input", Integer.toString(lineNo));
    fields.put("adjust:amount", "0");
    fields.put("adjust:reason", "");
    Page refused = it.ajax(PAGE, fields, "adjust:book", "adjust", "adjust list");
    assertTrue(refused.body().contains("En justering kan inte vara 0 kr."), refused.body());
    assertTrue(refused.body().contains("Ange varför raden rättas"), refused.body());
    assertEquals(0, count("SELECT COUNT(*) FROM adjustment_line WHERE original_period"
        + " = '2019-04-01'"));

    fields.put("adjust:amount", "-1 250,50");
    fields.put("adjust:reason", "Tio datorer var avställda hela april.");
    Page booked = it.ajax(PAGE, fields, "adjust:book", "adjust", "adjust list");
    assertTrue(booked.body().contains("Justeringen −1\u00a0250,50\u00a0kr är bokad i 2019-05.")
        || booked.body().contains("Justeringen -1\u00a0250,50\u00a0kr är bokad i 2019-05."),
        booked.body());
    assertTrue(booked.body().contains("godkännande av 2019-05 är borttaget"), booked.body());
    assertTrue(booked.body().contains("Tio datorer var avställda hela april."), "listed");

    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT a.period, a.original_period, a.original_line_no,"
            + " a.original_amount, a.amount, a.original_line_key, a.created_by, o.code"
            + " FROM adjustment_line a JOIN org_unit o ON o.id = a.org_id"
            + " WHERE a.original_period = '2019-04-01'")) {
      assertTrue(rs.next());
      assertEquals("2019-05-01", rs.getDate(1).toString(), "booked in the next open month");
      assertEquals(lineNo, rs.getInt(3), "references the original line");
      assertEquals(0, original.compareTo(rs.getBigDecimal(4)));
      assertEquals(new BigDecimal("-1250.50"), rs.getBigDecimal(5));
      assertTrue(rs.getString(6).startsWith("CHARGEBACK:"), rs.getString(6));
      assertEquals("it", rs.getString(7));
      assertEquals("GSF", rs.getString(8));
      assertFalse(rs.next());
    }
    assertEquals(0, count("SELECT COUNT(*) FROM statement_approval WHERE period = '2019-05-01'"),
        "GSF must approve May again");
    assertEquals(0, original.compareTo(amount(APRIL, lineNo)), "the locked line is unchanged");

    // both statements show it: a line of May (in its total), a note on April (not in its total)
    JsonObject may = statement(it, "2019-05", "GSF");
    JsonObject mayTotals = may.getJsonObject("totals");
    assertEquals(1, may.getJsonArray("adjustments").size());
    JsonObject line = may.getJsonArray("adjustments").getJsonObject(0);
    assertEquals("2019-04", line.getString("originalMonth"));
    assertEquals(new BigDecimal("-1250.50"), line.getJsonNumber("amount").bigDecimalValue());
    assertEquals("Tio datorer var avställda hela april.", line.getString("reason"));
    assertEquals(0, mayTotals.getJsonNumber("bindingLines").bigDecimalValue()
        .add(new BigDecimal("-1250.50"))
        .compareTo(mayTotals.getJsonNumber("bindingTotal").bigDecimalValue()));
    JsonObject april = statement(it, "2019-04", "GSF");
    assertEquals(1, april.getJsonArray("laterCorrections").size());
    assertEquals("2019-05", april.getJsonArray("laterCorrections").getJsonObject(0)
        .getString("bookedIn"));
    assertEquals(0, april.getJsonObject("totals").getJsonNumber("bindingTotal")
        .bigDecimalValue().compareTo(april.getJsonObject("totals")
            .getJsonNumber("bindingLines").bigDecimalValue()), "April's total is as locked");

    // May is reviewed and locked: its SIE file carries GSF's lines plus the adjustment
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE period SET status = 'REVIEWED' WHERE period = '2019-05-01'");
      s.execute("CALL tk_lock_period('2019-05-01', 'test')");
    }
    PortalClient.Download file = it.fetch("api/v1/periods/2019-05/sie");
    assertEquals(200, file.status(), new String(file.body(), StandardCharsets.UTF_8));
    byte[] sie = file.body();
    BigDecimal gsfMay = bindingSum(MAY, "GSF");
    BigDecimal gsfDebit = BigDecimal.ZERO;
    String gsfCentre = costCentre("GSF");
    for (SieReader.Ver ver : SieReader.read(sie).vers) {
      assertEquals(0, ver.sum().signum(), ver.text());
      for (SieReader.Trans t : ver.trans()) {
        if (t.objects().size() > 1 && gsfCentre.equals(t.objects().get(1))) {
          gsfDebit = gsfDebit.add(t.amount());
        }
      }
    }
    assertEquals(0, gsfMay.add(new BigDecimal("-1250.50")).compareTo(gsfDebit),
        "GSF's debit in May = its May lines + the adjustment: " + gsfDebit);
    assertEquals(0, mayTotals.getJsonNumber("bindingTotal").bigDecimalValue()
        .compareTo(gsfDebit), "the journal books what the statement says");

    // locked: neither the page nor SQL can change or remove it
    Page list = it.get(PAGE + "?month=2019-04&org=GSF");
    assertFalse(list.body().contains("adjust:adjustments:0:remove")
        || list.body().contains("list:adjustments:0:remove"), "no remove button once locked");
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
          "DELETE FROM adjustment_line WHERE original_period = '2019-04-01'"));
      assertTrue(e.getMessage().contains("TK_PERIOD_LOCKED"), e.getMessage());
      e = assertThrows(SQLException.class, () -> s.executeUpdate(
          "UPDATE adjustment_line SET amount = 1 WHERE original_period = '2019-04-01'"));
      assertTrue(e.getMessage().contains("TK_PERIOD_LOCKED"), e.getMessage());
      e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO adjustment_line"
          + " (period, org_id, area_id, original_period, original_line_no, original_line_key,"
          + " original_label, original_amount, amount, reason, created_by) SELECT '2019-05-01',"
          + " org_id, area_id, original_period, original_line_no, original_line_key,"
          + " original_label, original_amount, 5, 'x', 'sql' FROM adjustment_line"
          + " WHERE original_period = '2019-04-01'"));
      assertTrue(e.getMessage().contains("TK_PERIOD_LOCKED"), e.getMessage());
    }

    // the next correction of April now goes to June, the next open month
    Page again = it.get(PAGE + "?month=2019-04&org=GSF");
    assertTrue(again.body().contains("Justeringen bokas i: <strong>2019-06</strong>"),
        again.body());
    assertTrue(again.body().contains("redan justerad med"), "the line shows its adjustment");
  }

  @Test
  void onlyLockedMonthsAreAdjustedAndOnlyByTheController() throws Exception {
    PreparedMonths.prepare(JUNE.plusMonths(1), "AdjustmentIT", List.of("SBK"), false);
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(PAGE + "?month=2019-07&org=SBK");
    Map<String, String> fields = PortalClient.inputs(page.body(), "adjust");
    // 2019-07 is not locked, so it is not offered; a forged post is refused by the service
    assertFalse(page.body().contains("value=\"2019-07\""), "open months are not offered");
    fields.put("adjust:month_input", "2019-07");
    fields.put("adjust:org_input", "SBK");
    fields.put("adjust:line_input", "1");
    fields.put("adjust:amount", "100");
    fields.put("adjust:reason", "Försök");
    Page refused = it.ajax(PAGE, fields, "adjust:book", "adjust", "adjust list");
    assertFalse(refused.body().contains("är bokad i"), refused.body());
    assertEquals(0, count("SELECT COUNT(*) FROM adjustment_line WHERE original_period"
        + " = '2019-07-01'"));
    try (Connection c = TestDatabase.connect()) {
      assertEquals("OPEN", LedgerPeriods.status(c, JUNE.plusMonths(1)).name());
    }
    assertEquals(403, PortalClient.loggedIn(base, "ekonom.gsf", "demo").get(PAGE).status());
    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", "demo").get(PAGE).status());
  }

  // ---------------------------------------------------------------- helpers

  private static JsonObject statement(PortalClient client, String month, String org) {
    Page page = client.get("api/v1/periods/" + month + "/statements/" + org);
    assertEquals(200, page.status(), page.body());
    try (JsonReader reader = Json.createReader(new StringReader(page.body()))) {
      return reader.readObject();
    }
  }

  private static final Pattern LINE_OPTION = Pattern.compile(
      "<option value=\"(\\d+)\"[^>]*>[^<]*–");

  private static int firstLine(String html) {
    Matcher m = LINE_OPTION.matcher(html);
    assertTrue(m.find(), "the org's lines are offered");
    return Integer.parseInt(m.group(1));
  }

  private static BigDecimal amount(YearMonth month, int lineNo) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT amount FROM result_line WHERE period = ? AND line_no = ?")) {
      ps.setString(1, month.atDay(1).toString());
      ps.setInt(2, lineNo);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBigDecimal(1);
      }
    }
  }


  private static long count(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
