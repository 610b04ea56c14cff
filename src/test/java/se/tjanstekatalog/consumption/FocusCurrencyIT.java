package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * FOCUS bills in EUR and USD end to end, in this class's months (2018-05..2018-08, never
 * locked): refused while the month has no exchange rate and nothing saved; rates imported on
 * the rates page (a bad file refused whole); the bill then previewed with its currency, rate
 * and SEK amount and stored as pool costs converted row by row; the rates readable over REST.
 */
@ExtendWith(ArquillianExtension.class)
class FocusCurrencyIT {
  private static final String NBSP = "\u00a0";
  private static final String FOCUS = "consumption/focus.xhtml";
  private static final String RATES = "consumption/rates.xhtml";
  private static final String HEADER = "BillingAccountId,BillingCurrency,ChargePeriodStart,"
      + "ServiceName,SkuId,SubAccountId,ResourceId,ConsumedQuantity,BilledCost,EffectiveCost";
  private static final String EUR_BILL = HEADER + "\n"
      + "IT-EUR,EUR,2018-06-01T00:00:00Z,Virtual Machines,,,vm-eur-1,744,100.00,NULL\n"
      + "IT-EUR,EUR,2018-06-01T00:00:00Z,Storage,,,st-eur-1,10,33.333,NULL\n";
  private static final String USD_BILL = HEADER + "\n"
      + "IT-USD,USD,2018-07-01T00:00:00Z,Virtual Machines,,,vm-usd-1,744,250.50,\n";
  private static final String BATCHES = "SELECT COUNT(*) FROM import_batch WHERE channel ="
      + " 'FOCUS' AND period_from BETWEEN '2018-05-01' AND '2018-08-01'";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aBillInEuroIsRefusedWithoutTheMonthsRateAndConvertedOnceItIsThere() throws Exception {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM exchange_rate WHERE month BETWEEN '2018-05-01'"
          + " AND '2018-08-01'");
    }
    long batchesBefore = TestDatabase.count(BATCHES + " AND status = 'ACTIVE'");
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");

    Page refused = upload(it, FOCUS, "upload", "upload:read", "focus-eur-2018-06.csv",
        EUR_BILL);
    assertTrue(refused.body().contains("Det finns ingen växelkurs för EUR i 2018-06."),
        refused.body());
    assertTrue(refused.body().contains("href=\"" + base.getPath() + RATES), "links the rates page");
    Map<String, String> confirm = PortalClient.inputs(refused.body(), "confirm");
    Page stillRefused = it.ajax(FOCUS, confirm, "confirm:store", "confirm",
        "confirm storedPanel");
    assertFalse(stillRefused.body().contains("är sparad"), stillRefused.body());
    assertEquals(batchesBefore, TestDatabase.count(BATCHES + " AND status = 'ACTIVE'"),
        "nothing saved without a rate");

    Page bad = upload(it, RATES, "upload", "upload:import", "kurser-fel.csv",
        "månad;valuta;kurs\n2018-06;EUR;11,2345\n2018-07;USD;nio\n");
    assertTrue(bad.body().contains("Rad 3, kolumn \"kurs\", värdet \"nio\""), bad.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM exchange_rate WHERE month"
        + " BETWEEN '2018-05-01' AND '2018-08-01'"), "a bad file saves no rate at all");

    Page imported = upload(it, RATES, "upload", "upload:import", "kurser-2018.csv",
        "Period;Valuta;Enhet;Medel\n2018-06;EUR;1;11,2345\n2018-07;USD;1;9,1234\n");
    assertTrue(imported.body().contains("2 kurser från kurser-2018.csv är sparade."),
        imported.body());
    assertEquals(0, new BigDecimal("11.2345").compareTo(decimal("SELECT rate FROM"
        + " exchange_rate WHERE currency = 'EUR' AND month = '2018-06-01'")));

    Page preview = upload(it, FOCUS, "upload", "upload:read", "focus-eur-2018-06.csv",
        EUR_BILL);
    String html = preview.body();
    assertTrue(html.contains("Omräkning till SEK"), html);
    assertTrue(html.contains("133,333 EUR"), "the bill's amount in EUR: 100,00 + 33,333");
    assertTrue(html.contains("11,2345<"), "the rate, as entered");
    assertTrue(html.contains("1" + NBSP + "497,93" + NBSP + "kr"),
        "1 123,45 + 374,48 kr, each row rounded");
    assertTrue(html.contains("EffectiveCost på 0 rader, BilledCost på 2 rader"),
        "NULL EffectiveCost read as empty; the column used is named");
    Map<String, String> store = PortalClient.inputs(html, "confirm");
    Page stored = it.ajax(FOCUS, store, "confirm:store", "confirm", "confirm storedPanel upload");
    assertTrue(stored.body().contains("focus-eur-2018-06.csv är sparad."), stored.body());
    assertTrue(stored.body().contains("133,333 EUR × 11,2345 = 1" + NBSP + "497,93" + NBSP
        + "kr"), "the stored import says what it was converted with");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM pool_cost c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.status = 'ACTIVE' AND c.period = '2018-06-01'"
        + " AND c.note LIKE 'FOCUS focus-eur-2018-06.csv (EUR à 11,2345 kr), 2 rader:%'"),
        "the pool cost's comment keeps the rate");
    assertEquals(0, new BigDecimal("1497.93").compareTo(decimal("SELECT SUM(c.amount) FROM"
        + " pool_cost c JOIN import_batch b ON b.id = c.batch_id WHERE b.status = 'ACTIVE'"
        + " AND b.channel = 'FOCUS' AND c.period = '2018-06-01'")));

    Page usd = upload(it, FOCUS, "upload", "upload:read", "focus-usd-2018-07.csv", USD_BILL);
    Page usdStored = it.ajax(FOCUS, PortalClient.inputs(usd.body(), "confirm"),
        "confirm:store", "confirm", "confirm storedPanel upload");
    assertTrue(usdStored.body().contains("focus-usd-2018-07.csv är sparad."), usdStored.body());
    assertEquals(0, new BigDecimal("2285.41").compareTo(decimal("SELECT SUM(c.amount) FROM"
        + " pool_cost c JOIN import_batch b ON b.id = c.batch_id WHERE b.status = 'ACTIVE'"
        + " AND b.channel = 'FOCUS' AND c.period = '2018-07-01'")), "250,50 × 9,1234");

    Page api = it.get("api/v1/exchange-rates?month=2018-06");
    assertEquals(200, api.status(), api.body());
    assertTrue(api.body().contains("\"currency\":\"EUR\"")
        && api.body().contains("\"rate\":\"11.2345\""), api.body());
    assertEquals(403, PortalClient.loggedIn(base, "ekonom.gsf", "demo").get(RATES).status());
  }

  /** Posts a page's multipart upload form with one file, as a browser would. */
  private static Page upload(PortalClient client, String page, String form, String button,
      String fileName, String content) {
    Page opened = client.get(page);
    assertEquals(200, opened.status(), opened.body());
    Map<String, String> fields = PortalClient.inputs(opened.body(), form);
    Matcher file = Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"[^>]*>")
        .matcher(opened.body());
    assertTrue(file.find(), "a file input");
    fields.remove(file.group(1));
    fields.put(button, "");
    Page result = client.multipart(page, fields, file.group(1), fileName,
        content.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, result.status(), result.body());
    return result;
  }

  private static BigDecimal decimal(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getBigDecimal(1);
    }
  }
}
