package se.tjanstekatalog.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page whose request found the connection pool exhausted gets 503 with {@code Retry-After}
 * and the Swedish "busy" page ({@code /error/503.xhtml}, no database needed), not the 500
 * page after a long wait. The REST API answers the same in {@link ProblemMappers}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OverloadFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(OverloadFilter.class.getName());

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!Overload.isPoolExhausted(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(() -> "No database connection free: 503 for " + request.getRequestURI());
      response.setHeader("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
