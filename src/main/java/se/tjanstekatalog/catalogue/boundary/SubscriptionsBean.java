package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.SubscriptionService;
import se.tjanstekatalog.catalogue.entity.LevelChangeRequest;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Subscription;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Valda nivåer: an org's subscriptions (the caller's own org, or any org for IT_CONTROLLER),
 * ORG_FINANCE's requests for another level, and IT_CONTROLLER's handling of them.
 */
@Named
@ViewScoped
public class SubscriptionsBean implements Serializable {
  @Inject SubscriptionService subscriptions;
  @Inject OrganisationService organisations;
  @Inject CatalogueService catalogue;
  @Inject CurrentUser currentUser;

  private Long orgId;
  private List<OrgUnit> orgs;
  private List<Subscription> rows;
  private List<LevelChangeRequest> requests;
  private List<Service> services;
  private Long levelId;
  private LocalDate month = LocalDate.now().plusMonths(1).withDayOfMonth(1);
  private String motivation;
  private Long decideId;
  private String reason;

  public void load() {
    if (currentUser.isController() || currentUser.isAdmin()) {
      orgs = organisations.all();
      if (orgId == null && !orgs.isEmpty()) {
        orgId = orgs.get(0).getId();
      }
    } else {
      orgId = currentUser.getInfo().getOrgId();
    }
    rows = orgId == null ? List.of() : subscriptions.forOrg(orgId);
    requests = subscriptions.requests();
    services = catalogue.services();
  }

  /** IT_CONTROLLER sets the level directly; ORG_FINANCE sends a request. */
  public void submit() {
    Faces.attempt(() -> {
      YearMonth from = month == null ? null : YearMonth.from(month);
      if (currentUser.isController()) {
        subscriptions.setLevel(orgId, levelId == null ? -1 : levelId, from);
        Faces.info("subscription.changed");
      } else {
        subscriptions.request(levelId == null ? -1 : levelId, from, motivation);
        Faces.info("request.sent");
      }
      PrimeFaces.current().executeScript("PF('levelDialog').hide()");
      motivation = null;
      load();
    });
  }

  public void accept(LevelChangeRequest request) {
    Faces.attempt(() -> {
      subscriptions.accept(request.getId());
      Faces.info("request.accepted", request.getOrg().getName());
      load();
    });
  }

  public void startReject(LevelChangeRequest request) {
    decideId = request.getId();
    reason = null;
  }

  public void reject() {
    Faces.attempt(() -> {
      subscriptions.reject(decideId, reason);
      Faces.info("request.rejectedInfo");
      PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
      load();
    });
  }

  public List<ServiceLevel> getLevels() {
    return services.stream().flatMap(s -> s.getLevels().stream()).toList();
  }

  public Long getOrgId() {
    return orgId;
  }

  public void setOrgId(Long orgId) {
    this.orgId = orgId;
  }

  public List<OrgUnit> getOrgs() {
    return orgs;
  }

  public List<Subscription> getRows() {
    return rows;
  }

  public List<LevelChangeRequest> getRequests() {
    return requests;
  }

  public Long getLevelId() {
    return levelId;
  }

  public void setLevelId(Long levelId) {
    this.levelId = levelId;
  }

  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
