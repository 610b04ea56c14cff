package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The bell in the header and the notifications page: the bell is named for screen readers and
 * leads to *Notiser*, which keeps the user's e-mail switch and says when the user has no
 * address to mail to (the browser tests' portal mails through GreenMail, so it does not say
 * that the server has no e-mail); both pass axe at desktop and phone width. A mail received by
 * the SMTP server is MonthFlowBrowserIT's.
 */
class NotificationsBrowserIT extends BrowserTestBase {

  @Test
  void theBellLeadsToTheNotificationsWhichSayWhenThereIsNoAddress() {
    browser.login("ekonom.gsf");
    assertTrue(browser.find(By.id("userForm:bell")).getAttribute("aria-label")
        .startsWith("Notiser"), "the bell has a name");
    browser.click(By.id("userForm:bell"));
    browser.waitFor(By.id("emailChoice:emailOn"));
    browser.assertTitle("Notiser");
    String main = browser.text(By.cssSelector("main"));
    assertFalse(main.contains("Servern har ingen e-post inställd"), main);
    assertTrue(main.contains("Du har ingen e-postadress registrerad"), main);
    browser.checkAccessibility("notifications page");

    // The switch is the user's own; switched off and on again, it says so each time
    browser.click(By.cssSelector("#emailChoice\\:emailOn .ui-chkbox-box"));
    browser.click(By.id("emailChoice:saveEmail"));
    browser.waitForText(By.id("messages"), "skickas inte längre via e-post");
    assertFalse(browser.driver().findElement(By.id("emailChoice:emailOn_input")).isSelected());
    browser.click(By.cssSelector("#emailChoice\\:emailOn .ui-chkbox-box"));
    browser.click(By.id("emailChoice:saveEmail"));
    browser.waitForText(By.id("messages"), "skickas nu även via e-post");

    browser.resize(390, 844);
    browser.open("/notifications.xhtml");
    assertEquals("Notiser", browser.text(By.tagName("h1")));
    browser.checkAccessibility("notifications page at 390 px");
  }
}
