package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.tjanstekatalog.accounting.SieReader;

/**
 * Journey 3, issue 8: the ekonomichef of Grundskoleförvaltningen (ekonom.gsf) opens the
 * preliminary statement of 2026-11, comments on a line, the IT controller (it) answers and
 * closes the thread, the
 * ekonomichef approves with Tab and Enter alone and downloads the PDF; then it marks the month
 * Granskad with a reason, locks it through the confirm dialog and downloads the SIE file and
 * the ZIP of every statement; the bolag's ekonomichef (ekonom.bostad) sees VAT and the invoice
 * basis of the locked month. The steps depend on each other and run in order, on the demo as
 * the portal made it ({@link BrowserPortal.DemoAsMade}: put back if another class ran before).
 */
@ExtendWith(BrowserPortal.DemoAsMade.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatementJourneyBrowserIT extends BrowserTestBase {
  private static final String MONTH = "2026-11";
  /** Spaces of any kind (kronor are grouped with no-break spaces on the page). */
  private static final String SPACES = "[\\s\\u00a0\\u202f]+";
  private static final String COMMENT = "Lagringen är högre än vi beställt. Stämmer antalet?";
  private static final String ANSWER = "Antalet är rätt: två nya filytor i oktober. Se beställningen.";

  /** What ekonom.gsf saw as "Att betala" in the first step; the PDF and SIE must agree. */
  private static String toPay;

  @Test
  @Order(1)
  void financeOpensTheStatementAndCommentsOnALine() {
    browser.login("ekonom.gsf");
    openStatement(MONTH);
    assertEquals("Grundskoleförvaltningen (GSF) – " + MONTH, browser.text(By.id("heading")));
    assertEquals("Preliminär", browser.text(By.id("status")));
    toPay = browser.text(By.id("toPay"));
    assertTrue(Kronor.isSwedish(toPay), toPay);

    // Att betala = the areas' subtotals + the pooled total (+ adjustments booked in the month).
    List<WebElement> subtotals = browser.findAll(
        By.xpath("//*[@id='statement']//table[not(@id)]/tfoot//td"));
    assertFalse(subtotals.isEmpty(), "the statement has area subtotals");
    BigDecimal sum = BigDecimal.ZERO;
    for (WebElement td : subtotals) {
      String amount = td.getText().strip();
      assertTrue(Kronor.isSwedish(amount), amount);
      sum = sum.add(Kronor.parse(amount));
    }
    String pooled = browser.text(By.cssSelector("[id='pooled'] tfoot td"));
    assertTrue(Kronor.isSwedish(pooled), pooled);
    sum = sum.add(Kronor.parse(pooled));
    for (WebElement adj : browser.findAll(By.cssSelector("[id='adjustments'] tfoot td.tk-num"))) {
      sum = sum.add(Kronor.parse(adj.getText().strip()));
    }
    assertEquals(Kronor.format(sum), toPay.replaceAll(SPACES, " "),
        "Att betala is the sum of the area subtotals and the pooled total");
    assertEquals(toPay, browser.text(By.id("bindingTotal")));
    browser.checkAccessibility("statement, preliminary (ORG_FINANCE)");
    browser.screenshot("statement");

    browser.clickLink("Granska och godkänn");
    browser.assertTitle("Granskning av månadsbesked");
    assertEquals(MONTH, browser.text(By.id("month")));
    assertEquals("Preliminär", browser.text(By.id("status")));
    assertTrue(browser.text(By.id("myState")).contains("Inte svarat"), browser.text(By.id("myState")));
    browser.checkAccessibility("review, before commenting");
    WebElement line = browser.find(By.cssSelector("[id='review:lines_data'] > tr"));
    String label = line.findElement(By.tagName("td")).getText()
        .replaceFirst("^Rad\\s*", "").strip();
    browser.click(By.id("review:lines:0:comment"));
    browser.waitFor(By.id("review:lines:0:text"));
    browser.checkAccessibility("review, writing a comment");
    browser.type(By.id("review:lines:0:text"), COMMENT);
    browser.click(By.id("review:lines:0:send"));
    browser.waitForText(By.id("messages"), "Kommentaren är sparad.");
    String threads = browser.text(By.id("review:threads"));
    assertTrue(threads.contains(COMMENT), threads);
    assertTrue(threads.contains(label), "the thread names the line '" + label + "': " + threads);
    assertTrue(threads.contains("Öppen"), threads);
    assertTrue(browser.text(By.id("myState")).contains("Öppna kommentarer"),
        browser.text(By.id("myState")));
    browser.checkAccessibility("review, comment sent");
  }

  @Test
  @Order(2)
  void controllerAnswersTheThread() {
    browser.login("it");
    openPeriods();
    WebElement november = monthRow(MONTH);
    november.findElement(By.linkText("Granskning")).click();
    browser.settle();
    browser.assertTitle("Granskning av månadsbesked");
    assertEquals(MONTH, browser.text(By.id("month")));
    WebElement thread = threadRow(COMMENT);
    assertTrue(thread.getText().contains("GSF"), thread.getText());
    assertTrue(thread.getText().contains("Eva Ekonom"), "the author by name: " + thread.getText());
    thread.findElement(By.xpath(".//button[starts-with(@aria-label, 'Svara')]")).click();
    browser.settle();
    By answer = By.cssSelector("[id^='review:threads:'][id$=':text']");
    browser.waitFor(answer);
    browser.type(answer, ANSWER);
    browser.checkAccessibility("review, controller answering");
    browser.click(By.cssSelector("[id^='review:threads:'][id$=':send']"));
    browser.waitForText(By.id("messages"), "Kommentaren är sparad.");
    String text = threadRow(COMMENT).getText();
    assertTrue(text.contains(ANSWER), text);
    assertTrue(text.contains("Ivar Controller "), "the answer is signed by it: " + text);
    browser.checkAccessibility("review, controller answered");
    browser.screenshot("review");
    // The question is settled: the controller closes the thread.
    threadRow(COMMENT).findElement(By.xpath(".//button[starts-with(@aria-label, 'Stäng')]")).click();
    browser.settle();
    browser.waitForText(By.id("messages"), "Kommentaren är stängd.");
    assertTrue(threadRow(COMMENT).getText().contains("Stängd"), threadRow(COMMENT).getText());
  }

  @Test
  @Order(3)
  void financeSeesTheAnswerApprovesByKeyboardAndDownloadsThePdf() throws IOException {
    browser.login("ekonom.gsf");
    openStatement(MONTH);
    // From the statement to the review with the keyboard alone.
    browser.tabTo(By.id("reviewLink"), 40);
    browser.press(Keys.ENTER);
    browser.waitFor(By.id("review:threads"));
    browser.assertTitle("Granskning av månadsbesked");
    String threads = threadRow(COMMENT).getText();
    assertTrue(threads.contains(ANSWER), "ekonom.gsf sees the answer: " + threads);
    assertTrue(threads.contains("Stängd"), threads);

    // Approval by Tab and Enter only: no mouse, no arrow keys.
    int presses = browser.tabTo(By.id("review:approve"), 25);
    assertTrue(presses <= 10, "the approve button is near the top: " + presses + " Tabs");
    browser.press(Keys.ENTER);
    browser.waitForText(By.id("messages"), "Månadsbeskedet för " + MONTH + " är godkänt.");
    String state = browser.text(By.id("myState"));
    assertTrue(state.matches("Din organisations svar: Godkänt \\(ekonom\\.gsf \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)"),
        state);
    assertTrue(browser.findAll(By.id("review:approve")).isEmpty(), "approved once");
    browser.checkAccessibility("review, approved by keyboard");

    // The statement as PDF, downloaded from the page.
    openStatement(MONTH);
    Path pdf = browser.download(By.id("exportPdf"));
    assertTrue(pdf.getFileName().toString().endsWith(".pdf"), pdf.toString());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    String normalised = text.replaceAll(SPACES, " ");
    assertTrue(normalised.contains("Grundskoleförvaltningen"), text);
    assertTrue(normalised.contains(toPay.replaceAll(SPACES, " ")),
        "the PDF shows Att betala " + toPay + ": " + text);
  }

  @Test
  @Order(4)
  void controllerLocksTheMonthAndDownloadsTheJournalAndAllStatements() throws IOException {
    browser.login("it");
    openPeriods();
    assertTrue(monthRow(MONTH).getText().contains("Preliminär"), monthRow(MONTH).getText());
    assertTrue(monthRow(MONTH).getText().contains("Godkänt: 6 · Kommenterat: 1 · Inte svarat: 11"),
        monthRow(MONTH).getText());
    browser.checkAccessibility("period overview, 2026-11 preliminary");

    // Without a reason the month cannot be marked: orgs have not approved, comments are open.
    browser.click(By.cssSelector("[aria-label='Markera granskad " + MONTH + "']"));
    browser.waitFor(By.cssSelector("[id='messages'] .ui-messages-error"));
    String error = browser.text(By.id("messages"));
    assertTrue(error.contains("har inte godkänt " + MONTH) || error.contains("öppna kommentarer"),
        error);
    assertTrue(monthRow(MONTH).getText().contains("Preliminär"), "nothing changed");
    browser.checkAccessibility("period overview, reason missing (error)");

    browser.type(By.id("periods:months:10:reason"), // November's row
        "Tolv organisationer har inte svarat och SBK:s fråga om lagring utreds; beloppen är kontrollerade.");
    browser.click(By.cssSelector("[aria-label='Markera granskad " + MONTH + "']"));
    browser.waitForText(By.id("messages"), "Perioden " + MONTH + " har nu status Granskad.");
    assertTrue(monthRow(MONTH).getText().contains("Granskad"), monthRow(MONTH).getText());

    browser.click(By.cssSelector("[aria-label='Lås (fastställ) " + MONTH + "']"));
    WebElement confirm = browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.waitUntil("the lock is confirmed first",
        () -> confirm.getText().contains("En låst månad kan aldrig ändras eller öppnas igen."));
    browser.checkAccessibility("period overview, lock confirmation dialog");
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.waitForText(By.id("messages"), "Perioden " + MONTH + " har nu status Låst.");
    assertTrue(monthRow(MONTH).getText().contains("Låst"), monthRow(MONTH).getText());
    String history = browser.text(By.id("periods:history"));
    assertTrue(history.contains("SBK:s fråga om lagring utreds"), "the reason is kept: " + history);
    browser.checkAccessibility("period overview, 2026-11 locked");
    browser.screenshot("period-overview");

    // The SIE journal of the locked month.
    browser.menu("Månadsbesked", "Bokföring och export");
    browser.assertTitle("Bokföring: SIE och fakturaunderlag");
    if (!MONTH.equals(browser.text(By.id("exports:month_label")))) {
      browser.choose("exports:month", MONTH);
    }
    browser.checkAccessibility("accounting exports");
    Path file = browser.download(By.id("exports:sie"));
    byte[] bytes = Files.readAllBytes(file);
    SieReader sie = SieReader.read(bytes);
    assertEquals("4", sie.rows("#SIETYP").get(0).fields().get(0));
    assertEquals("PC8", sie.rows("#FORMAT").get(0).fields().get(0));
    String cp437 = new String(bytes, Charset.forName("IBM437"));
    assertTrue(cp437.contains("Grundskoleförvaltningen"), "ö in code page 437");
    assertTrue(cp437.contains("Hälsa-, vård- och omsorgsförvaltningen"), "å and ä in code page 437");
    assertFalse(cp437.contains("?"), "nothing unmappable");
    assertFalse(sie.vers.isEmpty());
    String gsfObject = sie.rows("#OBJEKT").stream()
        .filter(r -> r.fields().get(2).equals("Grundskoleförvaltningen"))
        .map(r -> r.fields().get(1)).findFirst().orElseThrow();
    BigDecimal gsfDebit = BigDecimal.ZERO;
    for (SieReader.Ver ver : sie.vers) {
      assertEquals(0, ver.sum().signum(), "every #VER balances: " + ver.text());
      assertEquals("20261130", ver.date());
      for (SieReader.Trans t : ver.trans()) {
        if (t.amount().signum() > 0 && t.objects().get(1).equals(gsfObject)) {
          gsfDebit = gsfDebit.add(t.amount());
        }
      }
    }
    assertEquals(Kronor.format(gsfDebit), toPay.replaceAll(SPACES, " "),
        "GSF's debit in the journal is what its statement said it pays");

    // Every statement of the month as PDFs in one ZIP, from the summary page.
    browser.menu("Månadsbesked", "Alla förvaltningar och bolag");
    browser.assertTitle("Månadsbesked – alla förvaltningar och bolag");
    browser.select(By.id("pickMonth"), MONTH);
    browser.click(By.id("show"));
    browser.waitForText(By.id("state"), "Låst");
    int orgs = browser.findAll(By.cssSelector("[id='orgs'] tbody tr")).size();
    assertEquals(18, orgs, "14 förvaltningar and 4 bolag");
    assertTrue(Kronor.isSwedish(browser.text(By.id("sumBinding"))), browser.text(By.id("sumBinding")));
    browser.checkAccessibility("summary of all statements, locked month");
    Path zip = browser.download(By.id("exportZip"));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        byte[] head = in.readNBytes(5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII), e.getName());
      }
    }
    assertTrue(names.contains("manadsbesked-" + MONTH + "-GSF.pdf"), names.toString());
    assertTrue(names.contains("manadsbesked-" + MONTH + "-BOAB.pdf"), names.toString());
    assertEquals(orgs, names.size(), "one PDF per org of the summary: " + names);

    // The rest of the controller's statement pages, once each.
    browser.menu("Månadsbesked", "Ekonomichefsgruppens översikt");
    browser.assertTitle("Ekonomichefsgruppens översikt");
    browser.checkAccessibility("dashboard (IT controller)");
    browser.menu("Månadsbesked", "Justeringar");
    browser.assertTitle("Justeringar av låsta månader");
    browser.checkAccessibility("adjustments (IT controller)");
    // The list's year pager (tk:yearPager) steps a year back and forward again.
    By listYear = By.id("list:years:year");
    int year = Integer.parseInt(browser.text(listYear).replace("Justeringar ", ""));
    browser.click(By.id("list:years:prevYear"));
    browser.waitForText(listYear, "Justeringar " + (year - 1));
    browser.click(By.id("list:years:nextYear"));
    browser.waitForText(listYear, "Justeringar " + year);
  }

  @Test
  @Order(5)
  void bolagSeesVatAndTheInvoiceBasisOfTheLockedMonth() {
    browser.login("ekonom.bostad");
    openStatement(MONTH);
    String heading = browser.text(By.id("heading"));
    assertTrue(heading.endsWith("(BOAB) – " + MONTH), heading);
    assertEquals("Låst", browser.text(By.id("status")));
    WebElement vat = browser.find(By.id("vat"));
    assertEquals("Moms", vat.findElement(By.tagName("caption")).getText().strip());
    List<String> amounts = vat.findElements(By.cssSelector("td.tk-num")).stream()
        .map(e -> e.getText().strip()).toList();
    assertEquals(3, amounts.size(), amounts.toString());
    amounts.forEach(a -> assertTrue(Kronor.isSwedish(a), a));
    assertEquals(0, Kronor.parse(amounts.get(0)).add(Kronor.parse(amounts.get(1)))
        .compareTo(Kronor.parse(amounts.get(2))), "excl. VAT + VAT = incl. VAT: " + amounts);
    assertEquals(browser.text(By.id("toPay")), amounts.get(0), "Att betala is excl. VAT");
    assertEquals("Fakturaunderlag med moms (PDF)", browser.text(By.id("invoicePdf")));
    assertEquals("Fakturaunderlag med moms (CSV)", browser.text(By.id("invoiceCsv")));
    assertTrue(browser.find(By.id("invoicePdf")).getAttribute("href")
        .endsWith("/api/v1/periods/" + MONTH + "/invoice-basis.pdf?org=BOAB"));
    browser.checkAccessibility("statement of a bolag, locked month");
  }

  private void openStatement(String month) {
    browser.menu("Månadsbesked", "Månadsbesked");
    browser.assertTitle("Månadsbesked");
    browser.select(By.id("pickMonth"), month);
    browser.click(By.id("show"));
    browser.waitForText(By.id("heading"), month);
  }

  private void openPeriods() {
    browser.menu("Månadsbesked", "Periodöversikt");
    browser.assertTitle("Periodöversikt");
    browser.showYear("periods:years", 2026);
  }

  private WebElement monthRow(String month) {
    return browser.find(By.xpath("//*[@id='periods:months_data']/tr[td[1][contains(normalize-space(.), '"
        + month + "')]]"));
  }

  private WebElement threadRow(String contains) {
    return browser.find(By.xpath("//*[@id='review:threads_data']/tr[contains(normalize-space(.), "
        + Browser.xpathLiteral(contains) + ")]"));
  }
}
