package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 2: the IT organisation (it, IT_CONTROLLER) changes a price through a proposal and a
 * decision, imports a consumption file with an error (sees the report, nothing is saved),
 * imports a good one, computes the month and opens the comparison of the two models. All in
 * 2026-12, the demo's open month; the browser tests' portal has its own database.
 */
class ControllerJourneyBrowserIT extends BrowserTestBase {
  private static final String MONTH = "2026-12";

  @Test
  void controllerChangesAPriceImportsComputesAndCompares() throws Exception {
    browser.login("it");
    browser.checkAccessibility("start page (IT controller)");

    // A price change: IT-utbildning, Standard, cost 1 100 → 1 200 kr from 2026-12.
    browser.menu("Förvaltning av katalogen", "Förändringsförslag");
    browser.assertTitle("Förändringsförslag");
    browser.checkAccessibility("proposals");
    browser.click(By.id("list:newProposal"));
    browser.dialog("proposalDialog");
    browser.choose("proposalForm:kind", "Prisändring");
    browser.type(By.id("proposalForm:title"), "Dyrare IT-utbildning från december");
    browser.type(By.id("proposalForm:motivation"), "Nya lärarledda kurser.");
    browser.pickMonth("proposalForm:effective", YearMonth.parse(MONTH),
        By.cssSelector("[id='proposalDialog'] .ui-dialog-title"));
    browser.choose("proposalForm:level", "IT-utbildning – Standard");
    browser.type(By.id("proposalForm:cost"), "1200");
    browser.checkAccessibility("new proposal dialog");
    browser.click(By.id("proposalForm:create"));
    browser.waitForText(By.id("messages"),
        "Förslaget ”Dyrare IT-utbildning från december” har skapats som utkast.");
    assertEquals("Utkast", browser.text(By.id("selectedStatus")));
    browser.click(By.id("actions:submit"));
    browser.waitForText(By.id("selectedStatus"), "Under beredning");
    browser.type(By.id("actions:note"), "Beslutat av IT-chefen.");
    browser.click(By.id("actions:decide"));
    browser.waitForText(By.id("selectedStatus"), "Beslutat");
    browser.waitForText(By.id("messages"),
        "Förslaget ”Dyrare IT-utbildning från december” är beslutat och gäller från sin månad.");
    browser.checkAccessibility("proposal decided");

    // An import with an error: the report, and nothing saved.
    browser.menu("Förbrukning och kostnader", "Importera fil");
    browser.assertTitle("Importera förbrukning och kostnader");
    browser.checkAccessibility("import page");
    browser.type(By.id("tabs:importForm:source"), "webbtest");
    browser.uploadImport("tidrapport-med-fel-2026-12.csv");
    browser.waitFor(By.id("problemCount"));
    assertEquals("1", browser.text(By.id("problemCount")));
    WebElement problem = browser.find(By.cssSelector("[id='tabs:importForm:problems'] tbody tr"));
    String report = problem.getText();
    assertTrue(report.contains("39,75 h"), report);
    assertTrue(report.contains("Antal"), report);
    assertTrue(browser.findAll(By.id("tabs:importForm:confirm")).isEmpty(),
        "a file with errors cannot be saved");
    browser.checkAccessibility("import with an error, the report");
    browser.screenshot("import-error-report");
    browser.click(By.id("tabs:importForm:cancel"));
    browser.waitForText(By.id("messages"), "Importen avbröts. Inget sparades.");

    // The good file: preview at the month's prices (the new price counts), then save.
    browser.uploadImport("tidrapport-2026-12.csv");
    browser.waitFor(By.id("tabs:importForm:confirm"));
    assertEquals("0", browser.text(By.id("problemCount")));
    assertEquals("3", browser.text(By.id("rowCount")));
    assertEquals(MONTH, browser.text(By.id("period")));
    // 10 × 1 224,00 (1 200 + 2 %) + 39,75 × 938,40 + 25 × 1 071,00
    assertEquals("76 316,40 kr", browser.text(By.id("totalAmount")));
    assertTrue(rowText("tabs:importForm:lineTotals", "SUP-UTB").contains("12 240,00 kr"),
        rowText("tabs:importForm:lineTotals", "SUP-UTB"));
    browser.checkAccessibility("import preview");
    browser.click(By.id("tabs:importForm:confirm"));
    WebElement confirm = browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.waitUntil("the confirmation names rows and month",
        () -> confirm.getText().contains("Spara 3 rader för " + MONTH + "?"));
    browser.checkAccessibility("import, confirmation dialog");
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.waitFor(By.id("storedText"));
    String stored = browser.text(By.id("storedText"));
    assertTrue(stored.matches("Import #\\d+: 3 rader, 2026-12\\."), stored);
    browser.checkAccessibility("import saved");

    browser.click(By.xpath("//a[normalize-space(.)='Importhistorik']"));
    browser.waitFor(By.id("tabs:historyForm:history"));
    String history = browser.text(By.id("tabs:historyForm:history"));
    assertTrue(history.contains("tidrapport-2026-12.csv"), history);
    assertFalse(history.contains("tidrapport-med-fel-2026-12.csv"), "nothing of the bad file was saved");
    browser.checkAccessibility("import history");

    // Compute the month: the import made it stale.
    browser.menu("Beräkning och jämförelse", "Beräkna månader");
    browser.assertTitle("Beräkna månader");
    browser.showYear("runs:years", 2026);
    WebElement december = monthRow(MONTH);
    assertTrue(december.getText().contains("Indata ändrade – beräkna om"), december.getText());
    browser.checkAccessibility("costing runs, a stale month");
    browser.click(By.cssSelector("[aria-label='Beräkna " + MONTH + "']"));
    browser.waitForText(By.id("messages"), "Månaden " + MONTH + " är beräknad");
    december = monthRow(MONTH);
    assertFalse(december.getText().contains("Indata ändrade"), december.getText());
    List<String> cells = december.findElements(By.tagName("td")).stream()
        .map(td -> td.getText().replaceAll("^(Internfakturering|Solidarisk fördelning)\\s*", "").strip())
        .toList();
    String chargeback = cells.stream().filter(c -> c.endsWith(" kr")).findFirst().orElseThrow();
    assertTrue(Kronor.isSwedish(chargeback), chargeback);
    browser.click(By.cssSelector("[aria-label='Kontrollera " + MONTH + "']"));
    browser.waitForText(By.id("runs:verification"), "Omräkning ger samma resultat för " + MONTH);
    browser.checkAccessibility("costing runs, month computed and verified");

    // The comparison of the models for the month.
    browser.menu("Beräkning och jämförelse", "Jämförelse av modellerna");
    browser.assertTitle("Jämförelse av modellerna");
    browser.pickMonth("cmp:from", YearMonth.parse(MONTH), By.tagName("h1"));
    browser.pickMonth("cmp:to", YearMonth.parse(MONTH), By.tagName("h1"));
    browser.click(By.id("cmp:show"));
    browser.waitForText(By.id("heading"), "Alla tjänsteområden, " + MONTH + " – " + MONTH);
    List<WebElement> orgRows = browser.findAll(By.cssSelector("[id='cmp:orgs_data'] > tr"));
    assertEquals(18, orgRows.size(), "14 förvaltningar and 4 bolag");
    BigDecimal chargebackSum = BigDecimal.ZERO;
    for (WebElement row : orgRows) {
      List<WebElement> tds = row.findElements(By.tagName("td"));
      String amount = cellValue(tds.get(5));
      assertTrue(Kronor.isSwedish(amount), amount);
      chargebackSum = chargebackSum.add(Kronor.parse(amount));
    }
    List<String> footer = browser.findAll(By.cssSelector("[id='cmp:orgs'] tfoot td")).stream()
        .map(e -> e.getText().strip()).toList();
    assertEquals("Summa", footer.get(0));
    assertEquals(Kronor.format(chargebackSum), footer.get(5), "the sum row adds up the orgs");
    assertEquals(chargeback, footer.get(5),
        "the comparison's internfakturering is the month's computed total");
    assertTrue(rowText("cmp:orgs", "GSF").contains("Grundskoleförvaltningen"));
    browser.waitFor(By.cssSelector("[id='cmp:differenceChart'] canvas"));
    browser.checkAccessibility("model comparison with charts");
    browser.screenshot("model-comparison");
  }



  private WebElement monthRow(String month) {
    return browser.find(By.xpath("//*[@id='runs:months_data']/tr[.//a[normalize-space(.)='"
        + month + "']]"));
  }

  private String rowText(String tableId, String contains) {
    return browser.find(By.xpath("//*[@id='" + tableId + "_data']/tr[contains(normalize-space(.), "
        + Browser.xpathLiteral(contains) + ")]")).getText();
  }

  /** A reflow table cell holds its column title for phones; the value is the rest. */
  private static String cellValue(WebElement td) {
    List<WebElement> title = td.findElements(By.cssSelector(".ui-column-title"));
    String text = td.getText().strip();
    return title.isEmpty() ? text : text.substring(title.get(0).getText().length()).strip();
  }
}
