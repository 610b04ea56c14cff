package se.tjanstekatalog.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.platform.SecurityHeaders;

/**
 * The single sign-on settings as MicroProfile Config gives them (ADR 0009): the defaults, the
 * break-glass switch, and the issuer's origin that the log-out form may lead to (CSP
 * form-action).
 */
class SsoSettingsTest {

  /** Settings over a fixed map, as the environment would give them. */
  private static SsoSettings with(Map<String, String> values) {
    SsoSettings settings = new SsoSettings();
    settings.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(),
        new Class<?>[] {Config.class}, (proxy, method, args) -> {
          if (method.getName().equals("getOptionalValue")) {
            return Optional.ofNullable(values.get((String) args[0]));
          }
          throw new UnsupportedOperationException(method.getName());
        });
    return settings;
  }

  @Test
  void withoutAnIssuerNothingChanges() {
    SsoSettings none = with(Map.of("tk.local.login", "false"));
    assertFalse(none.configured());
    assertTrue(none.localLoginForAll(), "the password stays open: nobody is locked out");
  }

  @Test
  void theDefaultsAskForTheUsualScopesAndTheGroupsClaim() {
    SsoSettings sso = with(Map.of("tk.oidc.issuer", " https://login.kommun.se/realms/k ",
        "tk.oidc.client-id", "tk", "tk.oidc.client-secret", "s"));
    assertTrue(sso.configured());
    assertEquals(Optional.of("https://login.kommun.se/realms/k"), sso.issuer());
    assertEquals("openid profile email", sso.scopes());
    assertEquals("groups", sso.groupsClaim());
    assertTrue(sso.localLoginForAll());
    assertEquals(Optional.empty(), sso.providerName());
  }

  @Test
  void localLoginOffLeavesThePasswordToBreakGlassAdminsOnlyWithAnIssuer() {
    assertFalse(with(Map.of("tk.oidc.issuer", "https://idp.kommun.se", "tk.local.login",
        "false")).localLoginForAll());
    assertFalse(with(Map.of("tk.oidc.issuer", "https://idp.kommun.se", "tk.local.login",
        "FALSE")).localLoginForAll());
    assertTrue(with(Map.of("tk.oidc.issuer", "https://idp.kommun.se", "tk.local.login",
        "true")).localLoginForAll());
  }

  @AfterEach
  void portalOnly() {
    SecurityHeaders.allowFormAction(null);
  }

  @Test
  void theOriginIsSchemeHostAndPortOfTheIssuer() {
    assertEquals("https://login.microsoftonline.com",
        SsoSettings.origin("https://login.microsoftonline.com/0f1e-tenant/v2.0"));
    assertEquals("http://localhost:44005", SsoSettings.origin("http://localhost:44005/kommun"));
    assertEquals("https://adfs.kommun.se", SsoSettings.origin("https://adfs.kommun.se/adfs"));
    assertNull(SsoSettings.origin("javascript:alert(1)"));
    assertNull(SsoSettings.origin("not a url"));
  }

  @Test
  void formsMayLeadToTheProviderOnlyWhenOneIsSet() {
    assertTrue(SecurityHeaders.contentSecurityPolicy(null).contains("form-action 'self';"));
    SecurityHeaders.allowFormAction("https://login.kommun.se");
    assertTrue(SecurityHeaders.contentSecurityPolicy("abc")
        .contains("form-action 'self' https://login.kommun.se;"),
        SecurityHeaders.contentSecurityPolicy("abc"));
    SecurityHeaders.allowFormAction("https://evil.example; script-src *");
    assertTrue(SecurityHeaders.contentSecurityPolicy(null).contains("form-action 'self';"),
        "nothing but an origin is ever added to the policy");
  }
}
