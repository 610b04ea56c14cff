package se.tjanstekatalog.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

  /**
   * The account's id, user name, role, status, revisions and its {@link LoginThrottle} row (or
   * null) in one query, for authentication on every request.
   */
  public Optional<Object[]> findAuthState(String username) {
    return em.createQuery("SELECT u.id, u.username, u.role, u.active, u.authRevision,"
            + " u.sessionEpoch, t FROM AppUser u LEFT JOIN LoginThrottle t ON t.userId = u.id"
            + " WHERE u.username = :username", Object[].class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The accounts locked at {@code now}, by user id. */
  public List<LoginThrottle> findLocked(Instant now) {
    return em.createNamedQuery(LoginThrottle.FIND_LOCKED, LoginThrottle.class)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * The account's throttle row, locked for update (created first if missing), so concurrent
   * failures on any node count one by one. Call inside a transaction.
   */
  public LoginThrottle throttleForUpdate(long userId) {
    em.createNativeQuery("INSERT IGNORE INTO login_throttle (user_id, failures) VALUES (?, 0)")
        .setParameter(1, userId)
        .executeUpdate();
    return em.find(LoginThrottle.class, userId, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<LoginThrottle> findThrottle(long userId) {
    return Optional.ofNullable(em.find(LoginThrottle.class, userId));
  }

  public void removeThrottle(long userId) {
    findThrottle(userId).ifPresent(em::remove);
  }

  public void persist(AppUser user) {
    em.persist(user);
  }
}
