package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The page help and the glossary as a controller meets them on *Modellplan*: the "?" beside
 * the title opens the help (aria-expanded), Escape closes it, its link leads to the glossary;
 * a glossary word shows its explanation on hover and on keyboard focus. And the Excel link of
 * *Förbrukning per månad* saves a workbook.
 */
class HelpAndGlossaryBrowserIT extends BrowserTestBase {
  private static final By TOGGLE = By.id("tk-help-toggle");
  private static final By HELP_TEXT = By.id("tk-help-text");

  @Test
  void helpOpensBesideTheTitleAndLeadsToTheGlossary() {
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Modellplan");
    browser.assertTitle("Modellplan");
    WebElement toggle = browser.find(By.cssSelector("main .tk-title-row > h1 + #tk-help-toggle"));
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertEquals("Hjälp om sidan", toggle.getAttribute("aria-label"));
    assertFalse(browser.driver().findElement(HELP_TEXT).isDisplayed(), "help hidden at first");

    browser.click(TOGGLE);
    assertEquals("true", browser.find(TOGGLE).getAttribute("aria-expanded"));
    assertTrue(browser.text(HELP_TEXT).contains("Modellplanen säger för varje tjänsteområde"),
        browser.text(HELP_TEXT));
    browser.checkAccessibility("model plan, help open");
    browser.screenshot("help-open");

    browser.press(Keys.ESCAPE);
    assertEquals("false", browser.find(TOGGLE).getAttribute("aria-expanded"));
    assertFalse(browser.driver().findElement(HELP_TEXT).isDisplayed(), "Escape closes the help");
    assertEquals(toggle, browser.focused(), "the focus stays on the button");

    browser.press(Keys.ENTER);
    browser.clickLink("Ordlista: vad betyder orden?");
    browser.assertTitle("Ordlista");
    List<String> terms = browser.findAll(By.cssSelector("#glossary dt")).stream()
        .map(e -> e.getText().strip()).toList();
    assertEquals(List.of("Skarp", "Skugga", "Internfakturering", "Solidarisk fördelning", "Pool",
        "Fördelningsnyckel", "Täckningsgrad", "Budgetväxling"), terms);
    browser.checkAccessibility("glossary");
  }

  @Test
  void aTermExplainsItselfOnHoverAndOnFocus() {
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Modellplan");
    WebElement binding = browser.find(By.cssSelector(".tk-legend .tk-term[data-tk-term='binding']"));
    WebElement tip = browser.driver().findElement(
        By.id(binding.getAttribute("aria-describedby")));
    assertEquals("tooltip", tip.getAttribute("role"));
    assertFalse(tip.isDisplayed(), "no tooltip before the pointer comes");

    new Actions(browser.driver()).moveToElement(binding).perform();
    browser.waitUntil("the tooltip on hover", tip::isDisplayed);
    assertTrue(tip.getText().startsWith("Den modell som gäller och bokförs"), tip.getText());
    assertEquals("dotted", binding.getCssValue("text-decoration-style"));
    browser.checkAccessibility("model plan, tooltip on hover");
    browser.screenshot("glossary-tooltip");
    new Actions(browser.driver()).moveToElement(browser.find(By.id("timelineHeading")))
        .perform();
    browser.waitUntil("the tooltip leaves with the pointer", () -> !tip.isDisplayed());

    WebElement chargeback = browser.find(
        By.cssSelector(".tk-legend .tk-term[data-tk-term='chargeback']"));
    browser.tabTo(By.cssSelector(".tk-legend .tk-term[data-tk-term='chargeback']"), 80);
    WebElement chargebackTip = browser.driver().findElement(
        By.id(chargeback.getAttribute("aria-describedby")));
    assertTrue(chargebackTip.isDisplayed(), "the tooltip on keyboard focus");
    assertTrue(chargebackTip.getText().startsWith("Organisationen betalar för det den använder"));
    browser.press(Keys.ESCAPE);
    assertFalse(chargebackTip.isDisplayed(), "Escape hides the tooltip");
  }

  @Test
  void consumptionOverviewSavesAnExcelWorkbook() {
    browser.login("it");
    browser.menu("Förbrukning och kostnader", "Förbrukning per månad");
    Path file = browser.download(By.id("overview:xlsx"));
    assertTrue(file.getFileName().toString().matches("forbrukning-\\d{4}-\\d{2}\\.xlsx"),
        file.toString());
    browser.checkAccessibility("consumption overview with its Excel link");
  }
}
