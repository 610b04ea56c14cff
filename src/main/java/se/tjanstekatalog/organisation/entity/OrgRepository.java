package se.tjanstekatalog.organisation.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrgRepository {
  @PersistenceContext EntityManager em;

  public List<OrgUnit> findAll() {
    return em.createNamedQuery(OrgUnit.FIND_ALL, OrgUnit.class).getResultList();
  }

  public Optional<OrgUnit> find(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id));
  }

  public Optional<OrgUnit> findByCode(String code) {
    return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Map<OrgKind, Long> countByKind() {
    Map<OrgKind, Long> counts = new EnumMap<>(OrgKind.class);
    for (OrgKind kind : OrgKind.values()) {
      counts.put(kind, 0L);
    }
    em.createNamedQuery(OrgUnit.COUNT_BY_KIND, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((OrgKind) row[0], (Long) row[1]));
    return counts;
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public List<OrgKeyValue> keyValuesOf(Year year) {
    return em.createNamedQuery(OrgKeyValue.FIND_BY_YEAR, OrgKeyValue.class)
        .setParameter("from", year.atMonth(1))
        .setParameter("to", year.atMonth(12))
        .getResultList();
  }

  public List<OrgKeyValue> keyValuesOf(OrgUnit org) {
    return em.createNamedQuery(OrgKeyValue.FIND_BY_ORG, OrgKeyValue.class)
        .setParameter("org", org)
        .getResultList();
  }

  /**
   * Native SQL: EclipseLink hands MAX() over a converted attribute to the converter as a raw
   * {@code java.sql.Date}, which the converter cannot take.
   */
  public Optional<YearMonth> latestPeriod(YearMonth upTo) {
    Object max = em.createNativeQuery("SELECT MAX(period) FROM org_key_value WHERE period <= ?")
        .setParameter(1, upTo.atDay(1))
        .getSingleResult();
    if (max instanceof java.time.LocalDate date) {
      return Optional.of(YearMonth.from(date));
    }
    if (max instanceof java.sql.Date date) {
      return Optional.of(YearMonth.from(date.toLocalDate()));
    }
    return Optional.empty();
  }

  public long totalHeadcount(YearMonth period) {
    Long total = em.createNamedQuery(OrgKeyValue.TOTAL_HEADCOUNT, Long.class)
        .setParameter("period", period)
        .getSingleResult();
    return total == null ? 0 : total;
  }
}
