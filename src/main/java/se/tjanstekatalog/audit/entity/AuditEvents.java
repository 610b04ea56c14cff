package se.tjanstekatalog.audit.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.domain.AuditKind;

/** Writes and pages the audit log; the filter and the paging are done by the database. */
@ApplicationScoped
public class AuditEvents {
  /** Swedish days: a filter "to 2026-03-31" means up to midnight Swedish time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  @PersistenceContext EntityManager em;

  /** Appends a row in the caller's transaction, with the actor's display name as it is now. */
  public void append(Instant at, AuditKind kind, String username, YearMonth period,
      String orgCode, String object, String summary) {
    em.persist(new AuditEvent(at, kind, username, displayName(username), period, orgCode,
        object, summary));
  }

  /**
   * The user's display name now, or null for a name that is nobody's (a failed login). Named
   * by entity name, so audit does not depend on security. Flush mode COMMIT: the lookup must
   * not flush the step's pending changes early (their optimistic-lock check belongs to the
   * step, which turns it into its own conflict message).
   */
  public String displayName(String username) {
    return em.createQuery("SELECT u.displayName FROM AppUser u WHERE u.username = :username",
            String.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("username", username).getResultStream().findFirst().orElse(null);
  }

  /** Rows {@code first}.. of the filtered log, newest first. */
  public List<AuditEvent> page(AuditFilter filter, long first, int size) {
    TypedQuery<AuditEvent> q = query("SELECT e FROM AuditEvent e", filter,
        " ORDER BY e.at DESC, e.id DESC", AuditEvent.class);
    return q.setFirstResult((int) Math.min(Integer.MAX_VALUE, first)).setMaxResults(size)
        .getResultList();
  }

  public long count(AuditFilter filter) {
    return query("SELECT COUNT(e) FROM AuditEvent e", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, AuditFilter f, String order, Class<T> type) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder();
    if (f.person() != null) {
      where.append(" AND (LOWER(e.username) LIKE :person ESCAPE '!'"
          + " OR LOWER(e.displayName) LIKE :person ESCAPE '!')");
      params.put("person", containing(f.person()));
    }
    if (f.kind() != null) {
      where.append(" AND e.kind = :kind");
      params.put("kind", f.kind());
    }
    if (f.month() != null) {
      where.append(" AND e.period = :month");
      params.put("month", f.month());
    }
    if (f.from() != null) {
      where.append(" AND e.at >= :from");
      params.put("from", f.from().atStartOfDay(ZONE).toInstant());
    }
    if (f.to() != null) {
      where.append(" AND e.at < :to");
      params.put("to", f.to().plusDays(1).atStartOfDay(ZONE).toInstant());
    }
    String jpql = select + (where.isEmpty() ? "" : " WHERE" + where.substring(4)) + order;
    TypedQuery<T> q = em.createQuery(jpql, type);
    params.forEach(q::setParameter);
    return q;
  }

  /**
   * The LIKE pattern (escape character {@code !}) for names containing {@code text} as typed:
   * a {@code %} or {@code _} in it is that character, not a wildcard.
   */
  static String containing(String text) {
    String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!")
        .replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
