package se.tjanstekatalog.catalogue.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/** Queries over the catalogue's entities; transactions belong to the calling service. */
@ApplicationScoped
public class CatalogueRepository {
  @PersistenceContext EntityManager em;

  /** A level's cost and charged price in force in a month. */
  public record LevelPrice(Amount costPrice, Amount chargedPrice) {}

  public List<ServiceArea> areas() {
    return em.createNamedQuery(ServiceArea.FIND_ALL, ServiceArea.class).getResultList();
  }

  public Optional<ServiceArea> area(long id) {
    return Optional.ofNullable(em.find(ServiceArea.class, id));
  }

  /**
   * Every service with its levels and their commitments, in three queries rather than one
   * per service and level (EclipseLink batch reading; other providers ignore the hints).
   */
  public List<Service> services() {
    return em.createNamedQuery(Service.FIND_ALL, Service.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "s.levels")
        .setHint("eclipselink.batch", "s.levels.commitments")
        .getResultList();
  }

  public Optional<Service> service(String code) {
    return em.createNamedQuery(Service.FIND_BY_CODE, Service.class)
        .setParameter("code", code).getResultStream().findFirst();
  }

  /** One service with its levels and their commitments, in a fixed number of queries. */
  public Optional<Service> serviceWithLevels(String code) {
    return em.createNamedQuery(Service.FIND_BY_CODE, Service.class)
        .setParameter("code", code)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "s.levels")
        .setHint("eclipselink.batch", "s.levels.commitments")
        .getResultList().stream().findFirst();
  }

  /**
   * The price in force in {@code month} for each level {@code list} prices (the newest line
   * starting on or before the month), read as values in one query: loading the lines as
   * entities would load each line's level, its service and area one by one.
   */
  public Map<Long, LevelPrice> pricesIn(PriceList list, YearMonth month) {
    return prices(em.createNamedQuery(PriceListLine.PRICES_IN, Object[].class)
        .setParameter("list", list).setParameter("month", month).getResultList());
  }

  /** As {@link #pricesIn(PriceList, YearMonth)}, for the levels of one service. */
  public Map<Long, LevelPrice> pricesIn(PriceList list, YearMonth month, Service service) {
    return prices(em.createNamedQuery(PriceListLine.PRICES_IN_FOR_SERVICE, Object[].class)
        .setParameter("list", list).setParameter("month", month)
        .setParameter("service", service).getResultList());
  }

  private static Map<Long, LevelPrice> prices(List<Object[]> rows) {
    Map<Long, LevelPrice> byLevel = new HashMap<>();
    for (Object[] row : rows) {
      byLevel.put(((Number) row[0]).longValue(), new LevelPrice((Amount) row[2], (Amount) row[3]));
    }
    return byLevel;
  }

  public Optional<Service> service(long id) {
    return Optional.ofNullable(em.find(Service.class, id));
  }

  public Optional<ServiceLevel> level(long id) {
    return Optional.ofNullable(em.find(ServiceLevel.class, id));
  }

  public Optional<Commitment> commitment(long id) {
    return Optional.ofNullable(em.find(Commitment.class, id));
  }

  public List<PriceList> priceLists() {
    return em.createNamedQuery(PriceList.FIND_ALL, PriceList.class).getResultList();
  }

  public Optional<PriceList> priceList(long id) {
    return Optional.ofNullable(em.find(PriceList.class, id));
  }

  public Optional<PriceList> priceListCovering(YearMonth month) {
    return em.createNamedQuery(PriceList.FIND_COVERING, PriceList.class)
        .setParameter("month", month).getResultStream().findFirst();
  }

  /** A service's change history; the proposals behind it are batch read, not one by one. */
  public List<AuditEntry> audit(Service service) {
    return em.createNamedQuery(AuditEntry.FIND_BY_SERVICE, AuditEntry.class)
        .setParameter("service", service)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.proposal")
        .setHint("eclipselink.batch", "a.proposal.level")
        .setHint("eclipselink.batch", "a.proposal.newArea")
        .getResultList();
  }

  public List<ChangeProposal> proposals() {
    return em.createNamedQuery(ChangeProposal.FIND_ALL, ChangeProposal.class).getResultList();
  }

  public Optional<ChangeProposal> proposal(long id) {
    return Optional.ofNullable(em.find(ChangeProposal.class, id));
  }

  public List<Subscription> subscriptions(OrgUnit org) {
    return em.createNamedQuery(Subscription.FIND_BY_ORG, Subscription.class)
        .setParameter("org", org).getResultList();
  }

  public List<Subscription> subscriptions() {
    return em.createNamedQuery(Subscription.FIND_ALL, Subscription.class).getResultList();
  }

  public List<Subscription> subscriptions(OrgUnit org, Service service) {
    return em.createNamedQuery(Subscription.FIND_BY_ORG_AND_SERVICE, Subscription.class)
        .setParameter("org", org).setParameter("service", service).getResultList();
  }

  public List<LevelChangeRequest> requests() {
    return em.createNamedQuery(LevelChangeRequest.FIND_ALL, LevelChangeRequest.class)
        .getResultList();
  }

  public List<LevelChangeRequest> requests(OrgUnit org) {
    return em.createNamedQuery(LevelChangeRequest.FIND_BY_ORG, LevelChangeRequest.class)
        .setParameter("org", org).getResultList();
  }

  public Optional<LevelChangeRequest> request(long id) {
    return Optional.ofNullable(em.find(LevelChangeRequest.class, id));
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
