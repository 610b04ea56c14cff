package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17 part 2's "done when": a municipality that has never seen the demo switches the portal
 * on ({@code TK_DEMO=false}, {@link FreshPortal}) and is set up in the browser from its org
 * register and its catalogue as two workbooks and its key values as a CSV file, the files a
 * municipality keeps in Excel today (the examples in {@code docs/examples/}). Its first month
 * computes. The administrator sets the name and creates the IT controller; the controller
 * imports; the setup checklist shows what is done and what is missing on the way.
 */
class OnboardingJourneyBrowserIT extends BrowserTestBase {
  private static final String MONTH = "2027-01";
  private static final String CONTROLLER_PASSWORD = "Ekdala-it-2027";

  @Override
  protected String portalBaseUrl() {
    return FreshPortal.baseUrl();
  }

  @AfterAll
  void stopFreshPortal() {
    FreshPortal.stopNow();
  }

  @Test
  void aNewMunicipalityIsSetUpFromTwoWorkbooksAndAKeyValueFileAndItsFirstMonthComputes()
      throws Exception {
    long started = System.nanoTime();

    // The first administrator, created by the first start, with the password from the
    // environment; nothing else exists, and the start page says what is missing.
    browser.login("admin", FreshPortal.ADMIN_PASSWORD);
    browser.checkAccessibility("fresh install, start page");
    String todo = browser.find(By.partialLinkText("Uppstart:")).getText();
    browser.click(By.partialLinkText("Uppstart:"));
    browser.assertTitle("Checklista för uppstart");
    List<String> doneAtStart = done();
    assertEquals("Uppstart: " + (9 - doneAtStart.size()) + " steg saknas innan portalen är klar",
        todo, "the start page counts what the checklist misses");
    for (String step : List.of("Kommunens namn och logotyp", "Organisationsregister",
        "Tjänstekatalog", "Prislista", "Nyckeltal", "Användare eller SSO-mappning")) {
      assertFalse(doneAtStart.contains(step), step + " is missing on a fresh install");
    }
    browser.checkAccessibility("setup checklist, nothing done");

    // The municipality's name and logo.
    browser.menu("Administration", "Inställningar");
    browser.type(By.id("settings:name"), "Ekdala kommun");
    browser.click(By.id("settings:save"));
    browser.waitForText(By.cssSelector("header"), "Ekdala kommun");
    browser.upload("logoForm:logoUpload", logo());
    browser.waitFor(By.id("logoPreview"));

    // The org register from its workbook.
    browser.menu("Organisationer");
    browser.upload("orgImport:upload", example("organisationsregister-ny-kommun.xlsx"));
    browser.waitForText(By.id("importOutcome"), "5 nya");
    for (String org : List.of("Kommunstyrelseförvaltningen", "Barn- och utbildningsförvaltningen",
        "Socialförvaltningen", "Tekniska förvaltningen", "Ekdala Hamn AB")) {
      assertTrue(browser.text(By.id("orgs:table")).contains(org), org);
    }
    browser.checkAccessibility("org register imported");

    // The IT controller, who keeps the catalogue and the months.
    browser.menu("Administration", "Användare");
    browser.click(By.id("users:newUser"));
    browser.waitFor(By.id("userDialogForm:username"));
    browser.type(By.id("userDialogForm:username"), "it");
    browser.type(By.id("userDialogForm:displayName"), "Ines Controller");
    browser.choose("userDialogForm:role", "IT-controller");
    browser.type(By.id("userDialogForm:password"), CONTROLLER_PASSWORD);
    browser.click(By.id("userDialogForm:save"));
    browser.waitForText(By.id("users:table"), "Ines Controller");

    browser.menu("Administration", "Checklista för uppstart");
    List<String> doneNow = done();
    assertTrue(doneNow.containsAll(List.of("Kommunens namn och logotyp", "Organisationsregister",
        "Användare eller SSO-mappning")), "" + doneNow);
    assertEquals(doneAtStart.size() + 3, doneNow.size(), "" + doneNow);
    browser.logout();

    browser.login("it", CONTROLLER_PASSWORD);

    // The catalogue and its price list for 2027 from the catalogue workbook.
    browser.menu("Förvaltning av katalogen", "Tjänsteområden");
    browser.upload("workbook:upload", example("tjanstekatalog-ny-kommun-2027.xlsx"));
    assertTrue(browser.findAll(By.cssSelector(
        ".ui-fileupload [role='progressbar']:not([aria-label])")).isEmpty(),
        "the upload's progress bar has a name while it shows (a11y.js)");
    browser.waitFor(By.id("workbook:changes"));
    String changes = browser.text(By.id("workbook:changes"));
    assertTrue(changes.contains("AP-DATOR") && changes.contains("Prislista 2027"), changes);
    browser.checkAccessibility("catalogue workbook imported");
    browser.menu("Tjänstekatalog");
    for (String service : List.of("Arbetsplatsdator", "E-post och kalender", "Utvecklingstimmar")) {
      assertTrue(browser.text(By.id("main")).contains(service), service);
    }

    // The key values for the first month, then its consumption, from CSV files.
    importFile("Nyckeltal", example("nyckeltal-ny-kommun-2027-01.csv"), 5);
    importFile("Förbrukning", example("forbrukning-ny-kommun-2027-01.csv"), 7);

    // The first month computes: every line at the 2027 price list's prices (cost + 3 %).
    browser.menu("Beräkning och jämförelse", "Beräkna månader");
    browser.showYear("runs:years", 2027);
    browser.click(By.cssSelector("[aria-label='Beräkna " + MONTH + "']"));
    browser.waitForText(By.id("messages"), "Månaden " + MONTH + " är beräknad");
    String january = browser.find(By.xpath("//*[@id='runs:months_data']/tr[.//a[normalize-space(.)='"
        + MONTH + "']]")).getText();
    assertTrue(january.contains("661 357,85 kr"), january);
    browser.checkAccessibility("first month computed");

    browser.menu("Administration", "Checklista för uppstart");
    List<String> setUp = done();
    assertTrue(setUp.containsAll(List.of("Tjänstekatalog", "Prislista", "Nyckeltal")), "" + setUp);
    browser.screenshot("onboarding-checklist");

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("The new municipality was set up in the browser in %d s%n",
        took.toSeconds());
    assertTrue(took.compareTo(Duration.ofHours(1)) < 0, "under an hour: " + took);
  }

  /** Imports a CSV file of the kind on the import page: preview, confirm, saved. */
  private void importFile(String kind, Path file, int rows) {
    browser.menu("Förbrukning och kostnader", "Importera fil");
    browser.click(By.xpath("//label[normalize-space(.)='" + kind + "']"));
    browser.settle();
    browser.upload("tabs:importForm:upload", file);
    browser.waitFor(By.id("tabs:importForm:confirm"));
    assertEquals("0", browser.text(By.id("problemCount")), kind);
    assertEquals(String.valueOf(rows), browser.text(By.id("rowCount")), kind);
    assertEquals(MONTH, browser.text(By.id("period")), kind);
    browser.click(By.id("tabs:importForm:confirm"));
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.waitFor(By.id("storedText"));
  }

  /** The steps the checklist shows as done, in its order. */
  private List<String> done() {
    return browser.findAll(By.cssSelector("[id='checklist_data'] tr.tk-setup-done td:first-child"))
        .stream().map(td -> td.getText().replaceAll("^Steg\\s*", "").strip()).toList();
  }

  private static Path example(String file) {
    return BrowserSettings.fromSystem().projectDir().resolve("docs/examples").resolve(file);
  }

  /** A small PNG, as a municipality's logo. */
  private static Path logo() throws IOException {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1f5f8b));
    g.fillRect(0, 0, 120, 40);
    g.setColor(Color.WHITE);
    g.fillOval(8, 8, 24, 24);
    g.dispose();
    Path file = Files.createTempFile("ekdala-logo-", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
