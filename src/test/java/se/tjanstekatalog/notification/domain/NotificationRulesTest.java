package se.tjanstekatalog.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.notification.domain.NotificationRules.Kind;
import se.tjanstekatalog.notification.domain.NotificationRules.Notice;
import se.tjanstekatalog.notification.domain.NotificationRules.Person;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;

/** Who gets which notification, with which text, link and address. */
class NotificationRulesTest {
  private static final YearMonth MONTH = YearMonth.of(2038, 1);
  private static final long GSF = 1;
  private static final long BOAB = 2;
  private static final long SBK = 3;

  private static final Person EKONOM_GSF =
      new Person(10, "ekonom.gsf", "Eva Ekonom", Role.ORG_FINANCE, GSF, "eva@kommun.test", true);
  private static final Person EKONOM_BOAB = new Person(11, "ekonom.bostad", "Bo Bostad",
      Role.ORG_FINANCE, BOAB, "bo@kommun.test", false);
  private static final Person EKONOM_SBK =
      new Person(12, "ekonom.sbk", "Sara Bygg", Role.ORG_FINANCE, SBK, null, true);
  private static final Person VIEWER_GSF =
      new Person(13, "lasare.gsf", "Lasse Läsare", Role.VIEWER, GSF, "l@kommun.test", true);
  private static final Person IT =
      new Person(14, "it", "Ingrid IT", Role.IT_CONTROLLER, null, "it@kommun.test", true);
  private static final Person ADMIN =
      new Person(15, "admin", "Adam Admin", Role.ADMIN, null, "admin@kommun.test", true);
  private static final List<Person> PEOPLE =
      List.of(EKONOM_GSF, EKONOM_BOAB, EKONOM_SBK, VIEWER_GSF, IT, ADMIN);

  @Test
  void aPreliminaryMonthTellsTheChiefsOfOrgsWithLinesOnly() {
    List<Notice> notices = NotificationRules.preliminary(MONTH, Map.of(GSF, "GSF", BOAB, "BOAB"),
        PEOPLE, true);
    assertEquals(List.of(10L, 11L), users(notices), "ORG_FINANCE of GSF and BOAB, not SBK's");
    Notice gsf = notices.get(0);
    assertEquals(Kind.PRELIMINARY, gsf.kind());
    assertEquals("/statements/review.xhtml?month=2038-01", gsf.link());
    assertEquals("eva@kommun.test", gsf.mailTo());
    assertNull(notices.get(1).mailTo(), "BOAB's chief switched e-mail off: portal only");
    assertEquals("Månadsbeskedet för januari 2038 är preliminärt",
        Messages.sv(gsf.subjectKey(), gsf.args().toArray()));
    assertTrue(Messages.sv(gsf.bodyKey(), gsf.args().toArray())
        .startsWith("Månadsbeskedet för januari 2038 är klart att granska."));
  }

  @Test
  void withoutMailConfiguredNobodyIsMailed() {
    List<Notice> notices = NotificationRules.preliminary(MONTH, Map.of(GSF, "GSF"), PEOPLE,
        false);
    assertEquals(List.of(10L), users(notices));
    assertNull(notices.get(0).mailTo());
  }

  @Test
  void aUserWithoutAddressIsToldInThePortalOnly() {
    List<Notice> notices = NotificationRules.withdrawn(MONTH, SBK, PEOPLE, true);
    assertEquals(List.of(12L), users(notices));
    assertNull(notices.get(0).mailTo());
  }

  @Test
  void aLockedMonthLinksEachChiefToTheOrgsStatement() {
    List<Notice> notices = NotificationRules.locked(MONTH, Map.of(GSF, "GSF", BOAB, "BOAB"),
        PEOPLE, true);
    assertEquals(List.of(10L, 11L), users(notices));
    assertEquals("/statements/statement.xhtml?month=2038-01&org=GSF", notices.get(0).link());
    assertEquals("/statements/statement.xhtml?month=2038-01&org=BOAB", notices.get(1).link());
    assertEquals("Månaden januari 2038 är låst", Messages.sv(notices.get(0).subjectKey(),
        notices.get(0).args().toArray()));
  }

  @Test
  void anAnswerTellsTheThreadsAuthorUnlessTheyWroteIt() {
    List<Notice> notices = NotificationRules.answered(MONTH, "Arbetsplats / Dator", "ekonom.gsf",
        "it", PEOPLE, true);
    assertEquals(List.of(10L), users(notices));
    assertEquals("Ingrid IT har svarat på din kommentar om ”Arbetsplats / Dator” i"
        + " månadsbeskedet för januari 2038.", Messages.sv(notices.get(0).bodyKey(),
            notices.get(0).args().toArray()));
    assertEquals(List.of(), NotificationRules.answered(MONTH, "x", "ekonom.gsf", "ekonom.gsf",
        PEOPLE, true), "nobody is told of their own answer");
    assertEquals(List.of(), NotificationRules.answered(MONTH, "x", "gone", "it", PEOPLE, true),
        "an author no longer active is not told");
  }

  @Test
  void everyApprovalTellsTheControllers() {
    List<Notice> notices = NotificationRules.allApproved(MONTH, 5, 1, PEOPLE, true);
    assertEquals(List.of(14L), users(notices), "IT_CONTROLLER only, not ADMIN");
    assertEquals("/statements/periods.xhtml?year=2038", notices.get(0).link());
    assertEquals("Alla har godkänt januari 2038", Messages.sv(notices.get(0).subjectKey(),
        notices.get(0).args().toArray()));
    assertTrue(Messages.sv(notices.get(0).bodyKey(), notices.get(0).args().toArray())
        .contains("Alla 5 förvaltningar och bolag med rader har godkänt"));
  }

  @Test
  void aWithdrawnApprovalTellsThatOrgsChiefs() {
    List<Notice> notices = NotificationRules.withdrawn(MONTH, GSF, PEOPLE, true);
    assertEquals(List.of(10L), users(notices), "not the viewer, not other orgs");
    assertEquals(Kind.WITHDRAWN, notices.get(0).kind());
    assertEquals("/statements/review.xhtml?month=2038-01", notices.get(0).link());
  }

  @Test
  void monthsAreNamedInSwedish() {
    assertEquals("december 2026", NotificationRules.monthName(YearMonth.of(2026, 12)));
    assertEquals("maj 2038", NotificationRules.monthName(YearMonth.of(2038, 5)));
  }

  private static List<Long> users(List<Notice> notices) {
    return notices.stream().map(Notice::userId).toList();
  }
}
