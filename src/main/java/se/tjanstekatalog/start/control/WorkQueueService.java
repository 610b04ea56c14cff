package se.tjanstekatalog.start.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.tjanstekatalog.catalogue.control.CatalogueTasks;
import se.tjanstekatalog.forecast.control.ForecastReads;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.setup.control.SetupService;
import se.tjanstekatalog.review.control.ReviewTasks;
import se.tjanstekatalog.security.control.AccountTasks;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.start.domain.WorkQueue;
import se.tjanstekatalog.start.domain.WorkQueue.Item;
import se.tjanstekatalog.start.domain.YearToDate;

/**
 * Att göra on the start page: reads the facts through the owning capabilities' control
 * classes (ledger, review, catalogue, security) on one connection and lets {@link WorkQueue}
 * decide what is a task for the caller's role (the helårsprognos of the current year
 * through forecast's ForecastReads). Also the org's cost this year so far.
 */
@Stateless
public class WorkQueueService {
  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject Tenancy tenancy;
  @Inject LedgerTotals totals;
  /** Today's date: the helårsprognos's year is the current one. */
  Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

  /** The caller's tasks, most urgent kinds first; empty for a VIEWER. */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public List<Item> tasks() {
    CallerInfo me = caller.info();
    Instant now = Instant.now();
    List<Item> items = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      if (me.getRole() == Role.ORG_FINANCE && me.getOrgId() != null) {
        long org = me.getOrgId();
        List<LedgerReads.StoredMonth> computed = LedgerReads.storedMonths(c);
        items.addAll(WorkQueue.awaitingApproval(computed, ReviewTasks.orgMonths(c, org)));
        items.addAll(WorkQueue.answers(ReviewTasks.threads(c, org, me.getUsername()),
            me.getUsername()));
        items.addAll(WorkQueue.decidedRequests(CatalogueTasks.requests(c, org), now));
        items.addAll(WorkQueue.decidedProposals(CatalogueTasks.proposals(c),
            me.getUsername(), now));
        YearForecast forecast = ForecastReads.forecast(c, totals, currentYear(),
            YearMonth.now(clock));
        items.addAll(WorkQueue.overBudget(forecast, org));
        items.addAll(WorkQueue.budgetMissing(forecast, org));
      } else if (me.getRole() == Role.IT_CONTROLLER) {
        items.addAll(WorkQueue.setupMissing(
            SetupService.checklist(c, tenancy.municipalityId()).missing()));
        List<LedgerReads.StoredMonth> computed = LedgerReads.storedMonths(c);
        items.addAll(WorkQueue.staleMonths(computed));
        items.addAll(WorkQueue.unansweredComments(ReviewTasks.threads(c, null,
            me.getUsername())));
        items.addAll(WorkQueue.silentOrgs(ReviewTasks.silent(c)));
        items.addAll(WorkQueue.readyToLock(computed));
        items.addAll(WorkQueue.pendingRequests(CatalogueTasks.requests(c, null)));
        items.addAll(WorkQueue.waitingProposals(CatalogueTasks.proposals(c)));
        YearForecast forecast = ForecastReads.forecast(c, totals, currentYear(),
            YearMonth.now(clock));
        items.addAll(WorkQueue.overBudget(forecast, null));
        items.addAll(WorkQueue.budgetMissing(forecast, null));
      } else if (me.getRole() == Role.ADMIN) {
        items.addAll(WorkQueue.setupMissing(
            SetupService.checklist(c, tenancy.municipalityId()).missing()));
        List<AccountTasks.Account> accounts = AccountTasks.active(c);
        items.addAll(WorkQueue.lockedAccounts(accounts, now));
        items.addAll(WorkQueue.withoutOrg(accounts, LocalDate.now()));
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the work queue", e);
    }
  }

  private int currentYear() {
    return LocalDate.now(clock).getYear();
  }

  /**
   * The caller's org's IT cost from January up to {@code through} under both models, and the
   * same months of last year; null for a caller without an org.
   */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME})
  public YearToDate yearToDate(YearMonth through) {
    Long org = caller.info().getOrgId();
    if (org == null) {
      return null;
    }
    YearMonth january = YearMonth.of(through.getYear(), 1);
    try (Connection c = dataSource.getConnection()) {
      return YearToDate.of(through,
          totals.monthTotals(c, org, null, january, through),
          totals.monthTotals(c, org, null, january.minusYears(1), through.minusYears(1)));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the year's cost", e);
    }
  }
}
