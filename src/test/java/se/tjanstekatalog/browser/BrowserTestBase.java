package se.tjanstekatalog.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser test class shares: the portal (started once per JVM by
 * {@link BrowserPortal}, skipped without Chromium), one browser per class, and after each test
 * the verdict of every accessibility check it made. A new journey is one more subclass.
 */
@ExtendWith(BrowserPortal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {
  protected Browser browser;

  /** A failed test leaves its last page behind: target/screenshots/failed-*.png and .html. */
  @RegisterExtension
  final TestWatcher keepFailedPage = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.keepFailedPage("failed-" + BrowserTestBase.this.getClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeAll
  void startBrowser() {
    if (BrowserSettings.fromSystem().browserInstalled()) {
      browser = new Browser(getClass().getSimpleName(), browserLanguage(), portalBaseUrl());
    }
  }

  /** The portal the class drives: the demo portal unless a class needs another. */
  protected String portalBaseUrl() {
    return BrowserPortal.baseUrl();
  }

  /** The browser's language; Swedish unless a class tests a browser of another language. */
  protected String browserLanguage() {
    return "sv-SE";
  }

  /** Each test starts logged out, in a browser window of desktop size. */
  @BeforeEach
  void loggedOut() {
    browser.driver().manage().deleteAllCookies();
    browser.resize(Browser.DESKTOP_WIDTH, 900);
  }

  @AfterEach
  void noAccessibilityViolations() {
    if (browser != null) {
      browser.assertAccessible();
    }
  }

  /** Every page the test loaded had the Content-Security-Policy, and nothing violated it. */
  @AfterEach
  void contentSecurityPolicyHeld() {
    if (browser != null) {
      browser.assertPageSecurity();
    }
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
