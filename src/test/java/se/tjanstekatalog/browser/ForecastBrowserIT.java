package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard's helårsprognos as an ekonomichef and as the IT controller see it: the demo
 * year's panel shows, org by org, the figures the API gives (GET /api/v1/forecast/2026), the
 * months marked as outcome or forecast, the budget form refuses a negative amount and saves the
 * own org's (the demo's amount again, so nothing changes), and passes axe at desktop and phone
 * width.
 */
class ForecastBrowserIT extends BrowserTestBase {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anEkonomichefSeesTheOwnOrgsPrognosisAsTheApiGivesIt() throws Exception {
    JsonObject json = api("api/v1/forecast/2026?org=GSF");
    JsonObject gsf = json.getJsonArray("orgs").getJsonObject(0);
    List<String> outcome = json.getJsonArray("computedMonths")
        .getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString).toList();
    browser.login("ekonom.gsf");
    browser.open("/statements/dashboard.xhtml?year=2026");
    // the overview opens on the orgs; the forecast is its own part, one link away
    browser.waitFor(By.id("dashOrgs"));
    assertTrue(browser.findAll(By.id("forecastOrgs")).isEmpty(), "the forecast is not rendered");
    browser.click(By.cssSelector("#dashSections a[data-section='forecast']"));
    browser.waitFor(By.id("forecastOrgs"));
    assertEquals("page", browser.find(By.cssSelector("#dashSections a[data-section='forecast']"))
        .getAttribute("aria-current"));
    same(kr(gsf, "actual"), amount(By.id("ownActual")));
    same(kr(gsf, "forecast"), amount(By.id("ownForecast")));
    same(kr(gsf, "prognosis"), amount(By.id("ownPrognosis")));
    assertEquals(0, dec(gsf, "budget").compareTo(amount(By.id("ownBudget"))));
    // the own org first in the table
    List<WebElement> rows = browser.findAll(By.cssSelector("#forecastOrgs tbody tr"));
    assertEquals("GSF", rows.get(0).getAttribute("data-org"));
    // the months marked outcome or forecast as the API says (in December 2026: January–
    // November outcome, December, the current month, forecast)
    List<WebElement> months = browser.findAll(By.cssSelector("#forecastMonths tbody tr"));
    assertEquals(12, months.size());
    for (WebElement m : months) {
      assertEquals(String.valueOf(outcome.contains(m.getAttribute("data-month"))),
          m.getAttribute("data-computed"), m.getAttribute("data-month"));
    }
    assertTrue(browser.text(By.id("forecastMethod")).startsWith("Utfall: "),
        browser.text(By.id("forecastMethod")));
    // the budget form: a negative amount is refused naming the reason, nothing saved; the
    // demo's own amount saved again changes nothing
    browser.type(By.id("dash:budgetAmount"), "-5");
    browser.click(By.id("dash:saveBudget"));
    browser.waitForText(By.id("dash:messages"),
        "IT-budgeten -5 måste vara 0 eller mer med högst 2 decimaler.");
    browser.checkAccessibility("helårsprognos, ekonomichef, a refused budget");
    String budget = dec(gsf, "budget").toPlainString();
    browser.type(By.id("dash:budgetAmount"), budget);
    browser.click(By.id("dash:saveBudget"));
    browser.waitForText(By.id("dash:messages"), "IT-budgeten för GSF 2026 är sparad.");
    same(dec(gsf, "budget"), amount(By.id("ownBudget")));
    same(dec(gsf, "budget"), dec(api("api/v1/forecast/2026?org=GSF").getJsonArray("orgs")
        .getJsonObject(0), "budget"));
    browser.checkAccessibility("helårsprognos, ekonomichef");
    browser.resize(390, 844);
    browser.checkAccessibility("helårsprognos, ekonomichef, phone");
  }

  @Test
  void theControllerSeesEveryOrgAndTheTotalAsTheApiGivesThem() throws Exception {
    JsonObject json = api("api/v1/forecast/2026");
    browser.login("it");
    browser.open("/statements/dashboard.xhtml?year=2026&section=forecast");
    browser.waitFor(By.id("forecastOrgs"));
    List<JsonObject> orgs = json.getJsonArray("orgs").getValuesAs(JsonObject.class);
    List<WebElement> rows = browser.findAll(By.cssSelector("#forecastOrgs tbody tr"));
    assertEquals(orgs.size(), rows.size());
    for (int i = 0; i < orgs.size(); i++) {
      JsonObject o = orgs.get(i);
      WebElement row = rows.get(i);
      assertEquals(o.getString("code"), row.getAttribute("data-org"));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      same(kr(o, "actual"), Kronor.parse(cells.get(0).getText()));
      same(kr(o, "forecast"), Kronor.parse(cells.get(1).getText()));
      assertEquals(0, dec(o, "prognosis", "chargeback").compareTo(
          Kronor.parse(cells.get(2).getText())));
      assertEquals(0, dec(o, "prognosis", "allocation").compareTo(
          Kronor.parse(cells.get(3).getText())));
      same(kr(o, "prognosis"), Kronor.parse(cells.get(4).getText()));
      assertEquals(0, dec(o, "budget").compareTo(Kronor.parse(cells.get(5).getText())));
      assertEquals(0, dec(o, "deviation").compareTo(Kronor.parse(cells.get(7).getText())));
    }
    WebElement total = browser.find(By.cssSelector("#forecastOrgs tfoot tr"));
    assertEquals(0, dec(json.getJsonObject("total"), "prognosis", "binding").compareTo(
        Kronor.parse(total.findElements(By.tagName("td")).get(4).getText())));
    // the months are those of the org chosen (the same choice as the months part's)
    JsonObject gsf = orgs.stream().filter(o -> o.getString("code").equals("GSF")).findFirst()
        .orElseThrow();
    browser.choose("dash:forecastOrg", "Grundskoleförvaltningen");
    String december = "#forecastMonths tbody tr[data-month='2026-12'] td:nth-child(5)";
    BigDecimal gsfDecember = gsf.getJsonArray("months").getJsonObject(11)
        .getJsonObject("amounts").getJsonNumber("binding").bigDecimalValue();
    browser.waitUntil("GSF's months", () -> Kronor.parse(browser.find(By.cssSelector(december))
        .getText()).compareTo(gsfDecember) == 0);
    browser.waitFor(By.id("dash:budgetOrg"));
    browser.checkAccessibility("helårsprognos, controller");
  }

  private static void same(BigDecimal expected, BigDecimal shown) {
    assertEquals(0, expected.compareTo(shown), expected + " shown as " + shown);
  }

  private BigDecimal amount(By by) {
    return Kronor.parse(browser.text(by));
  }

  private static BigDecimal kr(JsonObject org, String figure) {
    return dec(org, figure, "binding");
  }

  private static BigDecimal dec(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private static BigDecimal dec(JsonObject o, String object, String name) {
    return o.getJsonObject(object).getJsonNumber(name).bigDecimalValue();
  }

  /** A GET with Basic auth as {@code it}, the way an API client calls the portal. */
  private JsonObject api(String path) throws Exception {
    String token = Base64.getEncoder().encodeToString("it:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create(portalBaseUrl() + "/" + path)).header("Authorization", "Basic " + token).GET()
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
      return r.readObject();
    }
  }
}
