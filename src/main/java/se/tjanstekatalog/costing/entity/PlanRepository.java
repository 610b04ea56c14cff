package se.tjanstekatalog.costing.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The model plan's entries; transactions belong to the calling service. */
@ApplicationScoped
public class PlanRepository {
  @PersistenceContext EntityManager em;

  public List<ModelPlanEntry> entries() {
    return em.createNamedQuery(ModelPlanEntry.FIND_ALL, ModelPlanEntry.class).getResultList();
  }

  public Optional<ModelPlanEntry> find(long id) {
    return Optional.ofNullable(em.find(ModelPlanEntry.class, id));
  }

  public void persist(ModelPlanEntry entry) {
    em.persist(entry);
  }

  public void remove(ModelPlanEntry entry) {
    em.remove(entry);
  }

  /** Writes now, so database refusals surface here and JDBC readers in the transaction see it. */
  public void flush() {
    em.flush();
  }
}
