package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 16: every data table of the pages the users named fits its box on a laptop (1366×768)
 * and on a phone (390×844): neither the page nor a table's box is wider than the window, except
 * a box that scrolls on purpose and keeps its first column in view (position: sticky). The
 * dashboard's column chooser hides and shows a model's columns; on a phone the main menu sits
 * behind a button that opens and closes it.
 */
class TablesFitBrowserIT extends BrowserTestBase {
  private static final int LAPTOP = 1366;
  private static final int PHONE = 390;

  /**
   * What does not fit, one line per table or page; empty when all fits. A table wider than its
   * box passes only inside a box that scrolls sideways and whose rows' first cells are sticky.
   */
  private static final String OVERFLOWS = """
      var problems = [];
      var doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth) {
        problems.push('the page is ' + doc.scrollWidth + ' px wide in ' + doc.clientWidth
            + ' px; widest: ' + Array.from(document.querySelectorAll('body *')).filter(function (e) {
              return e.getBoundingClientRect().right > doc.clientWidth + 1 && e.children.length === 0;
            }).slice(0, 5).map(function (e) {
              return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '
                  + Math.round(e.getBoundingClientRect().right);
            }).join(', '));
      }
      document.querySelectorAll('main table').forEach(function (table) {
        if (table.offsetParent === null) { return; }
        var name = table.id || (table.caption ? table.caption.textContent.trim() : table.className);
        var box = table.closest('.ui-datatable-tablewrapper, .tk-scroll') || table.parentElement;
        var right = box.getBoundingClientRect().right;
        if (right > doc.clientWidth + 1) {
          problems.push(name + ': its box ends at ' + Math.round(right) + ' px in ' + doc.clientWidth + ' px');
        }
        if (table.scrollWidth <= box.clientWidth + 1) { return; }
        var scrolls = ['auto', 'scroll'].indexOf(getComputedStyle(box).overflowX) >= 0;
        var firsts = Array.from(table.querySelectorAll(':scope > tbody > tr > :first-child'))
            .filter(function (c) { return c.offsetParent !== null; });
        var sticky = firsts.length > 0 && firsts.every(function (c) {
          return getComputedStyle(c).position === 'sticky';
        });
        if (!(scrolls && sticky)) {
          problems.push(name + ': ' + table.scrollWidth + ' px in a ' + box.clientWidth
              + ' px box (scrolls: ' + scrolls + ', sticky first column: ' + sticky + ')');
        }
      });
      return problems.join('; ');
      """;

  private void assertFits(String page) {
    for (int width : new int[] {LAPTOP, PHONE}) {
      browser.resize(width, width == LAPTOP ? 768 : 844);
      browser.waitUntil(page + " laid out at " + width + " px", () -> ((Number) browser.js(
          "return document.documentElement.clientWidth;")).intValue() <= width);
      assertEquals("", settledOverflows(), page + " at " + width + " px");
      browser.screenshot("tables-" + page + "-" + width + "px");
    }
    browser.resize(LAPTOP, 768);
  }

  /**
   * What overflows, once the layout has settled: the charts redraw at the new width a few
   * frames after the window changes (Chart.js's resize observer), so a canvas may still have
   * the old width when the window reports the new one. A real overflow stays and is returned
   * after five seconds.
   */
  private String settledOverflows() {
    long until = System.nanoTime() + 5_000_000_000L;
    String problems = (String) browser.js(OVERFLOWS);
    while (!problems.isEmpty() && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      problems = (String) browser.js(OVERFLOWS);
    }
    return problems;
  }

  private boolean shown(String css) {
    List<WebElement> cells = browser.findAll(By.cssSelector(css));
    return !cells.isEmpty() && cells.get(0).isDisplayed();
  }

  @Test
  void controllersTablesFitALaptopAndAPhone() {
    browser.resize(LAPTOP, 768);
    browser.login("it");

    browser.menu("Månadsbesked", "Ekonomichefsgruppens översikt");
    browser.waitFor(By.id("dashOrgs"));
    // The organisations' table opens with the binding model's figures and fits without scrolling.
    String allocationCost = "#dashOrgs th[data-col='ALLOCATION-cost']";
    String bindingPerEmployee = "#dashOrgs th[data-col='BINDING-perEmployee']";
    assertTrue(shown(bindingPerEmployee), "binding cost per employee is in view");
    assertFalse(shown(allocationCost), "the allocation model's columns wait for the chooser");
    assertTrue(((Number) browser.js("var t = document.getElementById('dashOrgs');"
        + " return t.scrollWidth - t.parentElement.clientWidth;")).intValue() <= 1,
        "the dashboard's default columns fit 1366 px without a sideways scroll");
    assertFits("dashboard");
    browser.checkAccessibility("dashboard, default columns");

    // The chooser adds the allocation model's five columns and takes them away again.
    browser.click(By.xpath("//label[normalize-space(.)='Solidarisk fördelning' and contains(@for, 'dash:columns')]"));
    browser.waitUntil("the allocation model's columns appear", () -> shown(allocationCost));
    assertEquals("IT-kostnad", browser.find(By.cssSelector(allocationCost)).getText().strip());
    assertFits("dashboard-with-allocation");
    browser.checkAccessibility("dashboard, allocation columns chosen");
    browser.click(By.xpath("//label[normalize-space(.)='Solidarisk fördelning' and contains(@for, 'dash:columns')]"));
    browser.waitUntil("the allocation model's columns go", () -> !shown(allocationCost));
    assertTrue(shown(bindingPerEmployee));
    // The other parts of the page, one at a time, fit too.
    for (String part : List.of("forecast", "months", "services")) {
      browser.click(By.cssSelector("#dashSections a[data-section='" + part + "']"));
      browser.waitUntil("the " + part + " part", () -> "page".equals(browser.find(By.cssSelector(
          "#dashSections a[data-section='" + part + "']")).getAttribute("aria-current")));
      assertFits("dashboard-" + part);
      browser.checkAccessibility("dashboard, " + part);
    }

    browser.menu("Beräkning och jämförelse", "Budgetväxling");
    browser.click(By.id("budget:show"));
    browser.waitFor(By.id("budget:administrations"));
    assertFits("budget");
    browser.checkAccessibility("budget proposal");

    browser.menu("Beräkning och jämförelse", "Tänk om (simulering)");
    browser.click(By.id("whatif:simulate"));
    browser.waitFor(By.id("whatif:orgs"));
    assertFits("whatif");
    browser.checkAccessibility("what-if result");

    browser.menu("Månadsbesked", "Alla förvaltningar och bolag");
    browser.select(By.id("pickMonth"), "2026-11");
    browser.click(By.id("show"));
    browser.waitFor(By.id("orgs"));
    assertFits("summary");
    browser.resize(PHONE, 844);
    // Stacked on a phone, each figure keeps its column's heading.
    assertEquals("Skillnad skarpt – skugga", browser.js("return document.querySelector('#orgs tbody tr td:nth-child(7)')"
        + ".getAttribute('data-label');"));
    browser.checkAccessibility("all organisations at 390 px");
    browser.resize(LAPTOP, 768);
  }

  @Test
  void statementAndServicePageFitALaptopAndAPhone() {
    browser.resize(LAPTOP, 768);
    browser.login("ekonom.gsf");
    browser.menu("Månadsbesked", "Månadsbesked");
    browser.select(By.id("pickMonth"), "2026-11");
    browser.click(By.id("show"));
    browser.waitForText(By.id("heading"), "2026-11");
    assertFits("statement");
    browser.resize(PHONE, 844);
    WebElement amount = browser.find(By.cssSelector("table.tk-area-table tbody td:nth-child(5)"));
    assertEquals("Belopp", amount.getAttribute("data-label"));
    assertTrue(amount.getRect().getX() + amount.getRect().getWidth()
        <= ((Number) browser.js("return document.documentElement.clientWidth;")).intValue(),
        "Belopp is in view without a sideways swipe");
    browser.checkAccessibility("statement at 390 px, stacked rows");
    browser.resize(LAPTOP, 768);

    browser.menu("Tjänstekatalog");
    browser.type(By.id("cat:text"), "Datorarbetsplats");
    browser.waitUntil("the search finds the service", () -> !browser.findAll(
        By.xpath("//*[@id='cat:table']//a[normalize-space(.)='Datorarbetsplats']")).isEmpty());
    browser.click(By.xpath("//*[@id='cat:table']//a[normalize-space(.)='Datorarbetsplats']"));
    browser.waitFor(By.id("compare"));
    assertFits("service");
    browser.checkAccessibility("service page");
  }

  @Test
  void phoneMenuOpensAndClosesBehindItsButton() {
    browser.resize(LAPTOP, 768);
    browser.login("personal.gsf");
    assertFalse(browser.driver().findElement(By.id("menuToggle")).isDisplayed(),
        "no menu button on a laptop");
    assertTrue(browser.find(By.id("menuForm")).isDisplayed());

    browser.resize(PHONE, 844);
    WebElement toggle = browser.find(By.id("menuToggle"));
    assertTrue(toggle.isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertFalse(browser.driver().findElement(By.id("menuForm")).isDisplayed(),
        "the menu is collapsed at 390 px");
    browser.checkAccessibility("phone, menu closed");

    // With the keyboard: the button takes the focus and Enter opens the menu.
    browser.tabTo(By.id("menuToggle"), 5);
    browser.press(Keys.ENTER);
    browser.waitUntil("the menu opens",
        () -> browser.driver().findElement(By.id("menuForm")).isDisplayed());
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertEquals("", browser.js(OVERFLOWS), "the open menu fits the phone");
    browser.checkAccessibility("phone, menu open");

    // Escape closes it and gives the focus back to the button; a click opens it again.
    browser.press(Keys.TAB);
    browser.press(Keys.ESCAPE);
    browser.waitUntil("the menu closes",
        () -> !browser.driver().findElement(By.id("menuForm")).isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertEquals("menuToggle", browser.focused().getAttribute("id"));
    browser.click(By.id("menuToggle"));
    browser.menu("Tjänstekatalog");
    browser.waitFor(By.id("cat:text"));
    browser.assertTitle("Tjänstekatalog");
  }
}
