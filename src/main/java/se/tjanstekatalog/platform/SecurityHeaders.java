package se.tjanstekatalog.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers every response carries: no framing, no content sniffing, no referrer leaks, and the
 * one Content-Security-Policy of the portal.
 *
 * <p>The policy allows scripts only from the portal itself plus, on pages, the inline scripts
 * PrimeFaces writes with the page's nonce ({@code primefaces.CSP} in web.xml: PrimeFaces puts
 * the nonce on its script elements and turns {@code onclick=}/{@code oncomplete=} attributes
 * into handlers registered from such a script). So a script that data smuggled into a page
 * (an org named {@code </script><img src=x onerror=...>}) does not run even where escaping
 * failed. PrimeFaces announces its nonce by setting a policy header of its own;
 * {@link #keepingPolicy} turns that into this policy with the nonce, so a response always
 * carries exactly one policy, defined here.
 */
public final class SecurityHeaders {
  public static final String CSP = "Content-Security-Policy";

  /**
   * Everything but {@code script-src}. Styles stay allowed inline: PrimeFaces and the pages
   * position and size elements with {@code style} attributes; they cannot run code. Images
   * may be {@code blob:} URLs, which only the page's own (nonce-carrying) scripts can make:
   * the file upload previews a chosen logo that way.
   */
  static final String DIRECTIVES = "default-src 'self'; object-src 'none'; base-uri 'none';"
      + " frame-ancestors 'none'; form-action 'self'; img-src 'self' data: blob:;"
      + " style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'";

  /**
   * The single sign-on provider's origin (ADR 0009), or empty: the log-out form's answer
   * redirects there (its end-session endpoint), which {@code form-action} must allow.
   */
  private static volatile String formActionExtra = "";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  private SecurityHeaders() {}

  public static void apply(HttpServletResponse response) {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(CSP, contentSecurityPolicy(null));
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  /** The policy; with a nonce (a page PrimeFaces renders) its inline scripts may run too. */
  public static String contentSecurityPolicy(String nonce) {
    String directives = formActionExtra.isEmpty() ? DIRECTIVES
        : DIRECTIVES.replace("form-action 'self'", "form-action 'self' " + formActionExtra);
    return directives + "; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'");
  }

  /**
   * Lets forms lead to the identity provider too ({@code https://login.example} as scheme, host
   * and port; null or empty: the portal only). Set once at start from the configuration.
   */
  public static void allowFormAction(String origin) {
    formActionExtra = origin == null || !origin.matches("https?://[A-Za-z0-9.:\\[\\]-]+")
        ? "" : origin;
  }

  /**
   * The response as the application writes it: a Content-Security-Policy header set or added
   * later (PrimeFaces' own, with its nonce) replaces the one there with this class's policy,
   * carrying over only the nonce.
   */
  static HttpServletResponse keepingPolicy(HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        super.setHeader(name, CSP.equalsIgnoreCase(name) ? ours(value) : value);
      }

      @Override
      public void addHeader(String name, String value) {
        if (CSP.equalsIgnoreCase(name)) {
          super.setHeader(CSP, ours(value));
        } else {
          super.addHeader(name, value);
        }
      }
    };
  }

  static String ours(String policy) {
    Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
    return contentSecurityPolicy(nonce.find() ? nonce.group(1) : null);
  }
}
