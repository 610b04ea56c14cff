package se.tjanstekatalog.platform;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every response carries: no framing, no content sniffing, no referrer leaks. */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  public static void apply(HttpServletResponse response) {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}
