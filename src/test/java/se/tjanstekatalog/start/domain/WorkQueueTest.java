package se.tjanstekatalog.start.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.CatalogueTasks.Proposal;
import se.tjanstekatalog.catalogue.control.CatalogueTasks.Request;
import se.tjanstekatalog.ledger.control.LedgerReads.StoredMonth;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.review.control.ReviewTasks.OrgMonth;
import se.tjanstekatalog.review.control.ReviewTasks.Silent;
import se.tjanstekatalog.review.control.ReviewTasks.ThreadTip;
import se.tjanstekatalog.security.control.AccountTasks.Account;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.start.domain.WorkQueue.Item;

class WorkQueueTest {
  private static final YearMonth JAN = YearMonth.of(2039, 1);
  private static final YearMonth FEB = YearMonth.of(2039, 2);
  private static final YearMonth MAR = YearMonth.of(2039, 3);
  private static final Instant NOW = Instant.parse("2039-03-15T10:00:00Z");

  @Test
  void aStatementWaitsForApprovalOnlyWhenPreliminaryCurrentWithLinesAndNotApproved() {
    List<StoredMonth> computed = List.of(new StoredMonth(JAN, PeriodStatus.PRELIMINARY, false),
        new StoredMonth(FEB, PeriodStatus.PRELIMINARY, true),
        new StoredMonth(MAR, PeriodStatus.PRELIMINARY, false));
    List<Item> items = WorkQueue.awaitingApproval(computed, List.of(
        new OrgMonth(JAN, true, false), // waiting
        new OrgMonth(FEB, true, false), // stale: approval waits for the recomputation
        new OrgMonth(MAR, false, false), // no lines of the org
        new OrgMonth(YearMonth.of(2039, 4), true, false))); // not computed
    assertEquals(List.of(new Item("approve", List.of("2039-01"),
        "statements/review.xhtml?month=2039-01")), items);
    assertEquals("start.todo.approve", items.get(0).key());

    assertTrue(WorkQueue.awaitingApproval(computed, List.of(new OrgMonth(JAN, true, true)))
        .isEmpty(), "approved: done");
    assertTrue(WorkQueue.awaitingApproval(List.of(new StoredMonth(JAN, PeriodStatus.REVIEWED,
        false)), List.of(new OrgMonth(JAN, true, false))).isEmpty(), "no longer preliminary");
  }

  @Test
  void anAnswerIsAThreadIWroteInWhoseLastMessageIsSomeoneElses() {
    ThreadTip answered = thread(1, "it", false, true);
    ThreadTip myTurnDone = thread(2, "ekonom.gsf", true, true);
    ThreadTip notMine = thread(3, "it", false, false);
    List<Item> items = WorkQueue.answers(List.of(answered, myTurnDone, notMine), "ekonom.gsf");
    assertEquals(List.of(new Item("answer", List.of("Arbetsplats / Dator", "2039-01"),
        "statements/review.xhtml?month=2039-01")), items);
  }

  @Test
  void theControllerAnswersOpenThreadsWhoseLastMessageIsAnOrgs() {
    ThreadTip waiting = thread(1, "ekonom.gsf", true, false);
    ThreadTip answered = thread(2, "it", false, false);
    ThreadTip closed = new ThreadTip(3, JAN, "GSF", "x", false, "ekonom.gsf", true, NOW, false);
    assertEquals(List.of(new Item("unanswered", List.of("GSF", "Arbetsplats / Dator",
        "2039-01"), "statements/review.xhtml?month=2039-01")),
        WorkQueue.unansweredComments(List.of(waiting, answered, closed)));
  }

  @Test
  void staleMonthsNotLockedAreToRecomputeAndReviewedOnesToLock() {
    List<StoredMonth> computed = List.of(new StoredMonth(JAN, PeriodStatus.LOCKED, true),
        new StoredMonth(FEB, PeriodStatus.PRELIMINARY, true),
        new StoredMonth(MAR, PeriodStatus.REVIEWED, false));
    assertEquals(List.of(new Item("stale", List.of("2039-02"), "costing/runs.xhtml?year=2039")),
        WorkQueue.staleMonths(computed));
    assertEquals(List.of(new Item("lock", List.of("2039-03"),
        "statements/periods.xhtml?year=2039")), WorkQueue.readyToLock(computed));
  }

  @Test
  void silentOrgsAreListedPerMonthAndAMonthEveryoneAnsweredIsNot() {
    assertEquals(List.of(new Item("silent", List.of("2039-01", "2", "GSF, SBK"),
        "statements/summary.xhtml?month=2039-01")), WorkQueue.silentOrgs(List.of(
            new Silent(JAN, List.of("GSF", "SBK")), new Silent(FEB, List.of()))));
  }

  @Test
  void requestsWaitWhilePendingAndTheirDecisionsShowForThirtyDays() {
    Request pending = new Request(1, "GSF", "Dator", "Utökad", FEB, "PENDING", null);
    Request accepted = new Request(2, "GSF", "Dator", "Bas", MAR, "ACCEPTED",
        NOW.minus(Duration.ofDays(3)));
    Request old = new Request(3, "GSF", "Dator", "Bas", JAN, "REJECTED",
        NOW.minus(Duration.ofDays(31)));
    List<Request> all = List.of(pending, accepted, old);
    assertEquals(List.of(new Item("request", List.of("GSF", "Dator", "Utökad", "2039-02"),
        "catalogue/subscriptions.xhtml")), WorkQueue.pendingRequests(all));
    List<Item> decided = WorkQueue.decidedRequests(all, NOW);
    assertEquals(List.of(new Item("decided.ACCEPTED", List.of("Dator", "Bas", "2039-03"),
        "catalogue/subscriptions.xhtml")), decided);
    assertEquals("start.todo.decided.ACCEPTED", decided.get(0).key());
  }

  @Test
  void proposalsWaitInPreparationAndTheirAuthorsSeeTheDecision() {
    Proposal preparing = new Proposal(1, "Ny tjänst", "IN_PREPARATION", "it", null);
    Proposal draft = new Proposal(2, "Utkast", "DRAFT", "it", null);
    Proposal decided = new Proposal(3, "Nytt pris", "DECIDED", "ekonom.gsf",
        NOW.minus(Duration.ofDays(1)));
    List<Proposal> all = List.of(preparing, draft, decided);
    assertEquals(List.of(new Item("proposal", List.of("Ny tjänst"),
        "catalogue/proposals.xhtml")), WorkQueue.waitingProposals(all));
    assertEquals(List.of(new Item("proposal.DECIDED", List.of("Nytt pris"),
        "catalogue/proposals.xhtml")), WorkQueue.decidedProposals(all, "ekonom.gsf", NOW));
    assertTrue(WorkQueue.decidedProposals(all, "ekonom.bostad", NOW).isEmpty(), "not theirs");
  }

  @Test
  void anAdminSeesLockedAccountsAndOrgAccountsWithoutAnOrg() {
    LocalDate today = LocalDate.of(2039, 3, 15);
    Account locked = new Account(1, "ekonom.gsf", "Eva Ekonom", Role.ORG_FINANCE, 5L, null,
        NOW.plusSeconds(600));
    Account lockRunOut = new Account(2, "it", "Ivar", Role.IT_CONTROLLER, null, null,
        NOW.minusSeconds(1));
    Account noOrg = new Account(3, "viewer", "Vera", Role.VIEWER, null, null, null);
    Account endedOrg = new Account(4, "ekonom.old", "Olle", Role.ORG_FINANCE, 9L,
        LocalDate.of(2039, 2, 28), null);
    Account admin = new Account(5, "admin", "Ada", Role.ADMIN, null, null, null);
    List<Account> all = List.of(locked, lockRunOut, noOrg, endedOrg, admin);
    assertEquals(List.of(new Item("locked", List.of("Eva Ekonom", "ekonom.gsf"),
        "admin/users.xhtml")), WorkQueue.lockedAccounts(all, NOW));
    assertEquals(List.of(new Item("noOrg", List.of("Vera", "viewer"), "admin/users.xhtml"),
        new Item("noOrg", List.of("Olle", "ekonom.old"), "admin/users.xhtml")),
        WorkQueue.withoutOrg(all, today));
  }

  private static ThreadTip thread(long id, String lastAuthor, boolean lastByOrg, boolean mine) {
    return new ThreadTip(id, JAN, "GSF", "Arbetsplats / Dator", true, lastAuthor, lastByOrg,
        NOW, mine);
  }
}
