package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.catalogue.control.PriceBook.Price;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.Commitment;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.ledger.control.InputChanges;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.platform.ReadCache;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * Browsing the catalogue as of any month (everyone), and IT_CONTROLLER's direct edits of
 * descriptive facts and promises, each written to the audit trail. Structural changes (new
 * services and levels, prices, retirements) go through {@link ProposalService}.
 */
@Stateless
public class CatalogueService {
  @Inject CatalogueRepository repository;
  @Inject CatalogueOwner owner;
  @Inject MunicipalityService municipality;
  @Inject AuditTrail audit;
  @Inject SubscriptionService subscriptions;
  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject ReadCache cache;

  @PermitAll
  public List<ServiceArea> areas() {
    return repository.areas();
  }

  /** An area as the catalogue's filter offers it. */
  public record AreaChoice(String code, String name) implements java.io.Serializable {}

  /** The areas in their order, kept in the {@link ReadCache} until an area changes. */
  @PermitAll
  public List<AreaChoice> areaChoices() {
    return cache.get(List.of("catalogue-areas"), () -> repository.areas().stream()
        .map(a -> new AreaChoice(a.getCode(), a.getName())).toList());
  }

  /** The whole catalogue valid in {@code month} (exports, API): retired services left out. */
  @PermitAll
  public CatalogueView view(YearMonth month) {
    return view(CatalogueQuery.all(month));
  }

  /**
   * The services valid in the month that match the query, from {@link #month}: the filters
   * run in memory over the month's whole catalogue.
   */
  @PermitAll
  public CatalogueView view(CatalogueQuery query) {
    CatalogueView all = month(query.asOf());
    return new CatalogueView(all.municipality(), all.asOf(), all.priceListName(),
        all.priceListDraft(), all.services().stream().filter(query::matches).toList());
  }

  /**
   * The month's whole catalogue, retired services included, kept in the {@link ReadCache}
   * until a catalogue or price change. Read in one transaction and a fixed number of queries
   * whatever the size of the catalogue: the covering list (its name, whether a draft), the
   * prices in force ({@link PriceBook}, a draft list's too), the services with their areas,
   * their levels and the levels' commitments (batch read), and the municipality's name.
   */
  @PermitAll
  public CatalogueView month(YearMonth month) {
    return cache.get(List.of("catalogue", month), () -> {
      // The name first: waiting for another request's read of it, this one holds no connection.
      String name = municipality.name();
      Optional<PriceList> list = repository.priceListCovering(month);
      Map<Long, Price> prices = pricesIn(month);
      List<ServiceView> services = repository.services().stream()
          .map(s -> CatalogueViews.service(s, month, prices))
          .toList();
      return new CatalogueView(name, month,
          list.map(PriceList::getName).orElse(null),
          list.map(l -> l.getStatus() == PriceListStatus.DRAFT).orElse(false), services);
    });
  }

  /** The service entities with their levels, for forms that pick a service or level. */
  @PermitAll
  public List<Service> services() {
    List<Service> services = repository.services();
    services.forEach(s -> s.getLevels().size());
    return services;
  }

  /** One service as of a month, from the month's cached catalogue. */
  @PermitAll
  public Optional<ServiceView> service(String code, YearMonth month) {
    return month(month).services().stream().filter(s -> s.code().equalsIgnoreCase(code))
        .findFirst();
  }

  private ServiceView view(Service s, YearMonth month) {
    return CatalogueViews.service(s, month, pricesIn(month));
  }

  /** The prices in force in the month (a draft list's too), on the transaction's connection. */
  private Map<Long, Price> pricesIn(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return PriceBook.pricesIn(c, month, Scope.ALL);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the prices of " + month, e);
    }
  }

  /** What a service's page shows, read in one transaction (one connection). */
  public record ServicePage(ServiceView service, List<AuditEntry> history,
      List<EditableCommitment> commitments, Set<String> ownLevels) {}

  /**
   * A service's page as of {@code month}: the service, its history, its editable promises
   * when {@code withCommitments} (IT_CONTROLLER) and the levels {@code orgId} (the caller's
   * own org, checked) has that month. One transaction and a fixed number of queries, where
   * the page used to make four calls, each with its own connection.
   */
  @PermitAll
  public Optional<ServicePage> page(String code, YearMonth month, Long orgId,
      boolean withCommitments) {
    return repository.serviceWithLevels(code).map(s -> {
      // The view first: it loads the levels, which the subscriptions then find loaded.
      ServiceView view = view(s, month);
      Set<String> own = orgId == null ? Set.of() : subscriptions.forOrg(orgId, s).stream()
          .filter(sub -> sub.covers(month))
          .map(sub -> sub.getLevel().getCode())
          .collect(Collectors.toSet());
      return new ServicePage(view, repository.audit(s),
          withCommitments ? commitments(s) : List.of(), own);
    });
  }

  @PermitAll
  public Service entity(String code) {
    return repository.service(code)
        .orElseThrow(() -> new NotFoundException("catalogue.error.serviceNotFound", code));
  }

  @PermitAll
  public List<AuditEntry> audit(String code) {
    return repository.audit(entity(code));
  }

  /**
   * The facts IT_CONTROLLER may correct directly (audited). Unit and financing decide how a
   * month is computed: a correction of either marks every computed month that is not locked
   * stale (a trigger, changeset 0016) and says so on the month's pages ({@link InputChanges}).
   */
  public record ServiceFacts(String code, long version, String name, String description,
      String ownerRole, String ownerContact, BigDecimal vatPercent, Unit unit,
      Financing financing) {}

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void updateFacts(ServiceFacts facts) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    Service s = entity(facts.code());
    if (s.getVersion() != facts.version()) {
      throw new ConflictException("catalogue.error.conflict", s.getName());
    }
    List<Violation> errors = new ArrayList<>();
    if (facts.name() == null || facts.name().isBlank()) {
      errors.add(new Violation("name", "catalogue.error.name.required"));
    }
    BigDecimal vat = facts.vatPercent();
    if (vat == null || vat.signum() < 0 || vat.compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(new Violation("vat", "catalogue.error.vat", vat == null ? "" : vat));
    }
    if (facts.unit() == null) {
      errors.add(new Violation("unit", "catalogue.error.unit.required"));
    }
    if (facts.financing() == null) {
      errors.add(new Violation("financing", "catalogue.error.financing.required"));
    }
    RuleViolationException.throwIfAny(errors);
    String subject = s.getName();
    boolean computedDifferently = s.getUnit() != facts.unit()
        || s.getFinancing() != facts.financing();
    audit.record(s, subject, "unit", s.getUnit(), facts.unit(), null);
    audit.record(s, subject, "financing", s.getFinancing(), facts.financing(), null);
    audit.record(s, subject, "name", s.getName(), facts.name().strip(), null);
    audit.record(s, subject, "description", s.getDescription(), facts.description(), null);
    audit.record(s, subject, "ownerRole", s.getOwnerRole(), facts.ownerRole(), null);
    audit.record(s, subject, "ownerContact", s.getOwnerContact(), facts.ownerContact(), null);
    audit.record(s, subject, "vatRate", s.getVatRate(), vat, null);
    s.setName(facts.name().strip());
    s.setDescription(facts.description());
    s.setOwnerRole(facts.ownerRole());
    s.setOwnerContact(facts.ownerContact());
    s.setVatRate(vat);
    s.setUnit(facts.unit());
    s.setFinancing(facts.financing());
    if (computedDifferently) {
      recordInputChange(s);
    }
  }

  /**
   * Why the computed open months that use the service are stale now (the trigger of changeset
   * 0016 marked them): its unit or financing changed.
   */
  private void recordInputChange(Service s) {
    CatalogueCorrections.recordInputChange(repository, dataSource, s, caller.name());
  }

  private static final int LEVEL_NAME = 80;

  /** A level's name and description as IT_CONTROLLER corrects them (audited). */
  public record LevelFacts(long id, long version, String name, String description)
      implements java.io.Serializable {}

  /** The service's levels with the facts IT_CONTROLLER may correct, in level order. */
  @PermitAll
  public List<LevelFacts> levels(String code) {
    return entity(code).getLevels().stream()
        .map(l -> new LevelFacts(l.getId(), l.getVersion(), l.getName(), l.getDescription()))
        .toList();
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void updateLevel(LevelFacts facts) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    ServiceLevel level = repository.level(facts.id())
        .orElseThrow(() -> new NotFoundException("catalogue.error.levelNotFound", facts.id()));
    if (level.getVersion() != facts.version()) {
      throw new ConflictException("catalogue.error.conflict", level.getName());
    }
    String name = facts.name() == null ? "" : facts.name().strip();
    if (name.isEmpty() || name.length() > LEVEL_NAME) {
      throw new RuleViolationException(new Violation("levelName", "catalogue.error.levelName",
          LEVEL_NAME));
    }
    String description = facts.description() == null || facts.description().isBlank() ? null
        : facts.description().strip();
    Service s = level.getService();
    String subject = s.getName() + " – " + level.getName();
    audit.record(s, subject, "levelName", level.getName(), name, null);
    audit.record(s, subject, "levelDescription", level.getDescription(), description, null);
    level.setName(name);
    level.setDescription(description);
  }

  /** One editable promise: "Standard: Tillgänglighet", numeric or text, and its value. */
  public record EditableCommitment(long id, String label, boolean numeric, String value)
      implements java.io.Serializable {}

  @PermitAll
  public List<EditableCommitment> commitments(String code) {
    return commitments(entity(code));
  }

  private static List<EditableCommitment> commitments(Service service) {
    List<EditableCommitment> list = new ArrayList<>();
    for (ServiceLevel level : service.getLevels()) {
      for (Commitment c : level.getCommitments()) {
        list.add(new EditableCommitment(c.getId(),
            level.getName() + ": " + CatalogueViews.commitment(c).label(),
            c.getType().isNumeric(), CatalogueViews.display(c)));
      }
    }
    return list;
  }

  /** Renames or re-describes a service area (the seven areas are seeded, not fixed). */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void updateArea(long id, long version, String name, String description) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    ServiceArea area = repository.area(id)
        .orElseThrow(() -> new NotFoundException("catalogue.error.areaNotFound", id));
    if (area.getVersion() != version) {
      throw new ConflictException("catalogue.error.conflict", area.getName());
    }
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      throw new RuleViolationException(new Violation("name", "catalogue.error.areaName", 120));
    }
    area.setName(name.strip());
    area.setDescription(description == null ? null : description.strip());
  }

  /** Changes one promise of a level (a number for numeric types, else text); audited. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void updateCommitment(long commitmentId, BigDecimal number, String text) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    Commitment c = repository.commitment(commitmentId)
        .orElseThrow(() -> new NotFoundException("catalogue.error.commitmentNotFound",
            commitmentId));
    ServiceLevel level = c.getLevel();
    String subject = level.getName() + ": " + CatalogueViews.commitment(c).label();
    if (c.getType().isNumeric()) {
      if (number == null || number.signum() < 0) {
        throw new RuleViolationException(new Violation("value",
            "catalogue.error.commitment.number", subject));
      }
      audit.record(level.getService(), subject, "value", c.getNumericValue(), number, null);
      c.setNumericValue(number);
    } else {
      audit.record(level.getService(), subject, "value", c.getTextValue(), text, null);
      c.setTextValue(text);
    }
  }
}
