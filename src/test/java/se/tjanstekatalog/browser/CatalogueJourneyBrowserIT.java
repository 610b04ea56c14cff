package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 1: a förvaltning's employee (personal.gsf, VIEWER at Grundskoleförvaltningen) logs
 * in, searches the catalogue, opens a service, compares its levels and sees which level their
 * org has chosen. Only typing and clicking after the login page.
 */
class CatalogueJourneyBrowserIT extends BrowserTestBase {

  @Test
  void employeeFindsAServiceAndComparesItsLevels() {
    browser.open("/");
    browser.assertTitle("Logga in");
    browser.checkAccessibility("login");

    browser.login("personal.gsf");
    assertEquals("Medarbetare · Grundskoleförvaltningen",
        browser.text(By.cssSelector(".tk-user-role")));
    browser.checkAccessibility("start page (viewer)");

    browser.menu("Tjänstekatalog");
    browser.assertTitle("Tjänstekatalog");
    List<String> all = serviceNames();
    assertEquals(15, all.size(), "the first page lists 15 services: " + all);
    browser.checkAccessibility("catalogue");
    browser.screenshot("catalogue");

    browser.type(By.id("cat:text"), "dator");
    browser.waitUntil("the search narrows the list", () -> !serviceNames().contains("Lagring"));
    List<String> found = serviceNames();
    assertTrue(found.contains("Datorarbetsplats") && found.contains("Elevdator"),
        "the search finds the computers: " + found);
    assertTrue(found.size() < all.size(), "the search narrows the list: " + found);
    browser.checkAccessibility("catalogue, search results");

    browser.type(By.id("cat:text"), "finns inte i katalogen");
    browser.waitForText(By.id("cat:table"), "Inga tjänster matchar sökningen.");
    browser.checkAccessibility("catalogue, nothing found");

    browser.type(By.id("cat:text"), "Datorarbetsplats");
    browser.waitUntil("the service found", () -> serviceNames().contains("Datorarbetsplats")
        && !serviceNames().contains("Elevdator"));
    browser.clickLink("Datorarbetsplats");
    browser.assertTitle("Datorarbetsplats");
    assertEquals("Arbetsplats", browser.text(By.xpath("//dl[@id='facts']/dd[1]")));

    WebElement compare = browser.find(By.id("compare"));
    List<String> levels = compare.findElements(By.cssSelector("thead th")).stream()
        .map(e -> e.getText().strip()).toList();
    assertEquals("Åtagande", levels.get(0));
    assertEquals(List.of("Bas", "Standard", "Utökad"),
        levels.subList(1, levels.size()).stream().map(l -> l.replace(" (er nivå)", "")).toList());
    List<String> own = compare.findElements(By.cssSelector("thead th.tk-own")).stream()
        .map(e -> e.getText().strip()).toList();
    assertEquals(1, own.size(), "one level is marked as the org's own: " + levels);
    assertTrue(own.get(0).endsWith("(er nivå)"), own.get(0));

    assertEquals(List.of("Vardagar 08–17", "Vardagar 08–17", "Vardagar 07–19"), row(compare, "Supporttider"));
    assertEquals(List.of("24 h", "8 h", "4 h"), row(compare, "Åtgärdstid"));
    assertEquals(List.of("210,00 kr", "250,00 kr", "320,00 kr"), row(compare, "Självkostnad"));
    assertEquals(List.of("214,20 kr", "255,00 kr", "326,40 kr"), row(compare, "Pris"));
    browser.checkAccessibility("service page, level comparison");
    browser.screenshot("service-comparison");

    browser.menu("Valda nivåer");
    browser.waitForText(By.cssSelector("main"), "Datorarbetsplats");
    browser.checkAccessibility("chosen levels");
  }

  private List<String> serviceNames() {
    return browser.findAll(By.cssSelector("[id='cat:table'] tbody a.tk-strong")).stream()
        .map(e -> e.getText().strip()).toList();
  }

  private static List<String> row(WebElement table, String label) {
    WebElement tr = table.findElement(By.xpath(".//tbody/tr[th[normalize-space(.)="
        + Browser.xpathLiteral(label) + "]]"));
    return tr.findElements(By.tagName("td")).stream().map(e -> e.getText().strip()).toList();
  }
}
