package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A single node keeps its sessions in memory. The web application is distributable (for the
 * cluster), and before pre-boot.asadmin turned the web container's availability off, every
 * request that touched its session tried to save it to the absent Hazelcast grid and logged
 * two stack traces: about 1 200 of them per browser run, and a share of each page's time.
 */
class SingleNodeSessionBrowserIT extends BrowserTestBase {
  private static final String GRID_ERROR = "Hazelcast is not enabled";

  @Test
  void aSessionIsKeptWithoutTryingTheAbsentDataGrid() throws Exception {
    Path log = BrowserPortal.log();
    Assumptions.assumeTrue(log != null, "the tests drive a portal started elsewhere");
    browser.login("ekonom.gsf");
    browser.open("/catalogue/catalogue.xhtml");
    browser.waitFor(By.id("cat:text"));
    browser.open("/statements/statement.xhtml");
    browser.waitFor(By.id("heading"));
    assertTrue(browser.text(By.cssSelector(".tk-user-name")).length() > 0,
        "still logged in after three pages");
    // Read as Latin-1: every byte is a character, whatever the log holds.
    long errors = Files.readString(log, StandardCharsets.ISO_8859_1).lines()
        .filter(line -> line.contains(GRID_ERROR)).count();
    assertEquals(0, errors, "lines with '" + GRID_ERROR + "' in " + log);
  }
}
