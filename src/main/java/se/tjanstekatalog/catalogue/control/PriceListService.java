package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.LockedMonths;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Price lists: at most one for any month. A draft is edited freely (every change audited);
 * a published list changes only through a decided price change proposal.
 */
@Stateless
public class PriceListService {
  @Inject CatalogueRepository repository;
  @Inject CatalogueOwner owner;
  @Inject AuditTrail audit;
  @Inject AuditLog auditLog;
  @Inject LockedMonths lockedMonths;

  @PermitAll
  public List<PriceList> all() {
    return repository.priceLists();
  }

  @PermitAll
  public PriceList find(long id) {
    PriceList list = repository.priceList(id)
        .orElseThrow(() -> new NotFoundException("priceList.error.notFound", id));
    list.getLines().size();
    return list;
  }

  @PermitAll
  public Optional<PriceList> covering(YearMonth month) {
    return repository.priceListCovering(month);
  }

  /**
   * A new draft list with next year's prices: every level's price in force at the end of the
   * source list, raised by {@code indexPercent}, charged prices recomputed with the new
   * markup.
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public PriceList copy(long sourceId, String name, YearMonth from, YearMonth to,
      BigDecimal markupPercent, BigDecimal indexPercent) {
    owner.requireOwn();
    PriceList source = find(sourceId);
    List<Violation> errors = checkNew(name, from, to, markupPercent, null);
    if (indexPercent == null || indexPercent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      errors.add(new Violation("index", "priceList.error.index"));
    }
    RuleViolationException.throwIfAny(errors);
    PriceList copy = new PriceList(name.strip(), from, to, markupPercent);
    Map<Long, PriceListLine> latest = PriceBook.inForce(source, source.getValidTo());
    latest.values().stream()
        .sorted(Comparator.comparing(l -> l.getLevel().getId()))
        .filter(line -> line.getLevel().getActiveTo() == null
            || !line.getLevel().getActiveTo().isBefore(from))
        .forEach(line -> {
          Amount cost = PriceBook.indexed(line.getCostPrice(), indexPercent);
          copy.getLines().add(new PriceListLine(copy, line.getLevel(), from, cost,
              PriceBook.chargedPrice(cost, markupPercent)));
        });
    repository.persist(copy);
    auditLog.record(AuditKind.PRICE, from, null, copy.getName(), "Ny prislista " + copy.getName()
        + " (" + from + "–" + to + ", påslag " + markupPercent.toPlainString() + " %, index "
        + indexPercent.toPlainString() + " %) kopierad från " + source.getName());
    return copy;
  }

  /** Changes a draft line's cost price; the charged price follows the list's markup. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void setCostPrice(long listId, long lineId, Amount cost) {
    owner.requireOwn();
    PriceList list = find(listId);
    requireDraft(list);
    PriceListLine line = list.getLines().stream().filter(l -> l.getId() == lineId).findFirst()
        .orElseThrow(() -> new NotFoundException("priceList.error.lineNotFound", lineId));
    if (cost == null || cost.isNegative()) {
      throw new RuleViolationException(new Violation("costPrice",
          "priceList.error.negative", line.getLevel().getService().getName(),
          line.getLevel().getName()));
    }
    Amount charged = PriceBook.chargedPrice(cost, list.getMarkupPercent());
    String subject = line.getLevel().getName() + " (" + list.getName() + ")";
    audit.record(line.getLevel().getService(), subject, "costPrice", line.getCostPrice(), cost,
        null);
    audit.record(line.getLevel().getService(), subject, "chargedPrice", line.getChargedPrice(),
        charged, null);
    line.reprice(cost, charged);
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void publish(long listId) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    PriceList list = find(listId);
    requireDraft(list);
    // A kommun the nämnd serves gets the published list; its locked months refuse it there.
    lockedMonths.lastLockedInServedKommuner(list.getValidFrom(), list.getValidTo())
        .ifPresent(locked -> {
          throw new RuleViolationException(new Violation("status",
              "priceList.error.lockedInServed", list.getName(),
              SwedishFormat.month(locked.month()), locked.kommun()));
        });
    list.setStatus(PriceListStatus.PUBLISHED);
    auditLog.record(AuditKind.PRICE, list.getValidFrom(), null, list.getName(),
        "Prislistan " + list.getName() + " publicerad");
  }

  private static void requireDraft(PriceList list) {
    if (list.getStatus() != PriceListStatus.DRAFT) {
      throw new RuleViolationException(new Violation("status", "priceList.error.published",
          list.getName()));
    }
  }

  private List<Violation> checkNew(String name, YearMonth from, YearMonth to,
      BigDecimal markupPercent, Long ignoreId) {
    List<Violation> errors = new ArrayList<>();
    if (name == null || name.isBlank()) {
      errors.add(new Violation("name", "priceList.error.name"));
    }
    if (from == null || to == null) {
      errors.add(new Violation("validFrom", "priceList.error.range.required"));
    } else if (to.isBefore(from)) {
      errors.add(new Violation("validTo", "priceList.error.range.order",
          SwedishFormat.month(from), SwedishFormat.month(to)));
    } else {
      repository.priceLists().stream()
          .filter(other -> !other.getId().equals(ignoreId))
          .filter(other -> PriceBook.overlaps(from, to, other.getValidFrom(), other.getValidTo()))
          .forEach(other -> errors.add(new Violation("validFrom", "priceList.error.overlap",
              SwedishFormat.month(from), SwedishFormat.month(to), other.getName(),
              SwedishFormat.month(other.getValidFrom()),
              SwedishFormat.month(other.getValidTo()))));
    }
    if (markupPercent == null || markupPercent.signum() < 0
        || markupPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(new Violation("markup", "priceList.error.markup"));
    }
    return errors;
  }
}
