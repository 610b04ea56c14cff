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
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.platform.ReadCache;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
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
  @Inject MunicipalityService municipality;
  @Inject AuditTrail audit;
  @Inject SubscriptionService subscriptions;
  @Inject @TenantDatabase DataSource dataSource;
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
    return cache.get(List.of("catalogue.areas"), () -> repository.areas().stream()
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

  /** The descriptive facts IT_CONTROLLER may change directly (audited). */
  public record ServiceFacts(String code, long version, String name, String description,
      String ownerRole, String ownerContact, BigDecimal vatPercent) {}

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void updateFacts(ServiceFacts facts) {
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
    RuleViolationException.throwIfAny(errors);
    String subject = s.getName();
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
