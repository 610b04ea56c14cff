package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import se.tjanstekatalog.platform.SecurityHeaders;

/**
 * Single sign-on settings (ADR 0009), read through MicroProfile Config, so each is an
 * environment variable or a system property: {@code TK_OIDC_ISSUER} ({@code tk.oidc.issuer};
 * unset: no single sign-on, nothing changes), {@code TK_OIDC_CLIENT_ID},
 * {@code TK_OIDC_CLIENT_SECRET}, {@code TK_OIDC_SCOPES} ("openid profile email"),
 * {@code TK_OIDC_GROUPS_CLAIM} ("groups"), {@code TK_OIDC_NAME} (what the login button calls
 * the provider, "kommunens inloggning") and {@code TK_LOCAL_LOGIN} (true; false: the password
 * login is only for local ADMIN accounts, the break-glass admins).
 */
@ApplicationScoped
public class SsoSettings {
  @Inject Config config;

  /**
   * At start: the log-out form may lead to the provider's origin (its end-session endpoint,
   * the issuer's host in every provider we know), see {@link SecurityHeaders#allowFormAction}.
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    SecurityHeaders.allowFormAction(issuer().map(SsoSettings::origin).orElse(null));
  }

  /** The scheme, host and port of an address, or null when it is not an http(s) URL. */
  static String origin(String url) {
    try {
      URI u = URI.create(url);
      if (u.getHost() == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
        return null;
      }
      return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether single sign-on is on: an issuer is set. */
  public boolean configured() {
    return issuer().isPresent();
  }

  public Optional<String> issuer() {
    return text("tk.oidc.issuer");
  }

  public String clientId() {
    return text("tk.oidc.client-id").orElse("");
  }

  public String clientSecret() {
    return text("tk.oidc.client-secret").orElse("");
  }

  public String scopes() {
    return text("tk.oidc.scopes").orElse("openid profile email");
  }

  public String groupsClaim() {
    return text("tk.oidc.groups-claim").orElse("groups");
  }

  /** The provider's name on the login button, or empty for the standard words. */
  public Optional<String> providerName() {
    return text("tk.oidc.name");
  }

  /**
   * Whether the password login is open to everyone (true, the default); false: only to local
   * ADMIN accounts (break-glass), and only while single sign-on is configured, so a portal
   * without it can never lock everyone out.
   */
  public boolean localLoginForAll() {
    return !configured()
        || text("tk.local.login").map(v -> !"false".equalsIgnoreCase(v)).orElse(true);
  }

  /** The portal's public address without a trailing slash, if set ({@code TK_PUBLIC_URL}). */
  public Optional<String> publicUrl() {
    return text("tk.public.url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /** The portal's address as the browser reaches it: TK_PUBLIC_URL, or as the request came. */
  public String portalUrl(HttpServletRequest request) {
    return publicUrl().orElseGet(() -> {
      String url = request.getRequestURL().toString();
      return url.substring(0, url.length() - request.getRequestURI().length())
          + request.getContextPath();
    });
  }

  private Optional<String> text(String name) {
    return config.getOptionalValue(name, String.class).map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
