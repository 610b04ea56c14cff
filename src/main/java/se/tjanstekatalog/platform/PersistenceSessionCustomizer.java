package se.tjanstekatalog.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import se.tjanstekatalog.platform.tenancy.PersistenceRouting;

/**
 * EclipseLink retries a query whose connection failed three times, five seconds apart, by
 * default. A connection the server's pool cannot hand out in its max-wait (every connection
 * in use) counts as such a failure, so one request waited 4 × max-wait + 15 s and kept its
 * HTTP thread all that time: under load, the queue grew instead of shrinking. One immediate
 * retry still covers a connection that died with a database restart; an exhausted pool now
 * fails within 2 × max-wait, and the request gets 503 (issue 14, finding 8).
 *
 * <p>It also sends the unit's connections through the tenancy seam ({@link PersistenceRouting}),
 * so JPA works in the same municipality's database as the JDBC services.
 */
public class PersistenceSessionCustomizer implements SessionCustomizer {
  static final int QUERY_RETRIES = 1;

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(QUERY_RETRIES);
      login.setDelayBetweenConnectionAttempts(0);
    }
    PersistenceRouting.route(session);
  }
}
