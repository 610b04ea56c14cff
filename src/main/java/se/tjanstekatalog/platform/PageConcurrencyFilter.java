package se.tjanstekatalog.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Renders at most a few pages at once; the other page requests wait their turn in the order
 * they came (docs/OPERATIONS.md, "Pages in turn"). Fifty pages rendered side by side on two
 * cores contend for the same locks and caches and all finish late; in turn, each waits about
 * as long as the pages before it take. Only the pages ({@code *.xhtml}, their Ajax posts
 * included) wait: the REST API, {@code /health}, static files and the pages' own resources
 * ({@code /jakarta.faces.resource/}) pass at once, however many pages wait. A page that
 * finds no place within the wait gets 503 with {@code Retry-After} and the "busy" page, as
 * when the connection pool is exhausted.
 *
 * <p>Settings (MicroProfile Config, so also environment variables):
 * {@code tk.page-concurrency} / {@code TK_PAGE_CONCURRENCY}, pages at once (default four
 * times the processors, 0 for no limit), and {@code tk.page-wait-seconds} /
 * {@code TK_PAGE_WAIT_SECONDS}, the longest wait (default 10).
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageConcurrencyFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(PageConcurrencyFilter.class.getName());
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private transient ConcurrencyLimit limit;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    int size;
    int waitSeconds;
    try {
      size = config.getOptionalValue("tk.page-concurrency", Integer.class)
          .orElse(defaultSize(Runtime.getRuntime().availableProcessors()));
      waitSeconds = config.getOptionalValue("tk.page-wait-seconds", Integer.class).orElse(10);
      limit = new ConcurrencyLimit(size, Duration.ofSeconds(waitSeconds));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("TK_PAGE_CONCURRENCY (pages at once, 0 or more) or"
          + " TK_PAGE_WAIT_SECONDS (seconds, 0 or more) is not a valid setting: "
          + e.getMessage(), e);
    }
    LOG.info(() -> size == 0 ? "Pages rendered at once: no limit"
        : "Pages rendered at once: " + size + ", the others wait at most " + waitSeconds + " s");
  }

  /**
   * Four times the processors: a page also waits for the database, and on two cores two pages
   * at once served fewer than four, eight more than four (docs/OPERATIONS.md).
   */
  static int defaultSize(int processors) {
    return 4 * Math.max(1, processors);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (limit.size() == 0 || request.getRequestURI().contains(RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }
    boolean entered;
    try {
      entered = limit.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      LOG.warning(() -> "No page place free in time: 503 for " + request.getRequestURI()
          + " (" + limit.waiting() + " waiting)");
      response.setHeader("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      limit.leave();
    }
  }
}
