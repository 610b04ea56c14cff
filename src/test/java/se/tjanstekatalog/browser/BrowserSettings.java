package se.tjanstekatalog.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Chromium, ChromeDriver, the project and their port; Maven's
 * browser-tests execution sets these system properties (pom.xml).
 */
record BrowserSettings(Path chromium, Path chromedriver, Path projectDir, int httpPort,
    Path screenshots, String externalBaseUrl) {

  static BrowserSettings fromSystem() {
    String port = System.getProperty("tk.browser.http.port", "0");
    String external = System.getProperty("tk.browser.baseUrl", "");
    return new BrowserSettings(
        Path.of(System.getProperty("tk.browser.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("tk.browser.chromedriver", "/usr/bin/chromedriver")),
        Path.of(System.getProperty("tk.projectDir", ".")).toAbsolutePath(),
        Integer.parseInt(port),
        Path.of(System.getProperty("tk.browser.screenshots", "target/screenshots")),
        external.isBlank() ? null : external.replaceAll("/+$", ""));
  }

  boolean browserInstalled() {
    return Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
  }

  String missingBrowserMessage() {
    return "Browser tests skipped: no Chromium at " + chromium + " or no ChromeDriver at "
        + chromedriver + ". Install them (apt-get install chromium chromium-driver; .ci/run"
        + " does) or point -Dtk.browser.chromium and -Dtk.browser.chromedriver at them.";
  }
}
