package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 18's pages as their readers open them from the menu, at desktop and phone width, with
 * axe and the Content-Security-Policy checked on each: the årsberättelse of the demo year and
 * next year's budgetunderlag, for the IT controller and for an ekonomichef.
 */
class FollowUpPagesBrowserIT extends BrowserTestBase {

  @Test
  void theControllerReadsTheAnnualReportOfTheDemoYear() {
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Årsberättelse");
    browser.showYear("annual:years", 2026);
    String binding = browser.text(By.id("wholeBinding"));
    assertTrue(Kronor.isSwedish(binding), binding);
    assertTrue(browser.text(By.id("coverage")).contains("2026"),
        browser.text(By.id("coverage")));
    browser.checkAccessibility("årsberättelse 2026");
    browser.resize(390, 844);
    browser.checkAccessibility("årsberättelse 2026, phone");
  }

  @Test
  void anEkonomichefReadsNextYearsBudgetBasis() {
    browser.login("ekonom.gsf");
    browser.menu("Beräkning och jämförelse", "Budgetunderlag");
    browser.waitFor(By.id("basis:orgs"));
    String orgs = browser.text(By.id("basis:orgs"));
    assertTrue(orgs.contains("GSF"), orgs);
    browser.checkAccessibility("budgetunderlag, ekonomichef");
    browser.resize(390, 844);
    browser.checkAccessibility("budgetunderlag, ekonomichef, phone");
  }

  @Test
  void theControllerOpensTheBudgetBasisWithItsPoolBudgetsAndPublishForm() {
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Budgetunderlag");
    browser.waitFor(By.id("basis:pools"));
    browser.waitFor(By.id("basis:publishName"));
    browser.checkAccessibility("budgetunderlag, controller");
  }
}
