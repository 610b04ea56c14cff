package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The utvecklingsplan's journey (issue 18 part 3): the IT controller reports a quarter's status
 * for one of the demo's initiatives on the edit page, and a viewer of a förvaltning sees it in
 * the quarterly follow-up and as the initiative's latest status on the plan; axe and the
 * Content-Security-Policy on each page, the plan also at phone width. The demo's status is put
 * back through the same form at the end.
 */
class DevelopmentPlanBrowserIT extends BrowserTestBase {
  private static final String INITIATIVE = "Informationssäkerhetslyft";
  private static final String DEMO_TEXT = "Sista utbildningarna i november.";

  @Test
  void theControllerReportsAQuarterAndAViewerSeesIt() {
    String marker = "Utbildningarna flyttade till januari " + System.nanoTime();
    browser.login("it");
    browser.menu("Utvecklingsplan", "Redigera utvecklingsplan");
    browser.showYear("edit:years", 2026);
    browser.checkAccessibility("utvecklingsplan, redigera");
    reportQ4("Försenat", marker);
    bookAndRemoveACost();
    setAndRemoveABenefit();
    browser.logout();

    browser.login("personal.gsf");
    browser.menu("Utvecklingsplan", "Uppföljning per kvartal");
    browser.showYear("quarters:years", 2026);
    String q4 = browser.text(By.id("quarterTable-4"));
    assertTrue(q4.contains(INITIATIVE) && q4.contains("Försenat") && q4.contains(marker), q4);
    browser.checkAccessibility("utvecklingsplan, kvartal, läsare");
    browser.menu("Utvecklingsplan", "Utvecklingsplan");
    browser.showYear("plan:years", 2026);
    String initiatives = browser.text(By.id("initiatives"));
    assertTrue(initiatives.contains("2026 K4: Försenat – " + marker), initiatives);
    assertTrue(Kronor.isSwedish(browser.text(By.id("budget"))),
        browser.text(By.id("budget")));
    assertTrue(browser.findAll(By.id("plan:editLink")).isEmpty(), "no edit link for a viewer");
    browser.checkAccessibility("utvecklingsplan, läsare");
    browser.resize(390, 844);
    browser.checkAccessibility("utvecklingsplan, läsare, phone");
    browser.logout();

    // the demo as it was
    browser.resize(Browser.DESKTOP_WIDTH, 900);
    browser.login("it");
    browser.open("/devplan/edit.xhtml?year=2026");
    reportQ4("Enligt plan", DEMO_TEXT);
  }

  /** A cost booked on the page shows in the list; its button removes it again. */
  private void bookAndRemoveACost() {
    String text = "Felbokad konsultfaktura " + System.nanoTime();
    browser.choose("edit:costInitiative", INITIATIVE);
    browser.type(By.id("edit:costDate"), "2026-11-30");
    browser.type(By.id("edit:costAmount"), "12 345,67");
    browser.type(By.id("edit:costText"), text);
    browser.click(By.id("edit:addCost"));
    browser.waitForText(By.id("messages"), "Kostnaden är bokförd.");
    By row = By.xpath("//table[@id='costs']//tr[td[normalize-space(.)='" + text + "']]");
    String shown = browser.find(row).getText().replace('\u00a0', ' ');
    assertTrue(shown.contains("12 345,67 kr"), shown);
    browser.checkAccessibility("utvecklingsplan, redigera, kostnad bokförd");
    browser.click(By.xpath("//table[@id='costs']//tr[td[normalize-space(.)='" + text
        + "']]//button"));
    browser.waitForText(By.id("messages"), "Kostnaden är borttagen.");
    assertTrue(browser.findAll(row).isEmpty(), "removed from the list");
  }

  /** A benefit set on the page shows in the list of benefits; its button removes it again. */
  private void setAndRemoveABenefit() {
    browser.choose("edit:benefitInitiative", INITIATIVE);
    browser.choose("edit:benefitOrg", "Kulturförvaltningen (KF)");
    browser.type(By.id("edit:expectedKr"), "54 321");
    browser.type(By.id("edit:expectedHours"), "12,5");
    browser.type(By.id("edit:realisedKr"), "0");
    browser.type(By.id("edit:realisedHours"), "0");
    browser.click(By.id("edit:saveBenefit"));
    browser.waitForText(By.id("messages"), "Effekten är sparad.");
    By row = By.xpath("//table[@id='benefits']//tr[th[normalize-space(.)='" + INITIATIVE
        + "'] and td[normalize-space(.)='Kulturförvaltningen (KF)']]");
    String shown = browser.find(row).getText().replace('\u00a0', ' ');
    assertTrue(shown.contains("54 321,00 kr") && shown.contains("12,5"), shown);
    browser.checkAccessibility("utvecklingsplan, redigera, effekt sparad");
    browser.click(By.xpath("//table[@id='benefits']//tr[th[normalize-space(.)='" + INITIATIVE
        + "'] and td[normalize-space(.)='Kulturförvaltningen (KF)']]//button"));
    browser.waitForText(By.id("messages"), "Effekten är borttagen.");
    assertTrue(browser.findAll(row).isEmpty(), "removed from the list");
  }

  private void reportQ4(String status, String text) {
    browser.choose("edit:statusInitiative", INITIATIVE);
    browser.choose("edit:statusQuarter", "2026 K4");
    browser.choose("edit:status", status);
    browser.type(By.id("edit:statusText"), text);
    browser.click(By.id("edit:saveStatus"));
    browser.waitForText(By.id("messages"), "Statusen för 2026 K4 är sparad.");
  }
}
