package se.tjanstekatalog.consumption.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries over the FOCUS mappings; transactions belong to the calling service. */
@ApplicationScoped
public class FocusMappingRepository {
  @PersistenceContext EntityManager em;

  public List<FocusMapping> all() {
    return em.createNamedQuery(FocusMapping.FIND_ALL, FocusMapping.class).getResultList();
  }

  public Optional<FocusMapping> find(long id) {
    return Optional.ofNullable(em.find(FocusMapping.class, id));
  }

  /**
   * The mapping with this target, field and value. The column collation ignores case, as the
   * unique key does, so "virtual machines" finds "Virtual Machines".
   */
  public Optional<FocusMapping> match(FocusMappingTarget target, String field, String value) {
    return em.createNamedQuery(FocusMapping.FIND_MATCH, FocusMapping.class)
        .setParameter("target", target)
        .setParameter("field", field)
        .setParameter("value", value)
        .getResultStream().findFirst();
  }

  public void persist(FocusMapping mapping) {
    em.persist(mapping);
  }

  public void remove(FocusMapping mapping) {
    em.remove(mapping);
  }

  public void flush() {
    em.flush();
  }
}
