package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.LevelChangeRequest;
import se.tjanstekatalog.catalogue.entity.RequestStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Subscription;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Valda nivåer: which level of each service an org has, from which month. VIEWER and
 * ORG_FINANCE see their own org's; ORG_FINANCE asks for a change, which IT_CONTROLLER accepts
 * (the subscription changes from the month asked for) or rejects with a reason.
 */
@Stateless
public class SubscriptionService {
  @Inject CatalogueRepository repository;
  @Inject OrganisationService organisations;
  @Inject CurrentCaller caller;

  @PermitAll
  public List<Subscription> forOrg(long orgId) {
    caller.requireOrg(orgId);
    return repository.subscriptions(organisations.find(orgId));
  }

  /** An org's subscriptions of one service (the caller's own org, or any for the staff). */
  @PermitAll
  public List<Subscription> forOrg(long orgId, Service service) {
    caller.requireOrg(orgId);
    return repository.subscriptions(organisations.find(orgId), service);
  }

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<Subscription> all() {
    return repository.subscriptions();
  }

  /** Requests the caller may see: their own org's, or all for IT_CONTROLLER and ADMIN. */
  @PermitAll
  public List<LevelChangeRequest> requests() {
    if (caller.seesAllOrgs()) {
      return repository.requests();
    }
    Long orgId = caller.info().getOrgId();
    return orgId == null ? List.of() : repository.requests(organisations.find(orgId));
  }

  /** IT_CONTROLLER sets an org's level of a service from a month. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public Subscription setLevel(long orgId, long levelId, YearMonth from) {
    OrgUnit org = organisations.find(orgId);
    ServiceLevel level = level(levelId);
    return change(org, level, from);
  }

  /** ORG_FINANCE asks for another level for their own org. */
  @RolesAllowed(Role.ORG_FINANCE_NAME)
  public LevelChangeRequest request(long levelId, YearMonth from, String motivation) {
    Long orgId = caller.info().getOrgId();
    OrgUnit org = organisations.find(orgId);
    ServiceLevel level = level(levelId);
    if (from == null || from.isBefore(YearMonth.now())) {
      throw new RuleViolationException(new Violation("effective", "request.error.past",
          from == null ? "" : SwedishFormat.month(from)));
    }
    LevelChangeRequest request = new LevelChangeRequest(org, level, from,
        motivation == null ? null : motivation.strip(), caller.name(), Instant.now());
    repository.persist(request);
    return request;
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void accept(long requestId) {
    LevelChangeRequest request = pending(requestId);
    change(request.getOrg(), request.getToLevel(), request.getEffectiveMonth());
    request.decide(RequestStatus.ACCEPTED, caller.name(), Instant.now(), null);
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void reject(long requestId, String reason) {
    LevelChangeRequest request = pending(requestId);
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException(new Violation("reason", "request.error.reason"));
    }
    request.decide(RequestStatus.REJECTED, caller.name(), Instant.now(), reason.strip());
  }

  /**
   * Ends the subscription covering {@code from} at the month before and starts one for the
   * new level; later subscriptions of the same service are left as planned.
   */
  private Subscription change(OrgUnit org, ServiceLevel level, YearMonth from) {
    if (from == null) {
      throw new RuleViolationException(new Violation("effective", "request.error.month"));
    }
    if (!level.isOfferedIn(from)) {
      throw new RuleViolationException(new Violation("level", "subscription.error.notOffered",
          level.getService().getName(), level.getName(), SwedishFormat.month(from)));
    }
    BigDecimal quantity = BigDecimal.ONE;
    for (Subscription s : repository.subscriptions(org, level.getService())) {
      if (s.covers(from)) {
        quantity = s.getQuantity();
        if (s.getValidFrom().equals(from)) {
          throw new RuleViolationException(new Violation("effective",
              "subscription.error.sameMonth", level.getService().getName(),
              SwedishFormat.month(from)));
        }
        s.setValidTo(from.minusMonths(1));
      }
    }
    Subscription next = new Subscription(org, level, from);
    next.setQuantity(quantity);
    repository.persist(next);
    return next;
  }

  private ServiceLevel level(long levelId) {
    return repository.level(levelId)
        .orElseThrow(() -> new NotFoundException("catalogue.error.levelNotFound", levelId));
  }

  private LevelChangeRequest pending(long id) {
    LevelChangeRequest request = repository.request(id)
        .orElseThrow(() -> new NotFoundException("request.error.notFound", id));
    if (request.getStatus() != RequestStatus.PENDING) {
      throw new RuleViolationException(new Violation("status", "request.error.decided"));
    }
    return request;
  }
}
