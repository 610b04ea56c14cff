package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17, item 1 in Chromium against a real OpenID Connect provider (mock-oauth2-server,
 * started by {@link BrowserPortal} before the portal): ADMIN maps an IdP group to ORG_FINANCE
 * for GSF on *Inloggning (SSO)*; a person in that group logs in with the login page's button
 * at the provider's own login form and lands on the start page as GSF's finance chief; log-out
 * ends the session at the provider (its end-session endpoint with the ID token as hint) and
 * comes back to the login page. A person without a mapped group gets the Swedish refusal. The
 * mapping is removed at the end; the SSO account stays (no other class reads it).
 */
class SsoJourneyBrowserIT extends BrowserTestBase {
  private static final String GROUP = "gsf-ekonomi-sso";

  @Test
  void aMappedGroupLogsInWithTheRightRoleAndOrgAndLogOutEndsTheProviderSession() {
    MockOAuth2Server provider = BrowserPortal.oidcProvider();
    Assumptions.assumeTrue(provider != null, "needs the browser tests' own portal and provider");

    // ADMIN maps the group; a mapping without the org its role needs is refused by field
    browser.login("admin");
    browser.menu("Administration", "Inloggning (SSO)");
    browser.assertTitle("Inloggning med kommunens inloggning (SSO)");
    browser.type(By.id("mapping:group"), GROUP);
    browser.choose("mapping:role", "Ekonomichef");
    browser.click(By.id("mapping:save"));
    browser.waitForText(By.id("mapping:messages"),
        "Organisation: Medarbetare och Ekonomichef måste ha en organisation.");
    browser.choose("mapping:org", "GSF – Grundskoleförvaltningen");
    browser.click(By.id("mapping:save"));
    browser.waitForText(By.id("mapping:messages"), "Gruppen " + GROUP + " är kopplad.");
    String table = browser.text(By.id("mappings:table"));
    assertTrue(table.contains(GROUP) && table.contains("Ekonomichef")
        && table.contains("GSF – Grundskoleförvaltningen"), table);
    assertTrue(browser.text(By.id("history")).contains("SSO-grupp " + GROUP),
        "the change is in the audit trail");
    browser.checkAccessibility("single sign-on mappings (ADMIN)");
    browser.logout();
    browser.checkAccessibility("login page with single sign-on and the password form");

    // The person logs in at the provider, with the group in the groups claim
    drain(provider);
    ssoLogin("anna.sso", "{\"groups\": [\"alla-anstallda\", \"" + GROUP + "\"],"
        + " \"name\": \"Anna Sso\", \"email\": \"anna.sso@kommun.test\"}");
    browser.waitFor(By.cssSelector(".tk-user-name"));
    browser.assertTitle("Start");
    assertEquals("Anna Sso", browser.text(By.cssSelector(".tk-user-name")));
    assertEquals("Grundskoleförvaltningen", browser.text(By.cssSelector("#ownOrg h2")),
        "the org of the mapped group");
    assertTrue(browser.findAll(By.id("latestStatement")).size() == 1,
        "the finance chief's start page");

    // Log-out goes through the provider's end-session endpoint and back to the login page
    browser.click(By.id("userForm:logout"));
    browser.waitFor(By.id("login:username"));
    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml?loggedOut=true"),
        browser.driver().getCurrentUrl());
    assertTrue(browser.text(By.cssSelector("main")).contains("Du är utloggad."));
    RecordedRequest endSession = awaitRequest(provider, "/" + BrowserPortal.OIDC_ISSUER_ID
        + "/endsession");
    String target = endSession.getRequestUrl().toString();
    assertNotNull(endSession.getRequestUrl().queryParameter("id_token_hint"), target);
    assertTrue(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri")
        .endsWith("/login.xhtml?loggedOut=true"), target);
    browser.open("/index.xhtml");
    browser.waitFor(By.id("login:username"));

    // Nobody of an unmapped group gets in
    ssoLogin("bertil.sso", "{\"groups\": [\"alla-anstallda\"]}");
    browser.waitFor(By.id("errorText"));
    browser.assertTitle("Inloggningen nekades");
    assertTrue(browser.text(By.id("errorText")).contains("ingen av dina grupper ger behörighet"),
        browser.text(By.id("errorText")));
    browser.checkAccessibility("single sign-on refused");

    // ADMIN removes the mapping again
    browser.login("admin");
    browser.menu("Administration", "Inloggning (SSO)");
    browser.click(By.cssSelector("[id='mappings:table'] tbody tr button[id$=':remove']"));
    browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    browser.waitForText(By.id("mapping:messages"), "Kopplingen för gruppen " + GROUP
        + " är borttagen.");
    browser.logout();
  }

  /** The login page's button, then the provider's login form. */
  private void ssoLogin(String user, String claims) {
    browser.open("/");
    assertEquals("Logga in med kommunens inloggning", browser.text(By.id("ssoLogin")));
    browser.click(By.cssSelector("#ssoLogin"));
    browser.waitFor(By.name("username"));
    browser.type(By.name("username"), user);
    browser.type(By.name("claims"), claims);
    browser.click(By.cssSelector("input[type=submit]"));
  }

  private static void drain(MockOAuth2Server provider) {
    while (take(provider, 10) != null) {
      // requests of earlier logins
    }
  }

  /** The provider's next request, or null when none came in time (it throws then). */
  private static RecordedRequest take(MockOAuth2Server provider, long millis) {
    try {
      return provider.takeRequest(millis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException none) {
      return null;
    }
  }

  private static RecordedRequest awaitRequest(MockOAuth2Server provider, String path) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      RecordedRequest r = take(provider, 500);
      if (r != null && r.getRequestUrl() != null
          && r.getRequestUrl().encodedPath().equals(path)) {
        return r;
      }
    }
    throw new AssertionError("the provider got no request for " + path);
  }
}
