package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.ChangeProposal;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.ProposalKind;
import se.tjanstekatalog.catalogue.entity.ProposalStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.LockedMonths;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Förändringsförslag: IT_CONTROLLER drafts, sends to preparation (beredning, where the
 * finance chiefs comment too) and records the decision. Only a decision changes the
 * catalogue, and only from the proposal's month; every change it makes is audited with a
 * reference to the proposal.
 */
@Stateless
public class ProposalService {
  private static final String PREPARERS = Role.IT_CONTROLLER_NAME;

  @Inject CatalogueRepository repository;
  @Inject CatalogueOwner owner;
  @Inject CurrentCaller caller;
  @Inject AuditTrail audit;
  @Inject AuditLog auditLog;
  @Inject LockedMonths lockedMonths;

  /** What the proposal form sends; which fields matter depends on {@code kind}. */
  public record Draft(ProposalKind kind, String title, String motivation, YearMonth effective,
      String serviceCode, Long levelId, Amount newCostPrice, String newServiceCode,
      String newServiceName, Long newAreaId, Unit newUnit, Financing newFinancing,
      String newLevelCode, String newLevelName) {}

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<ChangeProposal> all() {
    List<ChangeProposal> all = repository.proposals();
    all.forEach(p -> p.getComments().size());
    return all;
  }

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public ChangeProposal find(long id) {
    ChangeProposal p = repository.proposal(id)
        .orElseThrow(() -> new NotFoundException("proposal.error.notFound", id));
    p.getComments().size();
    return p;
  }

  @RolesAllowed(PREPARERS)
  public ChangeProposal create(Draft d) {
    owner.requireOwn();
    List<Violation> errors = new ArrayList<>();
    if (d.kind() == null) {
      errors.add(new Violation("kind", "proposal.error.kind"));
    }
    if (d.title() == null || d.title().isBlank()) {
      errors.add(new Violation("title", "proposal.error.title"));
    }
    if (d.effective() == null) {
      errors.add(new Violation("effective", "proposal.error.effective"));
    }
    RuleViolationException.throwIfAny(errors);
    ChangeProposal p = new ChangeProposal(d.kind(), d.title().strip(), d.effective(),
        caller.name(), Instant.now());
    p.setMotivation(d.motivation());
    switch (d.kind()) {
      case PRICE_CHANGE -> {
        ServiceLevel level = level(d.levelId(), errors);
        requireCost(d.newCostPrice(), errors);
        RuleViolationException.throwIfAny(errors);
        p.setService(level.getService());
        p.setLevel(level);
        p.setNewCostPrice(d.newCostPrice());
      }
      case RETIREMENT -> p.setService(service(d.serviceCode(), errors));
      case NEW_LEVEL -> {
        Service service = service(d.serviceCode(), errors);
        requireText(d.newLevelCode(), "newLevelCode", errors);
        requireText(d.newLevelName(), "newLevelName", errors);
        requireCost(d.newCostPrice(), errors);
        if (service != null && d.newLevelCode() != null && service.getLevels().stream()
            .anyMatch(l -> l.getCode().equalsIgnoreCase(d.newLevelCode().strip()))) {
          errors.add(new Violation("newLevelCode", "proposal.error.levelExists",
              d.newLevelCode(), service.getName()));
        }
        RuleViolationException.throwIfAny(errors);
        p.setService(service);
        p.describeNewLevel(d.newLevelCode().strip().toUpperCase(java.util.Locale.ROOT),
            d.newLevelName().strip());
        p.setNewCostPrice(d.newCostPrice());
      }
      case NEW_SERVICE -> {
        requireText(d.newServiceCode(), "newServiceCode", errors);
        requireText(d.newServiceName(), "newServiceName", errors);
        requireText(d.newLevelCode(), "newLevelCode", errors);
        requireText(d.newLevelName(), "newLevelName", errors);
        requireCost(d.newCostPrice(), errors);
        ServiceArea area = d.newAreaId() == null ? null
            : repository.area(d.newAreaId()).orElse(null);
        if (area == null) {
          errors.add(new Violation("newArea", "proposal.error.area"));
        }
        if (d.newUnit() == null || d.newFinancing() == null) {
          errors.add(new Violation("newUnit", "proposal.error.unit"));
        }
        if (d.newServiceCode() != null
            && repository.service(d.newServiceCode().strip()).isPresent()) {
          errors.add(new Violation("newServiceCode", "proposal.error.serviceExists",
              d.newServiceCode()));
        }
        RuleViolationException.throwIfAny(errors);
        p.describeNewService(d.newServiceCode().strip().toUpperCase(java.util.Locale.ROOT),
            d.newServiceName().strip(), area, d.newUnit(), d.newFinancing());
        p.describeNewLevel(d.newLevelCode().strip().toUpperCase(java.util.Locale.ROOT),
            d.newLevelName().strip());
        p.setNewCostPrice(d.newCostPrice());
      }
      default -> throw new IllegalStateException(d.kind().name());
    }
    repository.persist(p);
    proposalStep(p, "Nytt förändringsförslag");
    return p;
  }

  /** DRAFT → IN_PREPARATION (beredning). */
  @RolesAllowed(PREPARERS)
  public void submit(long id) {
    ChangeProposal p = find(id);
    requireStatus(p, ProposalStatus.DRAFT);
    p.submit(caller.name(), Instant.now());
    proposalStep(p, "Förslaget lämnat till beredning");
  }

  /** A remark while the proposal is prepared; the finance chiefs take part too. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public void comment(long id, String text) {
    ChangeProposal p = find(id);
    if (p.getStatus().isClosed()) {
      throw new RuleViolationException(new Violation("comment", "proposal.error.closed",
          p.getTitle()));
    }
    if (text == null || text.isBlank()) {
      throw new RuleViolationException(new Violation("comment", "proposal.error.comment"));
    }
    p.comment(caller.name(), Instant.now(), text.strip());
  }

  @RolesAllowed(PREPARERS)
  public void reject(long id, String note) {
    ChangeProposal p = find(id);
    requireStatus(p, ProposalStatus.IN_PREPARATION);
    if (note == null || note.isBlank()) {
      throw new RuleViolationException(new Violation("note", "proposal.error.rejectReason"));
    }
    p.close(ProposalStatus.REJECTED, caller.name(), Instant.now(), note.strip());
    proposalStep(p, "Förslaget avslaget: " + note.strip());
  }

  /** Records the decision and applies the proposal from its effective month. */
  @RolesAllowed(PREPARERS)
  public void decide(long id, String note) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    ChangeProposal p = find(id);
    requireStatus(p, ProposalStatus.IN_PREPARATION);
    p.close(ProposalStatus.DECIDED, caller.name(), Instant.now(), note);
    proposalStep(p, "Förslaget beslutat" + (note == null || note.isBlank() ? "" : ": " + note));
    switch (p.getKind()) {
      case PRICE_CHANGE -> setPrice(p, p.getLevel(), p.getNewCostPrice());
      case NEW_LEVEL -> {
        ServiceLevel level = p.getService().addLevel(p.getNewLevelCode(), p.getNewLevelName(),
            p.getEffectiveMonth());
        repository.persist(level);
        audit.record(p.getService(), level.getName(), "level", null, level.getName(), p);
        setPrice(p, level, p.getNewCostPrice());
      }
      case NEW_SERVICE -> {
        Service service = new Service(p.getNewServiceCode(), p.getNewServiceName(),
            p.getNewArea(), p.getNewUnit(), p.getNewFinancing());
        service.setLifecycle(p.getEffectiveMonth().isAfter(YearMonth.now())
            ? Lifecycle.PLANNED : Lifecycle.ACTIVE);
        ServiceLevel level = service.addLevel(p.getNewLevelCode(), p.getNewLevelName(),
            p.getEffectiveMonth());
        repository.persist(service);
        p.setService(service);
        audit.record(service, service.getName(), "service", null, service.getName(), p);
        setPrice(p, level, p.getNewCostPrice());
      }
      case RETIREMENT -> {
        Service service = p.getService();
        YearMonth lastMonth = p.getEffectiveMonth().minusMonths(1);
        audit.record(service, service.getName(), "lifecycle", service.getLifecycle(),
            Lifecycle.RETIRING, p);
        service.setLifecycle(Lifecycle.RETIRING);
        for (ServiceLevel level : service.getLevels()) {
          if (level.getActiveTo() == null || level.getActiveTo().isAfter(lastMonth)) {
            audit.record(service, level.getName(), "activeTo",
                level.getActiveTo() == null ? null : SwedishFormat.month(level.getActiveTo()),
                SwedishFormat.month(lastMonth), p);
            level.setActiveTo(lastMonth);
          }
        }
      }
      default -> throw new IllegalStateException(p.getKind().name());
    }
  }

  /**
   * The level's price from the effective month: a line in the price list covering that month
   * (replacing a line that starts the same month). Months before keep their price.
   */
  private void setPrice(ChangeProposal p, ServiceLevel level, Amount cost) {
    YearMonth month = p.getEffectiveMonth();
    PriceList list = repository.priceListCovering(month).orElseThrow(() ->
        new RuleViolationException(new Violation("effective", "proposal.error.noPriceList",
            SwedishFormat.month(month))));
    // a price that governs a locked month may not change (the database refuses it too,
    // tr_price_line_insert and tr_price_line_update)
    lockedMonths.lastLocked(month, list.getValidTo()).ifPresent(locked -> {
      throw new RuleViolationException(new Violation("effective",
          "proposal.error.lockedMonth", SwedishFormat.month(month),
          SwedishFormat.month(locked)));
    });
    // nor of a kommun the nämnd serves: its published copy of the list would be refused there
    lockedMonths.lastLockedInServedKommuner(month, list.getValidTo()).ifPresent(locked -> {
      throw new RuleViolationException(new Violation("effective",
          "proposal.error.lockedInServed", SwedishFormat.month(month),
          SwedishFormat.month(locked.month()), locked.kommun()));
    });
    Amount charged = PriceBook.chargedPrice(cost, list.getMarkupPercent());
    PriceListLine before = PriceBook.inForce(list, month).get(level.getId());
    String subject = level.getName() + " (" + list.getName() + ", från "
        + SwedishFormat.month(month) + ")";
    audit.record(level.getService(), subject, "costPrice",
        before == null ? null : before.getCostPrice(), cost, p);
    audit.record(level.getService(), subject, "chargedPrice",
        before == null ? null : before.getChargedPrice(), charged, p);
    if (before != null && before.getValidFrom().equals(month)) {
      before.reprice(cost, charged);
    } else {
      list.getLines().add(new PriceListLine(list, level, month, cost, charged));
    }
  }

  private ServiceLevel level(Long id, List<Violation> errors) {
    ServiceLevel level = id == null ? null : repository.level(id).orElse(null);
    if (level == null) {
      errors.add(new Violation("level", "proposal.error.level"));
    }
    return level;
  }

  private Service service(String code, List<Violation> errors) {
    Service service = code == null ? null : repository.service(code).orElse(null);
    if (service == null) {
      errors.add(new Violation("service", "proposal.error.service"));
    }
    return service;
  }

  private static void requireCost(Amount cost, List<Violation> errors) {
    if (cost == null || cost.isNegative()) {
      errors.add(new Violation("newCostPrice", "proposal.error.cost"));
    }
  }

  private static void requireText(String value, String field, List<Violation> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new Violation(field, "proposal.error.required." + field));
    }
  }

  private static void requireStatus(ChangeProposal p, ProposalStatus expected) {
    if (p.getStatus() != expected) {
      throw new RuleViolationException(new Violation("status", "proposal.error.status",
          p.getTitle(), new se.tjanstekatalog.shared.MessageRef(p.getStatus().messageKey())));
    }
  }

  private void proposalStep(ChangeProposal p, String what) {
    auditLog.record(AuditKind.PROPOSAL, p.getEffectiveMonth(), null,
        "Förslag " + p.getId() + ": " + p.getTitle(), what + " – " + p.getTitle());
  }
}
