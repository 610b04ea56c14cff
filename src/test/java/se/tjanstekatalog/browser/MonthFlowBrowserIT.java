package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16's month flow in Chromium, on the demo as made (2026-11 preliminary, approved by
 * SLK, SF, MF, KF and SNAB): the admin's Att göra names a locked account, which the admin
 * unlocks from there, and the admin gives SLK's ekonomichef an e-mail address; the IT controller imports hours for SLK into the preliminary
 * month, warned of what that does, and finds the month in his Att göra; SLK's chief sees the
 * review page say the figures are out of date and cannot approve; the controller recomputes,
 * which withdraws SLK's approval (its binding lines changed) and not SF's; the withdrawal
 * reaches the test SMTP server as a mail to SLK's chief, whose Att göra then asks him to
 * approve again.
 */
@ExtendWith(BrowserPortal.DemoAsMade.class)
class MonthFlowBrowserIT extends BrowserTestBase {
  private static final String MONTH = "2026-11";
  private static final String SLK_MAIL = "lena.lindqvist@sjostad.example";

  @Test
  void anImportIntoAPreliminaryMonthWithdrawsTheChangedOrgsApprovalAndMailsIt()
      throws Exception {
    GreenMail mail = BrowserPortal.mail();
    Assumptions.assumeTrue(mail != null, "mail is checked on the browser tests' own portal");

    // ADMIN: a locked account shows up in Att göra and is unlocked from there; SLK's chief
    // gets an address. (The lock is arranged in the database: failing logins to lock an
    // account would throttle the test's own address.)
    BrowserPortal.execute("INSERT INTO login_throttle (user_id, failures, last_failure_at,"
        + " locked_until, last_address) SELECT id, 10, CURRENT_TIMESTAMP(3),"
        + " CURRENT_TIMESTAMP(3) + INTERVAL 1 HOUR, '192.0.2.7' FROM app_user"
        + " WHERE username = 'personal.gsf'");
    browser.login("admin");
    WebElement locked = browser.find(By.cssSelector("#todo li.tk-todo-locked a"));
    assertEquals("Kontot Petra Personal (personal.gsf) är låst efter misslyckade inloggningar",
        locked.getText());
    browser.checkAccessibility("start page with Att göra (ADMIN)");
    locked.click();
    browser.settle();
    browser.assertTitle("Användare");
    browser.click(By.cssSelector("[aria-label='Lås upp personal.gsf']"));
    browser.waitForText(By.id("messages"), "Inloggningen för personal.gsf är upplåst.");
    editEmail("ekonom.slk", SLK_MAIL);
    browser.open("/");
    browser.waitFor(By.id("todoCard"));
    assertTrue(browser.findAll(By.cssSelector("#todo li.tk-todo-locked")).isEmpty(),
        "unlocked: gone from Att göra");
    browser.logout();

    // IT_CONTROLLER: the import into the preliminary month says what saving it does.
    browser.login("it");
    browser.menu("Förbrukning och kostnader", "Importera fil");
    browser.type(By.id("tabs:importForm:source"), "webbtest-november");
    browser.uploadImport("tidrapport-2026-11.csv");
    browser.waitFor(By.id("tabs:importForm:confirm"));
    String warning = browser.text(By.id("tabs:importForm:underReview"));
    assertTrue(warning.contains("Månaden " + MONTH + " är preliminär")
        && warning.contains("godkännande återkallat"), warning);
    browser.checkAccessibility("import into a preliminary month, the warning");
    browser.click(By.id("tabs:importForm:confirm"));
    WebElement confirm = browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.waitUntil("the confirmation names rows, month and consequence",
        () -> confirm.getText().contains("Spara 1 rad") && confirm.getText().contains(MONTH)
            && confirm.getText().contains("återkallat"));
    browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    browser.waitFor(By.id("storedText"));
    browser.open("/");
    WebElement stale = browser.find(By.cssSelector("#todo li.tk-todo-stale a"));
    assertEquals("Underlagen för " + MONTH + " har ändrats: räkna om månaden", stale.getText());
    browser.logout();

    // SLK's chief: the review page says the figures are out of date; no approving now.
    browser.login("ekonom.slk");
    browser.menu("Månadsbesked", "Granskning");
    assertEquals(MONTH, browser.text(By.id("month")));
    String banner = browser.text(By.cssSelector(".tk-stale-month"));
    assertTrue(banner.startsWith("Underlagen har ändrats efter beräkningen"), banner);
    assertTrue(banner.contains("import av förbrukning") && banner.contains("(1 rad)"),
        "the banner says what changed and who changed it: " + banner);
    assertTrue(browser.findAll(By.id("review:approve")).isEmpty(), "no approving while stale");
    assertTrue(browser.text(By.id("myState")).contains("Godkänt"), "approved before the change");
    browser.checkAccessibility("review of a month whose inputs changed");
    browser.screenshot("review-stale-month");
    browser.logout();

    // IT_CONTROLLER recomputes: SLK's approval goes, SF's stays.
    int mailsBefore = mail.getReceivedMessages().length;
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Beräkna månader");
    browser.showYear("runs:years", 2026);
    browser.click(By.cssSelector("[aria-label='Beräkna " + MONTH + "']"));
    browser.waitForText(By.id("messages"), "Månaden " + MONTH + " är beräknad");
    browser.open("/statements/periods.xhtml");
    String history = browser.text(By.id("periods:history"));
    assertTrue(history.contains("Omräknad med ändrade underlag; godkännandet återkallat för SLK."),
        "the month's history says why: " + history);
    browser.logout();

    assertTrue(mail.waitForIncomingEmail(30_000, mailsBefore + 1), "a mail reached the server");
    MimeMessage withdrawn = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> to(m).equals(SLK_MAIL))
        .filter(m -> subject(m).contains("återkallats"))
        .findFirst().orElse(null);
    assertNotNull(withdrawn, "SLK's chief was mailed the withdrawal");
    assertTrue(subject(withdrawn).contains("november 2026"), subject(withdrawn));
    String body = GreenMailUtil.getBody(withdrawn);
    assertTrue(body.contains("godk") && body.contains("statements/"), body);

    // SLK's chief: Att göra asks for the approval again and leads to it.
    browser.login("ekonom.slk");
    WebElement approve = browser.find(By.cssSelector("#todo li.tk-todo-approve a"));
    assertEquals("Godkänn månadsbeskedet för " + MONTH, approve.getText());
    browser.checkAccessibility("start page with Att göra (ORG_FINANCE), approval withdrawn");
    approve.click();
    browser.settle();
    assertTrue(browser.text(By.id("myState")).contains("Inte svarat"),
        browser.text(By.id("myState")));
    assertTrue(browser.findAll(By.cssSelector(".tk-stale-month")).isEmpty(), "current again");
    browser.find(By.id("review:approve"));
  }

  private void editEmail(String username, String email) {
    browser.open("/admin/users.xhtml");
    browser.click(By.cssSelector("[aria-label='Redigera " + username + "']"));
    browser.dialog("userDialog");
    browser.type(By.id("userDialogForm:email"), email);
    browser.click(By.id("userDialogForm:save"));
    browser.waitForText(By.id("messages"), "Ändringarna för " + username + " har sparats.");
  }



  private static String to(MimeMessage m) {
    try {
      List<String> to = Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .map(Object::toString).toList();
      return to.isEmpty() ? "" : to.get(0);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
