package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The one {@link OidcClient} of the configured provider, made at first use (the provider may
 * start after the portal) and kept; a failed discovery is tried again at the next login.
 */
@ApplicationScoped
public class SsoProvider {
  private static final Logger LOG = Logger.getLogger(SsoProvider.class.getName());

  @Inject SsoSettings settings;

  private volatile OidcClient client;

  /** The client; call only when {@link SsoSettings#configured()}. */
  public OidcClient client() throws IOException {
    OidcClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          String issuer = settings.issuer().orElseThrow();
          c = OidcClient.discover(issuer, settings.clientId(), settings.clientSecret(),
              settings.scopes(), settings.groupsClaim());
          client = c;
          LOG.info(() -> "Single sign-on through " + issuer + " for client "
              + settings.clientId());
        }
      }
    }
    return c;
  }
}
