package se.tjanstekatalog.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.PreparedMonths;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Notifications by e-mail and in the portal (issue 16, item 3), against a real SMTP server
 * (GreenMail on the port the build reserved and gave the portal as TK_SMTP_PORT). The admin
 * gives GSF's ekonom an address on the users page; BOAB's ekonom switches e-mail off on the
 * notifications page. The controller makes the class's own month (2016-01: far in the past,
 * so locking it keeps the plan editable for the other classes) preliminary: GSF's ekonom gets
 * a Swedish mail with a link to the review page, BOAB's none, both see it in the portal. GSF
 * is told when the controller answers its comment; the controller when both have approved;
 * GSF when a recomputation with more GSF consumption withdraws its approval; the chiefs,
 * with a link to their org's statement, when the month is locked.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {
  private static final YearMonth MONTH = YearMonth.of(2016, 1);
  private static final String PERIODS = "statements/periods.xhtml";
  private static final String REVIEW = "statements/review.xhtml";
  private static final String USERS = "admin/users.xhtml";
  private static final String RUNS = "costing/runs.xhtml";
  private static final String NOTIFICATIONS = "notifications.xhtml";
  private static final String GSF_MAIL = "ekonom.gsf@kommun.test";
  private static final String STUCK_MAIL = "kvar.efter.stopp@kommun.test";
  private static final String BOAB_MAIL = "ekonom.bostad@kommun.test";
  private static final String IT_MAIL = "it@kommun.test";
  private static final long WAIT_MS = 20_000;

  private static GreenMail smtp;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(Integer.getInteger("tk.test.smtp.port"), "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() throws SQLException {
    smtp.stop();
    // The other classes' steps should not try to mail the demo users.
    execute("UPDATE app_user SET email = NULL, email_notifications = TRUE"
        + " WHERE username IN ('ekonom.gsf', 'ekonom.bostad', 'it')");
  }

  @Test
  void aMonthsStepsAreMailedToWhoWantsItAndShownInThePortal() throws Exception {
    // Its price list covers its own month alone: AuditLogIT copies a price list into later months
    PreparedMonths.prepare(MONTH, "NotificationIT", List.of("GSF", "BOAB"), false, true);
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    PortalClient gsf = PortalClient.loggedIn(base, "ekonom.gsf", "demo");
    PortalClient boab = PortalClient.loggedIn(base, "ekonom.bostad", "demo");

    // The admin gives GSF's ekonom an address on the users page; the others get theirs here
    setEmailOnUsersPage(admin, "ekonom.gsf", GSF_MAIL);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username ="
        + " 'ekonom.gsf' AND email = '" + GSF_MAIL + "' AND active AND role = 'ORG_FINANCE'"));
    Page refused = setEmailOnUsersPage(admin, "ekonom.gsf", "inte en adress");
    assertTrue(refused.body().contains("är ingen giltig e-postadress"), refused.body());
    execute("UPDATE app_user SET email = '" + BOAB_MAIL + "', email_notifications = TRUE"
        + " WHERE username = 'ekonom.bostad'");
    execute("UPDATE app_user SET email = '" + IT_MAIL + "', email_notifications = TRUE"
        + " WHERE username = 'it'");

    // BOAB's ekonom switches e-mail off on the notifications page
    Page page = boab.get(NOTIFICATIONS);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Din e-postadress: " + BOAB_MAIL), page.body());
    Map<String, String> fields = PortalClient.inputs(page.body(), "emailChoice");
    assertTrue(fields.containsKey("emailChoice:emailOn_input"), "on by default: " + fields);
    fields.remove("emailChoice:emailOn_input");
    Page off = boab.ajax(NOTIFICATIONS, fields, "emailChoice:saveEmail", "emailChoice",
        "emailChoice");
    assertTrue(off.body().contains("skickas inte längre via e-post"), off.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username ="
        + " 'ekonom.bostad' AND NOT email_notifications"));

    // A mail a stopped portal was sending an hour ago (claimed, never marked) goes with the
    // next round, and so does one it was sending before the claim had a time (read in the
    // portal already, so the bell below counts only the month's).
    for (String stuck : List.of("1 HOUR", "NULL")) {
      execute("INSERT INTO notification (user_id, kind, subject, body, link, mail_status,"
          + " mail_to, mail_claim, mail_claimed_at, read_at) SELECT id, 'PRELIMINARY', 'Kvar sedan "
          + stuck + "', 'Skickades när portalen stannade', '/index.xhtml', 'SENDING', '"
          + STUCK_MAIL + "', 'en-stoppad-portal', " + ("NULL".equals(stuck) ? "NULL"
          : "CURRENT_TIMESTAMP(3) - INTERVAL " + stuck) + ", CURRENT_TIMESTAMP(3) FROM app_user"
          + " WHERE username = 'ekonom.gsf'");
    }
    // ... while one another portal is sending now stays its.
    execute("INSERT INTO notification (user_id, kind, subject, body, link, mail_status,"
        + " mail_to, mail_claim, mail_claimed_at, read_at) SELECT id, 'PRELIMINARY', 'Skickas nu',"
        + " 'En annan portal skickar', '/index.xhtml', 'SENDING', '" + STUCK_MAIL + "',"
        + " 'en-annan-portal', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM app_user"
        + " WHERE username = 'ekonom.gsf'");

    // The month becomes preliminary: GSF's ekonom is mailed, BOAB's is not
    int gsfUnread = unread(gsf);
    assertTrue(move(it, "toPreliminary").body().contains("har nu status Preliminär"));
    MimeMessage mail = mailTo(GSF_MAIL, 1).get(0);
    assertEquals("Månadsbeskedet för januari 2016 är preliminärt", mail.getSubject());
    assertEquals("tjanstekatalogen@kommun.test", mail.getFrom()[0].toString());
    String body = (String) mail.getContent();
    assertTrue(body.startsWith("Hej "), body);
    assertTrue(body.contains("Månadsbeskedet för januari 2016 är klart att granska."), body);
    assertTrue(body.contains(origin() + "/statements/review.xhtml?month=2016-01"),
        "a link to the review page: " + body);
    assertTrue(body.contains(origin() + "/notifications.xhtml"), "where to turn it off");

    assertEquals(List.of("Kvar sedan 1 HOUR", "Kvar sedan NULL"), subjects(mailTo(STUCK_MAIL, 2)),
        "the abandoned mails were sent again, the one being sent elsewhere was not");
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM notification WHERE mail_to = '"
        + STUCK_MAIL + "' AND mail_status = 'SENT'"));
    execute("DELETE FROM notification WHERE mail_to = '" + STUCK_MAIL + "'");

    Page mine = gsf.get(NOTIFICATIONS);
    assertTrue(mine.body().contains("Månadsbeskedet för januari 2016 är preliminärt"),
        mine.body());
    assertTrue(mine.body().contains("/statements/review.xhtml?month=2016-01"), mine.body());
    assertEquals(gsfUnread + 1, unread(gsf), "the bell counts it");
    Page boabs = boab.get(NOTIFICATIONS);
    assertTrue(boabs.body().contains("Månadsbeskedet för januari 2016 är preliminärt"),
        "in the portal although e-mail is off");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notification n JOIN app_user u"
        + " ON u.id = n.user_id WHERE u.username = 'ekonom.bostad' AND n.mail_status IS NULL"
        + " AND n.link = '/statements/review.xhtml?month=2016-01'"));

    // GSF comments on a line, the controller answers: GSF is told who answered what
    Page review = gsf.get(REVIEW + "?month=2016-01");
    fields = PortalClient.inputs(review.body(), "review");
    gsf.ajax(REVIEW, fields, "review:lines:0:comment", "review:lines:0:comment", "review");
    fields.put("review:lines:0:text", "Varför så många?");
    assertTrue(gsf.ajax(REVIEW, fields, "review:lines:0:send", "review", "review").body()
        .contains("Kommentaren är sparad"));
    review = it.get(REVIEW + "?month=2016-01");
    fields = PortalClient.inputs(review.body(), "review");
    it.ajax(REVIEW, fields, "review:threads:0:reply", "review:threads:0:reply", "review");
    fields.put("review:threads:0:text", "Två nya skolor.");
    assertTrue(it.ajax(REVIEW, fields, "review:threads:0:send", "review", "review").body()
        .contains("Två nya skolor."));
    MimeMessage answer = mailTo(GSF_MAIL, 2).get(1);
    assertEquals("Svar på din kommentar (januari 2016)", answer.getSubject());
    String answerText = (String) answer.getContent();
    assertTrue(answerText.contains("har svarat på din kommentar om ”")
        && answerText.contains("” i månadsbeskedet för januari 2016."), answerText);
    review = it.get(REVIEW + "?month=2016-01");
    assertTrue(it.ajax(REVIEW, PortalClient.inputs(review.body(), "review"),
        "review:threads:0:close", "review:threads:0:close", "review").status() == 200);

    // Both approve: the controller is told
    approve(gsf);
    approve(boab);
    MimeMessage approved = mailTo(IT_MAIL, 1).get(0);
    assertEquals("Alla har godkänt januari 2016", approved.getSubject());
    assertTrue(((String) approved.getContent()).contains(origin()
        + "/statements/periods.xhtml?year=2016"), (String) approved.getContent());

    // More consumption for GSF (a row in the month's batch; the triggers mark the month stale)
    // and the recomputation on the runs page withdraw GSF's approval: GSF is told
    execute("INSERT INTO consumption (period, batch_id, row_no, org_id, level_id, quantity,"
        + " reference) SELECT c.period, c.batch_id, (SELECT MAX(row_no) + 1 FROM consumption_row"
        + " WHERE period = '2016-01-01'), c.org_id, c.level_id, 7, 'tillägg' FROM consumption_row c"
        + " JOIN org_unit o ON o.id = c.org_id WHERE c.period = '2016-01-01' AND o.code = 'GSF'"
        + " ORDER BY c.row_no LIMIT 1");
    Page runs = it.get(RUNS + "?year=2016");
    Page computed = it.ajax(RUNS, PortalClient.inputs(runs.body(), "runs"),
        "runs:months:0:compute", "runs", "runs");
    assertTrue(computed.body().contains("Månaden 2016-01 är beräknad"), computed.body());
    MimeMessage withdrawn = mailTo(GSF_MAIL, 3).get(2);
    assertEquals("Godkännandet av januari 2016 har återkallats", withdrawn.getSubject());
    assertTrue(((String) withdrawn.getContent()).contains(origin()
        + "/statements/review.xhtml?month=2016-01"), (String) withdrawn.getContent());
    // BOAB's statement changes too if the level's cost is shared by a key; then it is told in
    // the portal (e-mail off), and approves again
    boolean boabWithdrawn = TestDatabase.count("SELECT COUNT(*) FROM statement_approval a"
        + " JOIN org_unit o ON o.id = a.org_id WHERE a.period = '2016-01-01'"
        + " AND o.code = 'BOAB'") == 0;
    assertEquals(boabWithdrawn ? 1 : 0, TestDatabase.count("SELECT COUNT(*) FROM notification n"
        + " JOIN app_user u ON u.id = n.user_id WHERE u.username = 'ekonom.bostad'"
        + " AND n.kind = 'WITHDRAWN' AND n.mail_status IS NULL"
        + " AND n.link = '/statements/review.xhtml?month=2016-01'"), "only if BOAB's changed");
    approve(gsf);
    if (boabWithdrawn) {
      approve(boab);
    }
    assertEquals("Alla har godkänt januari 2016", mailTo(IT_MAIL, 2).get(1).getSubject());

    // Reviewed and locked: the chiefs get a link to their statement
    assertTrue(move(it, "toReviewed").body().contains("har nu status Granskad"));
    assertTrue(move(it, "toLocked").body().contains("har nu status Låst"));
    List<MimeMessage> toGsf = mailTo(GSF_MAIL, 4);
    MimeMessage locked = toGsf.get(3);
    assertEquals("Månaden januari 2016 är låst", locked.getSubject());
    assertTrue(((String) locked.getContent()).contains(origin()
        + "/statements/statement.xhtml?month=2016-01&org=GSF"), (String) locked.getContent());

    // Mark read: the bell goes down
    mine = gsf.get(NOTIFICATIONS);
    Page read = gsf.ajax(NOTIFICATIONS, PortalClient.inputs(mine.body(), "notifications"),
        "notifications:allRead", "notifications:allRead", "notifications");
    assertTrue(read.body().contains("Alla notiser är markerade som lästa"), read.body());
    assertEquals(0, unread(gsf));

    Thread.sleep(2_000);
    assertEquals(List.of(), recipients(BOAB_MAIL), "e-mail switched off: nothing mailed");
    assertEquals(8, smtp.getReceivedMessages().length,
        "four to GSF, two to the controller, the two a stopped portal left");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM notification n JOIN app_user u"
        + " ON u.id = n.user_id WHERE u.username = 'ekonom.bostad' AND n.kind = 'LOCKED'"
        + " AND n.mail_status IS NULL AND n.link ="
        + " '/statements/statement.xhtml?month=2016-01&org=BOAB'"), "BOAB's chief in the portal");

  }

  private Page move(PortalClient it, String button) {
    Page page = it.get(PERIODS + "?year=2016");
    return it.ajax(PERIODS, PortalClient.inputs(page.body(), "periods"),
        "periods:months:0:" + button, "periods", "periods");
  }

  private static void approve(PortalClient client) {
    Page review = client.get(REVIEW + "?month=2016-01");
    Page approved = client.ajax(REVIEW, PortalClient.inputs(review.body(), "review"),
        "review:approve", "review:approve", "review");
    assertTrue(approved.body().contains("Månadsbeskedet för 2016-01 är godkänt"),
        approved.body());
  }

  /** Edits the user's address in the users page's dialog, as the admin does. */
  private static Page setEmailOnUsersPage(PortalClient admin, String username, String email) {
    Page page = admin.get(USERS);
    Matcher edit = Pattern.compile("<button id=\"(users:table:\\d+:edit)\"[^>]*title=\"[^\"]* "
        + Pattern.quote(username) + "\"").matcher(page.body());
    assertTrue(edit.find(), "an edit button for " + username);
    Page dialog = admin.ajax(USERS, PortalClient.inputs(page.body(), "users"), edit.group(1),
        edit.group(1), "userDialogForm");
    Map<String, String> fields = PortalClient.inputs(page.body(), "userDialogForm");
    fields.putAll(PortalClient.inputs(dialog.body(), "userDialogForm"));
    fields.put("userDialogForm:email", email);
    fields.put("userDialogForm:active_input", "on"); // the checked box, as the browser sends it
    return admin.ajax(USERS, fields, "userDialogForm:save", "userDialogForm",
        "userDialogForm users:table");
  }

  /** The caller's unread count, as the header's bell shows it. */
  private static int unread(PortalClient client) {
    String body = client.get(NOTIFICATIONS).body();
    Matcher m = Pattern.compile("id=\"userForm:unread\"[^>]*>(\\d+)<").matcher(body);
    assertTrue(body.contains("id=\"userForm:bell\""), "the bell is in the header: " + body);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Waits for the n-th mail to the address; its mails in the order received. */
  private static List<MimeMessage> mailTo(String address, int n) throws Exception {
    long until = System.currentTimeMillis() + WAIT_MS;
    List<MimeMessage> mails = recipients(address);
    while (mails.size() < n && System.currentTimeMillis() < until) {
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
      mails = recipients(address);
    }
    assertEquals(n, mails.size(), "mails to " + address);
    return mails;
  }

  private static List<String> subjects(List<MimeMessage> mails) throws Exception {
    List<String> out = new ArrayList<>();
    for (MimeMessage m : mails) {
      out.add(m.getSubject());
    }
    return out;
  }

  private static List<MimeMessage> recipients(String address) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      assertNotNull(m.getRecipients(Message.RecipientType.TO));
      if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
        out.add(m);
      }
    }
    return out;
  }

  private String origin() {
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
