package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The shared IT nämnd's controller works in a kommun the nämnd serves with one login (issue
 * 19): logged in to Sjöstad, they press Öppna beside Ekby on Kommunerna and land on Ekby's
 * own address (Chromium sends {@code *.localhost} to the loopback address), logged in there,
 * where Ekby's pages and the nämnd's read-only catalogue answer; Sjöstad's session stays.
 */
class KommunHandoffBrowserIT extends BrowserTestBase {

  @Test
  void theNamndsControllerOpensEkbyFromKommunernaWithoutLoggingInAgain() {
    browser.login("it");
    browser.open("/costing/kommuner.xhtml?year=2026");
    browser.waitFor(By.id("openHelp"));
    browser.checkAccessibility("Kommunerna with Öppna");
    browser.click(By.id("kommunerForm:years:1:open"));
    browser.waitUntil("Ekby's start page", () -> browser.driver().getCurrentUrl()
        .startsWith("http://ekby.localhost:"));
    browser.waitFor(By.cssSelector(".tk-user-name"));
    assertTrue(browser.text(By.cssSelector(".tk-user-name")).contains("(IT-nämnden)"),
        browser.text(By.cssSelector(".tk-user-name")));
    assertTrue(browser.text(By.cssSelector(".tk-footer")).contains("Ekby kommun"));

    URI here = URI.create(browser.driver().getCurrentUrl());
    String ekby = here.getScheme() + "://" + here.getAuthority();
    browser.driver().get(ekby + "/costing/runs.xhtml");
    browser.settle();
    assertFalse(browser.driver().getCurrentUrl().contains("login"), "logged in to Ekby");
    browser.driver().get(ekby + "/catalogue/pricelists.xhtml");
    browser.waitFor(By.id("copyNotice"));
    browser.checkAccessibility("Ekby's price lists, the nämnd's copy");

    browser.open("/costing/runs.xhtml");
    assertFalse(browser.driver().getCurrentUrl().contains("login"), "still logged in to Sjöstad");
    assertEquals("Ivar Controller", browser.text(By.cssSelector(".tk-user-name")));
  }
}
