package se.tjanstekatalog.start;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.start.control.WorkQueueService;
import se.tjanstekatalog.start.domain.WorkQueue;
import se.tjanstekatalog.start.domain.YearToDate;
import se.tjanstekatalog.organisation.control.KeyValueService;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.security.control.UserService;

/**
 * The start page's facts, by role: Att göra (the caller's tasks, each a link to the page where
 * one acts; {@link WorkQueue}), the org's IT cost this year so far against last year (VIEWER,
 * ORG_FINANCE), the caller's own org and its latest key values (VIEWER, ORG_FINANCE), the
 * register's size and headcount (everyone), the number of active users (ADMIN).
 */
@Named
@ViewScoped
public class StartBean implements Serializable {
  @Inject OrganisationService organisations;
  @Inject KeyValueService keyValues;
  @Inject UserService users;
  @Inject WorkQueueService workQueue;
  @Inject CurrentUser currentUser;

  /** A task as the page shows it: its kind, its text and its link (relative to the root). */
  public record Task(String kind, String text, String href) implements Serializable {}

  private Map<OrgKind, Long> orgCounts;
  private YearMonth latestMonth;
  private long totalHeadcount;
  private OrgKeyValue ownLatest;
  private Long activeUsers;
  private List<Task> tasks = List.of();
  private YearToDate yearToDate;
  private String yearChart;

  public void load() {
    orgCounts = organisations.countByKind();
    CallerInfo caller = currentUser.getInfo();
    if (caller != null && caller.hasOrg()) {
      // History is newest first and may hold planned months; show the latest up to now.
      List<OrgKeyValue> own = keyValues.history(organisations.find(caller.getOrgId()));
      YearMonth now = YearMonth.now();
      ownLatest = own.stream().filter(k -> !k.getPeriod().isAfter(now)).findFirst().orElse(null);
    }
    latestMonth = keyValues.latestPeriod().orElse(null);
    totalHeadcount = latestMonth == null ? 0 : keyValues.totalHeadcount(latestMonth);
    if (currentUser.isAdmin()) {
      activeUsers = users.countActive();
    }
    tasks = workQueue.tasks().stream().map(i -> new Task(i.kind().replace('.', '-'),
        Faces.text(i.key(), i.args().toArray()), i.href())).toList();
    if (caller != null && caller.hasOrg()
        && (currentUser.isOrgFinance() || currentUser.isViewer())) {
      yearToDate = workQueue.yearToDate(YearMonth.now());
      if (yearToDate != null && !yearToDate.isEmpty()) {
        YearMonth through = yearToDate.through();
        YearMonth before = through.minusYears(1);
        yearChart = YearCostChart.of(yearToDate,
            Faces.text("start.cost.span", YearMonth.of(before.getYear(), 1), before),
            Faces.text("start.cost.span", YearMonth.of(through.getYear(), 1), through),
            Faces.text("model.CHARGEBACK"), Faces.text("model.ALLOCATION"),
            Faces.text("start.cost.title"), Faces.text("start.cost.axis"));
      }
    }
  }

  /** Att göra: the caller's tasks (none for a VIEWER). */
  public List<Task> getTasks() {
    return tasks;
  }

  /** The org's cost this year so far and last year's same months; null without an org. */
  public YearToDate getYearToDate() {
    return yearToDate;
  }

  /** The chart of {@link #getYearToDate}, or null when nothing is computed in either year. */
  public String getYearChart() {
    return yearChart;
  }

  public long getAdministrations() {
    return orgCounts.get(OrgKind.ADMINISTRATION);
  }

  public long getCompanies() {
    return orgCounts.get(OrgKind.COMPANY);
  }

  public YearMonth getLatestMonth() {
    return latestMonth;
  }

  public long getTotalHeadcount() {
    return totalHeadcount;
  }

  public OrgKeyValue getOwnLatest() {
    return ownLatest;
  }

  public Long getActiveUsers() {
    return activeUsers;
  }
}
