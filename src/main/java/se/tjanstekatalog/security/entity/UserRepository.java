package se.tjanstekatalog.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {
  @PersistenceContext EntityManager em;

  public Optional<AppUser> findByUsername(String username) {
    return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<AppUser> find(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  public List<AppUser> findAll() {
    return em.createNamedQuery(AppUser.FIND_ALL, AppUser.class).getResultList();
  }

  public long countActive() {
    return em.createNamedQuery(AppUser.COUNT_ACTIVE, Long.class).getSingleResult();
  }

  public void persist(AppUser user) {
    em.persist(user);
  }
}
