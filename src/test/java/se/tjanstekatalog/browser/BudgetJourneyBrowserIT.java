package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The budgetunderlag's journey (issue 18's done-when): Grundskoleförvaltningen's ekonomichef
 * (ekonom.gsf) opens the budgetunderlag 2027, plans 12 more of its verksamhetssystem with a
 * comment and sees the line's new amount (planned volume × next year's price) and the org's
 * new binding total; another org's volumes are read only. Then the controller (it) publishes
 * v2 beside the demo's Budgetunderlag 2027 v1 and sees the difference to v1: GSF's
 * Systemförvaltning, by exactly the line's change, and nothing else. Axe checks each state.
 * On the demo as the portal made it ({@link BrowserPortal.DemoAsMade}); v2 and GSF's planned
 * volume stay (no other class reads the budget's versions; the next DemoAsMade class puts the
 * demo back).
 */
@ExtendWith(BrowserPortal.DemoAsMade.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetJourneyBrowserIT extends BrowserTestBase {
  private static final String SERVICE = "SYS-VERKS";
  private static final BigDecimal MORE = BigDecimal.valueOf(12);
  private static final String COMMENT = "Ett nytt elevhälsosystem kopplas in från januari.";
  private static final String SPACES = "[\\s\\u00a0\\u202f]+";

  /** The change of GSF's line that the ekonomichef made, in kronor. */
  private static BigDecimal change;

  @Test
  @Order(1)
  void theEkonomichefAdjustsAPlannedVolumeOfTheOwnOrg() {
    browser.login("ekonom.gsf");
    browser.menu("Beräkning och jämförelse", "Budgetunderlag");
    browser.waitFor(By.id("basis:volumes"));
    assertTrue(browser.text(By.id("basis:org_label")).startsWith("GSF"), "the own org first");
    BigDecimal bindingBefore = Kronor.parse(gsfBinding());

    int row = row(SERVICE);
    String planned = "basis:volumes:" + row + ":planned";
    BigDecimal volume = decimal(browser.find(By.id(planned)).getAttribute("value"));
    BigDecimal price = Kronor.parse(cell(row, 7));
    BigDecimal before = Kronor.parse(browser.text(By.id("basis:volumes:" + row + ":amount")));
    browser.type(By.id(planned), volume.add(MORE).toPlainString().replace('.', ','));
    browser.type(By.id("basis:volumes:" + row + ":comment"), COMMENT);
    browser.click(By.id("basis:volumes:" + row + ":save"));
    browser.waitForText(By.id("basis:messages"), "Sparat.");

    int after = row(SERVICE);
    BigDecimal expected = volume.add(MORE).multiply(price).setScale(2, RoundingMode.HALF_UP);
    assertEquals(Kronor.format(expected), browser.text(By.id("basis:volumes:" + after
        + ":amount")).replaceAll(SPACES, " "), "planned volume × next year's price");
    change = expected.subtract(before);
    assertTrue(change.signum() > 0, "12 more cost more: " + change);
    assertEquals(Kronor.format(bindingBefore.add(change)), gsfBinding().replaceAll(SPACES, " "),
        "GSF's binding total moves by the line's change (Systemförvaltning is internfakturering)");
    assertEquals(COMMENT, browser.find(By.id("basis:volumes:" + after + ":comment"))
        .getAttribute("value"));
    browser.checkAccessibility("budgetunderlag, ekonomichef, volym ändrad");

    // another org: the volumes are shown, nothing to change
    browser.choose("basis:org", "BOAB – Bostads AB");
    browser.waitForText(By.cssSelector("#basis\\:orgPart h2"), "BOAB");
    assertTrue(browser.findAll(By.cssSelector("[id$=':planned']")).isEmpty(),
        "no planned volume to change for another org");
    assertTrue(browser.findAll(By.cssSelector("[id$=':save']")).isEmpty(), "no save button");
    assertTrue(browser.findAll(By.id("basis:publish")).isEmpty(), "only the controller publishes");
    browser.checkAccessibility("budgetunderlag, ekonomichef, annan organisation");
    browser.logout();
  }

  @Test
  @Order(2)
  void theControllerPublishesV2AndSeesTheDifferenceToV1() {
    assertTrue(change != null, "the ekonomichef's step ran first");
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Budgetunderlag");
    browser.waitFor(By.id("basis:publishName"));
    assertEquals("Budgetunderlag 2027 v2", browser.find(By.id("basis:publishName"))
        .getAttribute("value"), "the demo published v1: the next is v2");
    browser.click(By.id("basis:publish"));
    browser.waitForText(By.id("basis:messages"), "Budgetunderlag 2027 v2 är publicerat.");
    browser.waitFor(By.id("basis:differences"));
    assertTrue(browser.text(By.id("basis:versionPart")).contains("Skillnader mot Budgetunderlag"
        + " 2027 v1"), browser.text(By.id("basis:versionPart")));

    List<WebElement> rows = browser.findAll(By.cssSelector("[id='basis:differences_data'] > tr"));
    assertEquals(1, rows.size(), "only GSF's change differs from v1: "
        + browser.text(By.id("basis:differences")));
    String text = rows.get(0).getText();
    assertTrue(text.contains("GSF – Grundskoleförvaltningen"), text);
    assertTrue(text.contains("Systemförvaltning"), text);
    assertEquals(Kronor.format(change), browser.text(By.id("basis:differences:0:diff"))
        .replaceAll(SPACES, " "), "the binding change is the ekonomichef's line change");
    browser.checkAccessibility("budgetunderlag, controller, v2 mot v1");

    // the versions stay readable: v1 chosen again shows its frozen lines and no predecessor
    browser.choose("basis:version", "Budgetunderlag 2027 v1 (2026-10-15)");
    browser.waitFor(By.id("basis:versionLines"));
    assertTrue(browser.text(By.id("basis:versionPart"))
        .contains("Första versionen: inget att jämföra med."));
    browser.checkAccessibility("budgetunderlag, controller, v1");
  }

  /** The row index of GSF's volume of the service in the volumes table. */
  private int row(String service) {
    List<WebElement> rows = browser.findAll(By.cssSelector("[id='basis:volumes_data'] > tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(service)) {
        return Integer.parseInt(rows.get(i).getAttribute("data-ri"));
      }
    }
    throw new AssertionError("No " + service + " line: " + browser.text(By.id("basis:volumes")));
  }

  /** The visible text of a volumes row's cell (1-based column). */
  private String cell(int row, int column) {
    return browser.find(By.xpath("//*[@id='basis:volumes_data']/tr[@data-ri='" + row + "']/td["
        + column + "]")).getText().strip();
  }

  /** GSF's binding total in the table of every org. */
  private String gsfBinding() {
    List<WebElement> rows = browser.findAll(By.cssSelector("[id='basis:orgs_data'] > tr"));
    for (WebElement r : rows) {
      if (r.getText().startsWith("GSF")) {
        return r.findElement(By.cssSelector("[id$=':binding']")).getText().strip();
      }
    }
    throw new AssertionError("No GSF in " + browser.text(By.id("basis:orgs")));
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text.replaceAll(SPACES, "").replace(',', '.'));
  }
}
