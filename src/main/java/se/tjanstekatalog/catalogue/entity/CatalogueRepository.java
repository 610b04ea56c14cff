package se.tjanstekatalog.catalogue.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/** Queries over the catalogue's entities; transactions belong to the calling service. */
@ApplicationScoped
public class CatalogueRepository {
  @PersistenceContext EntityManager em;

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
