package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, items 2 and 4 in Chromium: the IT controller's Att göra on the start page leads to
 * the page where one acts, and on the review page *Kommentera* opens the comment box right under
 * its line, names the line and takes the focus; the page opens on the month waiting for review
 * (the demo's preliminary 2026-11, not the calendar month). Changes nothing: the box is
 * cancelled, so the demo stays as made ({@link BrowserPortal.DemoAsMade}).
 */
@ExtendWith(BrowserPortal.DemoAsMade.class)
class WorkQueueBrowserIT extends BrowserTestBase {

  @Test
  void theControllersQueueLinksToThePlaceToAct() {
    browser.login("it");
    WebElement todo = browser.find(By.id("todoCard"));
    assertTrue(todo.getText().startsWith("Att göra"), todo.getText());
    List<WebElement> items = browser.findAll(By.cssSelector("#todo li a"));
    assertTrue(!items.isEmpty(), "the controller has something to do in the demo");
    browser.checkAccessibility("start page with Att göra (IT_CONTROLLER)");
    browser.screenshot("start-todo-controller");
    WebElement silent = browser.find(By.cssSelector("#todo li.tk-todo-silent a"));
    assertTrue(silent.getText().startsWith("Har inte svarat på 2026-11 (12 st): "),
        silent.getText());
    assertTrue(silent.getAttribute("href").endsWith("/statements/summary.xhtml?month=2026-11"),
        silent.getAttribute("href"));
    silent.click();
    browser.settle();
    browser.assertTitle("Månadsbesked – alla förvaltningar och bolag");
  }

  @Test
  void commentOpensBesideItsLineNamesItAndTakesTheFocus() {
    browser.login("ekonom.gsf");
    browser.menu("Månadsbesked", "Granskning");
    browser.assertTitle("Granskning av månadsbesked");
    assertEquals("2026-11", browser.text(By.id("month")), "the month waiting for review");

    List<WebElement> rows = browser.findAll(By.cssSelector("[id='review:lines_data'] > tr"));
    assertTrue(rows.size() > 3, "GSF has several lines: " + rows.size());
    int index = Math.min(rows.size() - 1, 12);
    String label = rows.get(index).findElement(By.tagName("td")).getText()
        .replaceFirst("^Rad\\s*", "").strip();
    By button = By.id("review:lines:" + index + ":comment");
    browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.find(button));
    browser.click(button);
    By textarea = By.id("review:lines:" + index + ":text");
    browser.waitFor(textarea);
    browser.waitUntil("the box takes the focus",
        () -> ("review:lines:" + index + ":text").equals(browser.focused().getAttribute("id")));

    // The box names its line and sits right under it, in sight
    String names = browser.text(By.cssSelector("label[for='review:lines:" + index + ":text']"));
    assertEquals("Kommentar till raden " + label, names);
    WebElement line = browser.find(By.cssSelector("[id='review:lines_data'] > tr[data-ri='"
        + index + "']"));
    WebElement box = browser.find(By.id("review:lines:" + index + ":writing"));
    long gap = ((Number) browser.js("return arguments[1].getBoundingClientRect().top"
        + " - arguments[0].getBoundingClientRect().bottom;", line, box)).longValue();
    assertTrue(gap >= 0 && gap < 40, "the box is right under its line: " + gap + " px");
    boolean inSight = (Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", browser.find(textarea));
    assertTrue(inSight, "the text field is on the screen");
    browser.checkAccessibility("review, comment box beside its line");
    browser.screenshot("review-comment-box");

    browser.click(By.id("review:lines:" + index + ":cancel"));
    browser.waitUntil("the box closes", () -> browser.findAll(textarea).isEmpty());
  }
}
