package se.tjanstekatalog.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries over the feeds' API tokens; transactions belong to the calling service. */
@ApplicationScoped
public class ApiTokenRepository {
  @PersistenceContext EntityManager em;

  /** Active tokens first (a null revocation time sorts first in MariaDB), then by name. */
  public List<ApiToken> all() {
    return em.createNamedQuery(ApiToken.FIND_ALL, ApiToken.class).getResultList();
  }

  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  public Optional<ApiToken> byHash(String hash) {
    return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether any token, revoked or not, has this name (names are never reused). The column's
   * collation (utf8mb4_swedish_ci) makes this, like the unique key, ignore case.
   */
  public boolean nameTaken(String name) {
    return em.createNamedQuery(ApiToken.COUNT_BY_NAME, Long.class)
        .setParameter("name", name)
        .getSingleResult() > 0;
  }

  public void persist(ApiToken token) {
    em.persist(token);
  }

  public void markUsed(long id, Instant at) {
    em.createNamedQuery(ApiToken.MARK_USED).setParameter("at", at).setParameter("id", id)
        .executeUpdate();
  }
}
