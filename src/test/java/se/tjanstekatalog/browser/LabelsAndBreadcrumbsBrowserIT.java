package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16 items 7 and 13: the dashboard says per org which model binds in each service area
 * and why (the demo's Arbetsplats switches to solidarisk fördelning in July 2026; its pool
 * leaves bolag out), every portal page has breadcrumbs from its place in the menu, and the
 * catalogue list shows each service's price for the month.
 */
class LabelsAndBreadcrumbsBrowserIT extends BrowserTestBase {

  @Test
  void dashboardSaysPerAreaWhichModelBindsAForvaltningAndABolag() {
    browser.login("it");
    browser.menu("Månadsbesked", "Ekonomichefsgruppens översikt");
    browser.assertTitle("Ekonomichefsgruppens översikt");
    List<String> gsf = areaLines("GSF");
    assertTrue(gsf.contains(
        "Arbetsplats: Internfakturering 2026-01–2026-06, Solidarisk 2026-07–2026-12"),
        "GSF shares the Arbetsplats pool from July: " + gsf);
    List<String> boab = areaLines("BOAB");
    assertTrue(boab.contains("Arbetsplats: Internfakturering 2026-01–2026-06,"
        + " Internfakturering (bolag utanför pool) 2026-07–2026-12"),
        "BOAB, a bolag, stays outside the pool: " + boab);
    assertTrue(gsf.stream().filter(l -> !l.startsWith("Arbetsplats:"))
        .allMatch(l -> l.endsWith(": Internfakturering")),
        "every other area is on internfakturering: " + gsf);
    assertTrue(gsf.size() > 3, "one line per area: " + gsf);
    browser.checkAccessibility("dashboard, binding per area");

    // The breadcrumbs: Start (a link) › Månadsbesked (the menu section, text) › the page.
    assertEquals(List.of("Start", "Månadsbesked", "Ekonomichefsgruppens översikt"), crumbs());
    assertEquals(List.of("Start"), crumbLinks());
    assertEquals("Ekonomichefsgruppens översikt", current());
    browser.click(By.xpath("//nav[@aria-label='Brödsmulor']//a[normalize-space(.)='Start']"));
    browser.assertTitle("Start");
  }

  @Test
  void dashboardOfOneMonthNamesNoMonths() {
    browser.login("ekonom.gsf");
    browser.menu("Månadsbesked", "Ekonomichefsgruppens översikt");
    browser.assertTitle("Ekonomichefsgruppens översikt");
    browser.choose("dash:month", "2026-11");
    browser.click(By.id("dash:show"));
    browser.waitUntil("the month's lines", () -> areaLines("GSF").contains(
        "Arbetsplats: Solidarisk"));
    assertTrue(areaLines("BOAB").contains("Arbetsplats: Internfakturering (bolag utanför pool)"),
        areaLines("BOAB").toString());
    browser.checkAccessibility("dashboard of one month, binding per area");
  }

  @Test
  void catalogueListShowsPricesAndTheServiceHasBreadcrumbsBack() {
    browser.login("personal.gsf");
    browser.menu("Tjänstekatalog");
    browser.assertTitle("Tjänstekatalog");
    assertEquals(List.of("Start", "Tjänstekatalog"), crumbs());
    browser.type(By.id("cat:text"), "Datorarbetsplats");
    browser.waitUntil("the service found", () -> names().contains("Datorarbetsplats")
        && !names().contains("Elevdator"));
    WebElement row = browser.find(By.xpath("//*[@id='cat:table']//tbody/tr[.//a[normalize-space(.)"
        + "='Datorarbetsplats']]"));
    assertEquals("från 214,20 kr per användare och månad",
        text(row.findElement(By.cssSelector(".tk-price-summary"))));
    assertEquals(List.of("Bas: 214,20 kr", "Standard: 255,00 kr", "Utökad: 326,40 kr"),
        row.findElements(By.cssSelector(".tk-level-prices li")).stream().map(this::text)
            .toList());
    browser.checkAccessibility("catalogue with prices");

    browser.clickLink("Datorarbetsplats");
    browser.assertTitle("Datorarbetsplats");
    assertEquals(List.of("Start", "Tjänstekatalog", "Datorarbetsplats"), crumbs());
    assertEquals(List.of("Start", "Tjänstekatalog"), crumbLinks());
    assertEquals("Datorarbetsplats", current());
    browser.checkAccessibility("service page with breadcrumbs");
    browser.click(By.xpath("//nav[@aria-label='Brödsmulor']//a[normalize-space(.)="
        + "'Tjänstekatalog']"));
    browser.assertTitle("Tjänstekatalog");
    browser.waitFor(By.id("cat:text"));
  }

  private List<String> areaLines(String org) {
    return browser.findAll(By.cssSelector("tr[data-org='" + org + "'] td.tk-area-binding li"))
        .stream().map(this::text).toList();
  }

  private List<String> crumbs() {
    return browser.findAll(By.cssSelector("nav[aria-label='Brödsmulor'] li")).stream()
        .map(this::text).toList();
  }

  private List<String> crumbLinks() {
    return browser.findAll(By.cssSelector("nav[aria-label='Brödsmulor'] li a")).stream()
        .map(this::text).toList();
  }

  private String current() {
    List<WebElement> current = browser.findAll(
        By.cssSelector("nav[aria-label='Brödsmulor'] li[aria-current='page']"));
    assertEquals(1, current.size(), "one current crumb");
    List<WebElement> all = browser.findAll(By.cssSelector("nav[aria-label='Brödsmulor'] li"));
    assertEquals(all.get(all.size() - 1), current.get(0), "the current crumb is the last");
    assertTrue(current.get(0).findElements(By.tagName("a")).isEmpty(), "and not a link");
    return text(current.get(0));
  }

  private List<String> names() {
    return browser.findAll(By.cssSelector("[id='cat:table'] tbody a.tk-strong")).stream()
        .map(this::text).toList();
  }

  private String text(WebElement e) {
    return e.getText().replace('\u00a0', ' ').strip();
  }
}
