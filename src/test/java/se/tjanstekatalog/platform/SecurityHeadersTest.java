package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One policy, defined in SecurityHeaders; PrimeFaces contributes only its nonce. */
class SecurityHeadersTest {

  @Test
  void primeFacesPolicyBecomesOursWithItsNonce() {
    String policy = SecurityHeaders.ours("script-src 'self' 'nonce-YWJj+/9=';");
    assertEquals(SecurityHeaders.DIRECTIVES + "; script-src 'self' 'nonce-YWJj+/9='", policy);
    for (String d : new String[] {"object-src 'none'", "base-uri 'none'",
        "frame-ancestors 'none'", "default-src 'self'"}) {
      assertTrue(policy.contains(d), d);
    }
  }

  @Test
  void withoutANonceOnlyThePortalsOwnScriptsMayRun() {
    assertTrue(SecurityHeaders.ours("frame-ancestors *; script-src * 'unsafe-inline'")
        .endsWith("; script-src 'self'"));
    assertTrue(SecurityHeaders.contentSecurityPolicy(null).endsWith("; script-src 'self'"));
  }
}
