package se.tjanstekatalog.platform.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request works for the kommun its host name reaches: entered here (the authentication
 * mechanism, which runs before any filter, entered it already) and left when the request ends,
 * so a pooled thread never carries one request's kommun into the next. A host name no kommun
 * reaches (unlisted names refused, {@code TK_UNLISTED_HOSTS=refuse}) gets a plain 404. An error page
 * dispatched after the request's filters ended enters the kommun again.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class TenantFilter extends HttpFilter {
  @Inject Tenancy tenancy;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR && tenancy.entered()) {
      chain.doFilter(request, response);
      return;
    }
    if (tenancy.enterHost(request.getServerName()).isEmpty()) {
      // Written here, not through an error page: that page would show some kommun's name.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Ingen kommun nås under det här namnet.\n");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      tenancy.leave();
    }
  }
}
