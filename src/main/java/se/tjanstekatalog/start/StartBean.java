package se.tjanstekatalog.start;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.organisation.control.KeyValueService;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.security.control.UserService;

/**
 * The start page's facts, by role: the caller's own org and its latest key values (VIEWER,
 * ORG_FINANCE), the register's size and headcount (everyone), the number of active users
 * (ADMIN). Only what exists: no tiles for capabilities not built yet.
 */
@Named
@ViewScoped
public class StartBean implements Serializable {
  @Inject transient OrganisationService organisations;
  @Inject transient KeyValueService keyValues;
  @Inject transient UserService users;
  @Inject CurrentUser currentUser;

  private Map<OrgKind, Long> orgCounts;
  private YearMonth latestMonth;
  private long totalHeadcount;
  private OrgKeyValue ownLatest;
  private Long activeUsers;

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
