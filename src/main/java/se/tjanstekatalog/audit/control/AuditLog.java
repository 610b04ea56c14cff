package se.tjanstekatalog.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
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
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  public static final String SYSTEM = "system";

  @Inject AuditEvents events;
  @Inject Tenancy tenancy;
  @Inject SecurityContext security;
  @Resource ManagedExecutorService worker;
  /** This bean through its proxy, so that a worker thread's write gets its transaction. */
  @Inject AuditLog self;

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
    events.append(clock.instant(), kind, actor(username), month, orgCode, object, summary);
  }

  /**
   * A failed login, written on a worker thread in its own transaction: the refused caller's
   * answer must not wait for the row, because the login throttle's delay counts from the
   * attempt, and a slower answer would let the next guess through sooner. The row appears a
   * moment after the answer; if it cannot be written the server log says so.
   */
  public void recordFailedLogin(String username, String object, String summary) {
    Instant at = clock.instant();
    String name = actor(username);
    Tenant kommun = tenancy.current();
    try {
      worker.execute(() -> {
        try {
          tenancy.runAs(kommun,
              () -> self.append(at, AuditKind.LOGIN_FAILED, name, object, summary));
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not log a failed login in the audit log", e);
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.warning(() -> "Audit log: no worker free for a failed login: " + summary);
    }
  }

  /** A row at a given time, in a transaction of its own if the caller has none. */
  @Transactional
  public void append(Instant at, AuditKind kind, String username, String object,
      String summary) {
    events.append(at, kind, username, null, null, object, summary);
  }

  private static String actor(String username) {
    return username == null || username.isBlank() ? SYSTEM : username;
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
