package se.tjanstekatalog.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is DOWN while the database does not answer. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DataSources.JNDI)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(TIMEOUT_SECONDS) ? response.up().build()
          : response.down().withData("error", "connection not valid").build();
    } catch (Exception e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
