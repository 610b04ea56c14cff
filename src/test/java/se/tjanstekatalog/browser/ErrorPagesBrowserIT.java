package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The errors a person can meet, each provoked in the browser: a missing page, a forbidden page,
 * an expired session and a server error (the database goes away). Each gives a Swedish page
 * with a way back and no stack trace, and passes axe.
 */
class ErrorPagesBrowserIT extends BrowserTestBase {

  @Test
  void missingPage() {
    browser.login("personal.gsf");
    browser.open("/tjanster/finns-inte.xhtml");
    assertErrorPage("Sidan finns inte", "Sidan du söker finns inte. Kontrollera adressen.");
    browser.checkAccessibility("error page 404");
    followWayBack();
  }

  @Test
  void forbiddenPage() {
    browser.login("personal.gsf");
    browser.open("/costing/runs.xhtml");
    assertErrorPage("Ingen behörighet", "Du har inte behörighet att se den här sidan.");
    browser.checkAccessibility("error page 403");
    followWayBack();
  }

  @Test
  void expiredSession() {
    browser.login("personal.gsf");
    browser.menu("Tjänstekatalog");
    // The server forgets the session (timeout, restart): the browser still sends the old cookie.
    Cookie old = browser.driver().manage().getCookieNamed("JSESSIONID");
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.driver().manage().addCookie(new Cookie.Builder("JSESSIONID", "utgangen" + old.getValue())
        .path(old.getPath()).isHttpOnly(true).build());
    browser.type(By.id("cat:text"), "dator");
    browser.waitFor(By.id("login:username"));
    browser.assertTitle("Logga in");
    assertTrue(browser.text(By.cssSelector("main")).contains("Din session har gått ut. Logga in igen."),
        browser.text(By.cssSelector("main")));
    assertNoStackTrace();
    browser.checkAccessibility("login after an expired session");
    browser.type(By.id("login:username"), "personal.gsf");
    browser.type(By.id("login:password"), "demo");
    browser.click(By.id("login:submit"));
    browser.waitFor(By.cssSelector(".tk-user-name"));
  }

  @Test
  void serverError() {
    browser.login("personal.gsf");
    BrowserPortal.withDatabaseStopped(() -> {
      browser.menu("Tjänstekatalog");
      assertErrorPage("Något gick fel", "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta IT.");
      browser.checkAccessibility("error page 500");
    });
    followWayBack();
  }

  private void assertErrorPage(String title, String text) {
    browser.assertTitle(title);
    assertEquals(title, browser.text(By.tagName("h1")));
    assertEquals(text, browser.text(By.id("errorText")));
    assertEquals("sv", browser.find(By.tagName("html")).getAttribute("lang"));
    assertNoStackTrace();
  }

  private void assertNoStackTrace() {
    String shown = browser.text(By.tagName("body"));
    assertFalse(shown.matches("(?s).*(Exception|Caused by|\\bat [a-z]+\\.[a-zA-Z.$]+\\().*"),
        "no stack trace on the page: " + shown);
    assertFalse(browser.driver().getPageSource().contains("at se.tjanstekatalog."),
        "no stack trace hidden in the page");
  }

  private void followWayBack() {
    browser.clickLink("Till startsidan");
    browser.assertTitle("Start");
  }
}
