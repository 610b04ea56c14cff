package se.tjanstekatalog.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds {@link SecurityHeaders} to every response the application itself produces, error pages
 * included (they are rendered in an ERROR dispatch, with a nonce of their own).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {
    DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    SecurityHeaders.apply(response);
    if (request.getRequestURI().endsWith(".xhtml") || request.getRequestURI().endsWith("/")) {
      // Pages show personal and financial data: never from a shared cache or after logout.
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, SecurityHeaders.keepingPolicy(response));
  }
}
