package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The catalogue search with the keyboard alone (Tab, typing, Enter: no arrow key, no mouse),
 * and the catalogue and a månadsbesked at a phone's width (390 px) without the page scrolling
 * sideways (wide tables scroll inside their own box, the page does not).
 */
class KeyboardAndPhoneBrowserIT extends BrowserTestBase {

  @Test
  void catalogueSearchWithTabAndEnterOnly() {
    browser.open("/");
    // The login form: the first Tab reaches the skip link, then the fields.
    browser.press(Keys.TAB);
    assertEquals("Hoppa till innehållet", browser.focused().getText().strip());
    browser.tabTo(By.id("login:username"), 5);
    browser.press("personal.gsf");
    browser.press(Keys.TAB);
    assertEquals("login:password", browser.focused().getAttribute("id"));
    browser.press("demo", Keys.ENTER);
    browser.waitFor(By.cssSelector(".tk-user-name"));

    // The skip link leads past the menu to the page; the start page's catalogue link opens it.
    browser.press(Keys.TAB);
    assertEquals("Hoppa till innehållet", browser.focused().getText().strip());
    browser.press(Keys.ENTER);
    browser.tabTo(By.id("catalogueLink"), 5);
    browser.press(Keys.ENTER);
    browser.waitFor(By.id("cat:text"));
    browser.assertTitle("Tjänstekatalog");

    browser.press(Keys.TAB);
    assertEquals("Hoppa till innehållet", browser.focused().getText().strip());
    browser.press(Keys.ENTER);
    int presses = browser.tabTo(By.id("cat:text"), 5);
    assertTrue(presses <= 5, "the search field comes right after the skip link's target");
    browser.press("Elevdator");
    browser.waitUntil("the search narrows the list", () -> browser.findAll(
        By.cssSelector("[id='cat:table'] tbody a.tk-strong")).size() == 1);
    browser.tabTo(By.linkText("Elevdator"), 25);
    browser.press(Keys.ENTER);
    browser.waitFor(By.id("compare"));
    browser.assertTitle("Elevdator");
    browser.checkAccessibility("service page reached by keyboard");
  }

  @Test
  void catalogueFitsAPhoneWithoutScrollingSideways() {
    browser.login("personal.gsf");
    browser.resize(390, 844);
    // At phone width the menu sits behind its button: open it as a person would.
    browser.click(By.id("menuToggle"));
    browser.menu("Tjänstekatalog");
    browser.waitFor(By.id("cat:text"));
    browser.type(By.id("cat:text"), "dator");
    browser.waitUntil("the search narrows the list", () -> browser.findAll(
        By.cssSelector("[id='cat:table'] tbody a.tk-strong")).size() < 15);
    long viewport = ((Number) browser.js("return document.documentElement.clientWidth;")).longValue();
    long page = ((Number) browser.js("return document.documentElement.scrollWidth;")).longValue();
    assertTrue(page <= viewport, "the page is " + page + " px wide in a " + viewport + " px window");
    browser.checkAccessibility("catalogue at 390 px");
    browser.screenshot("catalogue-390px");
  }

  @Test
  void statementFitsAPhoneWithoutScrollingSideways() {
    browser.login("ekonom.gsf");
    browser.resize(390, 844);
    // At phone width the menu sits behind its button: open it as a person would.
    browser.click(By.id("menuToggle"));
    browser.menu("Månadsbesked", "Månadsbesked");
    browser.select(By.id("pickMonth"), "2026-11");
    browser.click(By.id("show"));
    browser.waitForText(By.id("heading"), "2026-11");
    assertTrue(Kronor.isSwedish(browser.text(By.id("toPay"))), browser.text(By.id("toPay")));
    long viewport = ((Number) browser.js("return document.documentElement.clientWidth;")).longValue();
    long page = ((Number) browser.js("return document.documentElement.scrollWidth;")).longValue();
    assertTrue(page <= viewport, "the statement is " + page + " px wide in a " + viewport
        + " px window; widest: " + browser.js("var w = document.documentElement.clientWidth;"
        + " return Array.from(document.querySelectorAll('body *')).filter(e =>"
        + " e.getBoundingClientRect().right > w + 1 && !e.closest('.tk-scroll'))"
        + ".slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
    browser.checkAccessibility("statement at 390 px");
    browser.screenshot("statement-390px");
  }
}
