package se.tjanstekatalog.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.audit.entity.AuditEvent;
import se.tjanstekatalog.audit.entity.AuditEvents;

/**
 * The one way to write the audit log. A step records in its own transaction (REQUIRED): when
 * the step rolls back, its audit row goes with it; a call outside a transaction (a login)
 * gets one of its own. The actor is the caller of the request, with the display name the
 * user has now; a timer or an asynchronous task without a request records as "system". It
 * reads the caller from the container, not through security's CurrentCaller, so that security
 * (which records logins here) and audit do not depend on each other.
 *
 * <pre>{@code auditLog.record(AuditKind.SSO_MAPPING, "grupp GSF-Ekonomi",
 *     "Ny SSO-mappning: grupp GSF-Ekonomi ger Förvaltningsekonom för GSF");}</pre>
 */
@ApplicationScoped
public class AuditLog {
  public static final String SYSTEM = "system";

  @Inject AuditEvents events;
  @Inject SecurityContext security;

  Clock clock = Clock.systemUTC();

  /** A step without a month or org: the caller did {@code summary} to {@code object}. */
  @Transactional
  public void record(AuditKind kind, String object, String summary) {
    record(kind, null, null, object, summary);
  }

  /** A step that concerns a month and/or an org (either may be null). */
  @Transactional
  public void record(AuditKind kind, YearMonth month, String orgCode, String object,
      String summary) {
    recordAs(callerName(), kind, month, orgCode, object, summary);
  }

  /**
   * A step by a named actor who is not (yet) the request's caller: a login, a failed login
   * (the name tried, which may belong to nobody).
   */
  @Transactional
  public void recordAs(String username, AuditKind kind, YearMonth month, String orgCode,
      String object, String summary) {
    String name = username == null || username.isBlank() ? SYSTEM : username;
    String displayName = events.displayName(name);
    events.persist(new AuditEvent(clock.instant(), kind, name, displayName, month, orgCode,
        object, summary));
  }

  /** A page of the filtered log, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> page(AuditFilter filter, long first, int size) {
    return events.page(filter, first, size);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AuditFilter filter) {
    return events.count(filter);
  }

  private String callerName() {
    try {
      Principal p = security.getCallerPrincipal();
      return p == null ? SYSTEM : p.getName();
    } catch (ContextNotActiveException e) {
      return SYSTEM;
    }
  }
}
