package se.tjanstekatalog.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is DOWN while the database does not answer. Anyone may ask (load
 * balancers do, without logging in), so the answer is UP or DOWN and nothing more: why the
 * database is unreachable (host, port, socket error) goes to the log, once per outage.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DataSources.JNDI)
  DataSource dataSource;

  private final AtomicBoolean down = new AtomicBoolean();

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    String problem;
    try (Connection c = dataSource.getConnection()) {
      if (c.isValid(TIMEOUT_SECONDS)) {
        if (down.compareAndSet(true, false)) {
          LOG.info("The database answers again");
        }
        return response.up().build();
      }
      problem = "connection not valid";
    } catch (Exception e) {
      problem = String.valueOf(e);
    }
    if (down.compareAndSet(false, true)) {
      String why = problem;
      LOG.warning(() -> "Not ready, the database does not answer: " + why);
    }
    return response.down().build();
  }
}
