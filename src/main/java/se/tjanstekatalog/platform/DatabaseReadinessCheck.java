package se.tjanstekatalog.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>It answers within a
 * second under any load: the check uses its own two-connection pool ({@code jdbc/tk-health},
 * never the application's, whose requests may hold every connection), runs on a managed
 * thread that the caller waits for at most {@value #BOUND_MILLIS} ms, at most one runs at a
 * time (callers meanwhile share it), and its result is reused for {@value #FRESH_MILLIS} ms.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());
  private static final int TIMEOUT_SECONDS = 2;
  static final long BOUND_MILLIS = 800;
  static final long FRESH_MILLIS = 250;

  @Resource(lookup = DataSources.HEALTH_JNDI)
  DataSource dataSource;

  @Resource
  ManagedExecutorService executor;

  private final AtomicBoolean down = new AtomicBoolean();
  private CompletableFuture<HealthCheckResponse> running;
  private long startedNanos;

  @Override
  public HealthCheckResponse call() {
    try {
      return current().get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.fine(() -> "Readiness: no answer within " + BOUND_MILLIS + " ms");
      return HealthCheckResponse.named("database").down().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HealthCheckResponse.named("database").down().build();
    } catch (ExecutionException e) {
      LOG.warning(() -> "Readiness check failed: " + e.getCause());
      return HealthCheckResponse.named("database").down().build();
    }
  }

  /** The check in progress, or the result of one started less than FRESH_MILLIS ago. */
  private synchronized CompletableFuture<HealthCheckResponse> current() {
    long now = System.nanoTime();
    boolean fresh = running != null
        && (!running.isDone() || now - startedNanos < TimeUnit.MILLISECONDS.toNanos(FRESH_MILLIS));
    if (!fresh) {
      running = CompletableFuture.supplyAsync(this::check, executor);
      startedNanos = now;
    }
    return running;
  }

  private HealthCheckResponse check() {
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
