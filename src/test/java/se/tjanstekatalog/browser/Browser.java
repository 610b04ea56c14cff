package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven as a person would: type, click, press keys. Waits for
 * PrimeFaces' Ajax to settle after each action, saves screenshots and runs axe on the pages
 * and states the tests ask for ({@link Accessibility}).
 */
public final class Browser implements AutoCloseable {
  public static final int DESKTOP_WIDTH = 1280;
  private static final String SETTLED = "return document.readyState === 'complete'"
      + " && (!window.jQuery || jQuery.active === 0)"
      + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());";

  private final WebDriver driver;
  private final Path userDataDir;
  private final Path screenshots;
  private final Path downloads;
  private final Accessibility accessibility;
  private final String base;
  private final PageSecurity pageSecurity;

  public Browser(String suite) {
    this(suite, "sv-SE");
  }

  /**
   * A browser whose language is {@code language} (a BCP 47 tag such as {@code en-US}, then its
   * language alone): its interface, {@code navigator.languages} and the Accept-Language it
   * sends.
   */
  public Browser(String suite, String language) {
    this(suite, language, BrowserPortal.baseUrl());
  }

  /** A browser on the portal at {@code base} (the onboarding journey's fresh portal). */
  public Browser(String suite, String language, String base) {
    BrowserSettings settings = BrowserSettings.fromSystem();
    this.base = base;
    this.screenshots = settings.screenshots();
    this.downloads = settings.screenshots().resolveSibling("downloads").resolve(suite)
        .toAbsolutePath();
    this.accessibility = new Accessibility(suite);
    try {
      Files.createDirectories(screenshots);
      BrowserPortal.deleteTree(downloads);
      Files.createDirectories(downloads);
      userDataDir = Files.createTempDirectory("tk-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(settings.chromium().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--lang=" + language, "--user-data-dir=" + userDataDir,
        "--window-size=" + DESKTOP_WIDTH + ",900");
    // Files a person downloads land in target/downloads/{suite}, without asking.
    options.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false,
        "download.directory_upgrade", true,
        "safebrowsing.enabled", false,
        "intl.accept_languages", language + "," + language.replaceAll("-.*", "")));
    // The console (CSP violations) and the network (each page's headers) for PageSecurity.
    options.setCapability("goog:loggingPrefs", java.util.Map.of(
        org.openqa.selenium.logging.LogType.BROWSER, "ALL",
        org.openqa.selenium.logging.LogType.PERFORMANCE, "ALL"));
    options.setExperimentalOption("perfLoggingPrefs", java.util.Map.of("enableNetwork", true,
        "enablePage", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(settings.chromedriver().toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    this.pageSecurity = new PageSecurity(base);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  public WebDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return base;
  }

  /** Opens the portal's address (the way in: a person types it once); other paths only in error tests. */
  public void open(String path) {
    driver.get(base + path);
    settle();
  }

  /** Logs in on the login page the portal shows, as a person types it. */
  public void login(String user) {
    login(user, "demo");
  }

  /** Logs in with a password other than the demo's. */
  public void login(String user, String password) {
    open("/");
    type(By.id("login:username"), user);
    type(By.id("login:password"), password);
    click(By.id("login:submit"));
    waitFor(By.cssSelector(".tk-user-name"));
  }

  public void logout() {
    click(By.id("userForm:logout"));
    waitFor(By.id("login:username"));
  }

  /** Follows the main menu: a top entry, or a submenu and its entry, by their visible text. */
  public void menu(String... labels) {
    for (int i = 0; i < labels.length; i++) {
      // An entry is looked for inside the submenu opened before it (a submenu and its entry
      // may share a name: Månadsbesked › Månadsbesked).
      String within = i == 0 ? "//*[@id='menuForm:menu']"
          : "//*[@id='menuForm:menu']//li[./a[normalize-space(.)=" + xpathLiteral(labels[i - 1])
              + "]]/ul";
      WebElement item = waitClickable(By.xpath(within + "//a[normalize-space(.)="
          + xpathLiteral(labels[i]) + "]"));
      if (i < labels.length - 1) {
        // A submenu opens when the pointer rests on it, as with a mouse.
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(item).perform();
      } else {
        item.click();
        settle();
      }
    }
  }

  public WebElement find(By by) {
    return waitFor(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  public String text(By by) {
    return waitFor(by).getText().strip();
  }

  public void type(By by, String text) {
    WebElement e = waitClickable(by);
    e.clear();
    e.sendKeys(text);
    settle();
  }

  public void click(By by) {
    waitClickable(by).click();
    settle();
  }

  /**
   * Chooses an option of a plain select by its visible text. A page still loading (the menu's
   * navigation) may replace the select between finding it and choosing: then it asks again.
   */
  public void select(By by, String visibleText) {
    settle();
    new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("choose " + visibleText)
        .until(askingAgain(d -> {
          new org.openqa.selenium.support.ui.Select(waitFor(by)).selectByVisibleText(visibleText);
          return true;
        }));
  }

  /**
   * A wait's condition that is asked again when an element it reads was replaced meanwhile (a
   * page still loading, an Ajax update): Chromium reports that as a stale element or as an
   * "unknown error" saying the node "does not belong to the document".
   */
  private static <T> java.util.function.Function<WebDriver, T> askingAgain(
      java.util.function.Function<WebDriver, T> condition) {
    return d -> {
      try {
        return condition.apply(d);
      } catch (org.openqa.selenium.WebDriverException e) {
        if (e instanceof StaleElementReferenceException
            || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    };
  }

  public void clickLink(String visibleText) {
    click(By.linkText(visibleText));
  }

  /**
   * Picks a month in a PrimeFaces month picker as a person does: opens the calendar from the
   * field, steps to the year, clicks the month and then clicks {@code elsewhere} (a heading)
   * when the calendar stays open.
   */
  public void pickMonth(String pickerId, java.time.YearMonth month, By elsewhere) {
    click(By.id(pickerId + "_input"));
    WebElement panel = waitFor(By.id(pickerId + "_panel"));
    for (int i = 0; i < 20; i++) {
      int year = Integer.parseInt(panel.findElement(By.className("ui-datepicker-year")).getText().strip());
      if (year == month.getYear()) {
        break;
      }
      panel.findElement(By.className(year < month.getYear() ? "ui-datepicker-next" : "ui-datepicker-prev")).click();
    }
    panel.findElements(By.className("ui-monthpicker-month")).get(month.getMonthValue() - 1).click();
    settle();
    for (int i = 0; i < 10 && panel.isDisplayed(); i++) {
      sleep(300);
      if (panel.isDisplayed()) {
        new org.openqa.selenium.interactions.Actions(driver)
            .moveToElement(waitFor(elsewhere)).click().perform();
        sleep(300);
      }
    }
    waitUntil("the calendar closes", () -> !panel.isDisplayed());
    waitUntil("the field shows " + month, () -> month.toString()
        .equals(driver.findElement(By.id(pickerId + "_input")).getAttribute("value")));
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label: opens it, types into its filter
   * when it has one, clicks the option. A person whose click did not take (on a loaded machine
   * the menu may be re-rendered by the Ajax update of a step before, between the panel opening
   * and the click) opens it and clicks again: up to three tries, the last waited for in full.
   */
  public void choose(String menuId, String label) {
    choose(menuId, label, "[normalize-space(.)=" + xpathLiteral(label) + "]",
        shown -> label.equals(shown), "'" + label + "' is chosen");
  }

  /** As {@link #choose}, the option whose label starts with {@code start}. */
  public void chooseStartingWith(String menuId, String start) {
    choose(menuId, start, "[starts-with(normalize-space(.), " + xpathLiteral(start) + ")]",
        shown -> shown.startsWith(start), "an option starting with '" + start + "' is chosen");
  }

  private void choose(String menuId, String filterText, String optionPredicate,
      java.util.function.Predicate<String> shown, String what) {
    java.util.function.BooleanSupplier chosen = () -> shown.test(
        driver.findElement(By.id(menuId + "_label")).getText().strip());
    for (int attempt = 1; attempt < 3; attempt++) {
      clickOption(menuId, filterText, optionPredicate);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .until(d -> chosen.getAsBoolean());
        return;
      } catch (org.openqa.selenium.TimeoutException notTaken) {
        System.out.println("Browser: not yet " + what + " (" + menuId + ", try " + attempt
            + "); choosing again");
      }
    }
    clickOption(menuId, filterText, optionPredicate);
    waitUntil(what, chosen);
  }

  /** Opens the menu unless its panel is open, filters when it can and clicks the option. */
  private void clickOption(String menuId, String filterText, String optionPredicate) {
    List<WebElement> open = driver.findElements(By.id(menuId + "_panel"));
    if (open.isEmpty() || !open.get(0).isDisplayed()) {
      click(By.id(menuId));
    }
    WebElement panel = waitFor(By.id(menuId + "_panel"));
    List<WebElement> filter = panel.findElements(By.cssSelector("input.ui-selectonemenu-filter"));
    if (!filter.isEmpty()) {
      filter.get(0).clear();
      filter.get(0).sendKeys(filterText);
    }
    WebElement option = waitClickable(By.xpath("//*[@id='" + menuId + "_panel']//li"
        + optionPredicate));
    option.click();
    settle();
  }

  /** Chooses {@code file} in the PrimeFaces file upload {@code uploadId}, as a person picks it. */
  public void upload(String uploadId, Path file) {
    driver.findElement(By.cssSelector("[id='" + uploadId + "'] input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    settle();
  }

  /** Chooses the test resource {@code /browser/{name}} in the import page's file upload. */
  public void uploadImport(String name) {
    try {
      upload("tabs:importForm:upload",
          Path.of(Browser.class.getResource("/browser/" + name).toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  /**
   * Pages a {@code tk:yearPager} (its id, e.g. {@code runs:years}) to {@code year}, as a person
   * clicks the arrows beside the year.
   */
  public void showYear(String pagerId, int year) {
    By shownYear = By.id(pagerId + ":year");
    for (int i = 0; i < 5 && !text(shownYear).equals(String.valueOf(year)); i++) {
      int shown = Integer.parseInt(text(shownYear));
      click(By.id(pagerId + (shown < year ? ":nextYear" : ":prevYear")));
    }
    assertEquals(String.valueOf(year), text(shownYear));
  }

  /** Keys to the element that has the focus, as a keyboard user presses them. */
  public void press(CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(keys);
    settle();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses Tab until {@code target} has the focus (at most {@code max} times). */
  public int tabTo(By target, int max) {
    WebElement wanted = waitFor(target);
    for (int i = 1; i <= max; i++) {
      press(Keys.TAB);
      if (focused().equals(wanted)) {
        return i;
      }
    }
    throw new AssertionError("Tab did not reach " + target + " within " + max + " presses; focus"
        + " is on " + describe(focused()));
  }

  public String describe(WebElement e) {
    return (String) js("var e = arguments[0]; return e.tagName + (e.id ? '#' + e.id : '')"
        + " + ' \"' + (e.innerText || e.value || '').trim().substring(0, 40) + '\"';", e);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement waitClickable(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Waits (up to a minute) until the element shows the text, e.g. after a page's reload. */
  public void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(askingAgain(ExpectedConditions.textToBePresentInElementLocated(by, text)));
  }

  /**
   * Waits (up to a minute) until {@code condition} holds, e.g. a list has been filtered. An
   * element the condition reads that an Ajax update replaced meanwhile means: ask again.
   */
  public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(what)
        .until(askingAgain(d -> condition.getAsBoolean()));
  }

  /** Waits until the page has loaded and no Ajax request is running. */
  public void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      try {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED));
      } catch (RuntimeException navigating) {
        return false;
      }
    });
  }

  /** Waits for a dialog's opening animation and returns it. */
  public WebElement dialog(String widgetId) {
    WebElement d = waitFor(By.id(widgetId));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(js(
        "var e = arguments[0]; return getComputedStyle(e).opacity === '1'"
            + " && e.getAnimations().length === 0;", d)));
    return d;
  }

  public String title() {
    return driver.getTitle();
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    settle();
  }

  /**
   * Clicks a download link as a person does and waits (up to a minute) for the file Chromium
   * saves in target/downloads/{suite}; the folder is emptied first, so the file is this one.
   */
  public Path download(By link) {
    try {
      try (java.util.stream.Stream<Path> old = Files.list(downloads)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      click(link);
      Path[] found = new Path[1];
      waitUntil("a file is downloaded to " + downloads, () -> {
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
          List<Path> all = files.toList();
          boolean partial = all.stream().anyMatch(
              p -> p.getFileName().toString().endsWith(".crdownload"));
          List<Path> done = all.stream()
              .filter(p -> !p.getFileName().toString().endsWith(".crdownload")
                  && !p.getFileName().toString().startsWith(".")).toList();
          if (done.size() == 1 && !partial && Files.size(done.get(0)) > 0) {
            found[0] = done.get(0);
            return true;
          }
          return false;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return found[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG of the whole page to target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    Object width = js("return Math.max(document.documentElement.scrollWidth, window.innerWidth);");
    Object height = js("return Math.max(document.documentElement.scrollHeight, window.innerHeight);");
    Dimension before = driver.manage().window().getSize();
    int w = Math.max(((Number) width).intValue(), 320);
    int h = Math.min(Math.max(((Number) height).intValue(), 400), 4000);
    driver.manage().window().setSize(new Dimension(Math.max(w, before.getWidth()), h + 100));
    try {
      byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** The page as it is now, for a failed test: a screenshot and the HTML. */
  void keepFailedPage(String name) {
    try {
      Files.write(screenshots.resolve(name + ".png"),
          ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep the failed page: " + e);
    }
  }

  /** Runs axe-core on the page as it is now (dialogs and messages included). */
  public void checkAccessibility(String state) {
    settle();
    // axe blends a fading element's colours (a finished upload's file row fading out measured
    // 1.29:1): check the page as it rests, after its jQuery effects, waiting at most 5 s
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
          ((JavascriptExecutor) d).executeScript(
              "return !window.jQuery || jQuery(':animated').length === 0;")));
    } catch (org.openqa.selenium.TimeoutException stillMoving) {
      System.out.println("Browser: still animating after 5 s before the axe check: " + state);
    }
    accessibility.check(driver, state);
  }

  /** Fails with every WCAG violation axe found in this browser's checks. */
  public void assertAccessible() {
    accessibility.assertNoViolations();
  }

  /**
   * Fails when a page loaded since the last call lacked the Content-Security-Policy (or one of
   * its directives) or the console shows a violation of it ({@link PageSecurity}).
   */
  public void assertPageSecurity() {
    pageSecurity.collect(driver);
    pageSecurity.assertNoProblems();
  }

  /** Every page of the portal this browser has loaded, checked by {@link #assertPageSecurity}. */
  public java.util.Set<String> pagesLoaded() {
    pageSecurity.collect(driver);
    return java.util.Collections.unmodifiableSet(pageSecurity.pages());
  }

  public void assertTitle(String expected) {
    assertTrue(title().startsWith(expected + " – Tjänstekatalogen"),
        "title: expected '" + expected + " – Tjänstekatalogen…', was '" + title() + "'");
  }

  static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      BrowserPortal.deleteTree(userDataDir);
    }
  }
}
