package se.tjanstekatalog.costing.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The cost pools' settings; transactions belong to the calling service. */
@ApplicationScoped
public class PoolRepository {
  @PersistenceContext EntityManager em;

  public List<CostPool> pools() {
    return em.createNamedQuery(CostPool.FIND_ALL, CostPool.class).getResultList();
  }

  public Optional<CostPool> find(long id) {
    return Optional.ofNullable(em.find(CostPool.class, id));
  }

  /**
   * Makes the save bump the pool's version even when only its services or shares change (they
   * live in their own tables), so a concurrent editor of the same pool gets a conflict.
   */
  public void forceVersionIncrement(CostPool pool) {
    em.lock(pool, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  public void flush() {
    em.flush();
  }
}
