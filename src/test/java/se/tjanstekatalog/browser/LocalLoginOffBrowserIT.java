package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 17 part 1: with single sign-on on, the password login can be switched off
 * ({@code TK_LOCAL_LOGIN=false}). A portal started so ({@link FreshPortal}, its provider the
 * browser tests' OpenID Connect server) offers the municipality's login; a local ADMIN still
 * gets in with a password through the break-glass link, and any other local account is refused
 * with a message that names the way in, on the page and over HTTP Basic.
 */
class LocalLoginOffBrowserIT extends BrowserTestBase {
  private static final String LOCAL_USER = "lokal.controller";
  private static final String LOCAL_PASSWORD = "Lokalt-konto-2027";

  @Override
  protected String portalBaseUrl() {
    MockOAuth2Server oidc = BrowserPortal.oidcProvider();
    Assumptions.assumeTrue(oidc != null, "needs the browser tests' own OpenID Connect provider");
    return FreshPortal.baseUrl(Map.of(
        "TK_DEMO", "false",
        "TK_ADMIN_PASSWORD", FreshPortal.ADMIN_PASSWORD,
        "TK_LOCAL_LOGIN", "false",
        "TK_OIDC_ISSUER", oidc.issuerUrl(BrowserPortal.OIDC_ISSUER_ID).toString()
            .replace("127.0.0.1", "localhost"),
        "TK_OIDC_CLIENT_ID", BrowserPortal.OIDC_CLIENT_ID,
        "TK_OIDC_CLIENT_SECRET", "browser-test-secret"));
  }

  @AfterAll
  void stopSecondPortal() {
    FreshPortal.stopNow();
  }

  @Test
  void onlyABreakGlassAdminLogsInWithAPassword() throws Exception {
    browser.open("/");
    browser.waitFor(By.id("ssoLogin"));
    assertTrue(browser.findAll(By.id("login:username")).isEmpty(),
        "no password form unless asked for");
    browser.checkAccessibility("login page, password login off");

    breakGlassLogin("admin", FreshPortal.ADMIN_PASSWORD);
    browser.waitFor(By.cssSelector(".tk-user-name"));
    browser.menu("Administration", "Användare");
    browser.click(By.id("users:newUser"));
    browser.waitFor(By.id("userDialogForm:username"));
    browser.type(By.id("userDialogForm:username"), LOCAL_USER);
    browser.type(By.id("userDialogForm:displayName"), "Lokal Controller");
    browser.choose("userDialogForm:role", "IT-controller");
    browser.type(By.id("userDialogForm:password"), LOCAL_PASSWORD);
    browser.click(By.id("userDialogForm:save"));
    browser.waitForText(By.id("users:table"), "Lokal Controller");
    browser.click(By.id("userForm:logout"));
    browser.waitFor(By.id("ssoLogin")); // logged out: the login page without its form

    breakGlassLogin(LOCAL_USER, LOCAL_PASSWORD);
    browser.waitForText(By.id("login:loginMessages"),
        "Inloggning med lösenord är avstängd för det här kontot. Logga in med kommunens"
            + " inloggning.");
    assertTrue(browser.findAll(By.cssSelector(".tk-user-name")).isEmpty(), "not logged in");
    browser.checkAccessibility("login page, a local account refused");

    assertEquals(401, basic("/api/v1/services", LOCAL_USER, LOCAL_PASSWORD));
    assertEquals(200, basic("/api/v1/services", "admin", FreshPortal.ADMIN_PASSWORD));
  }

  private void breakGlassLogin(String user, String password) {
    browser.open("/login.xhtml");
    browser.click(By.id("breakGlass"));
    browser.waitFor(By.id("login:username"));
    browser.type(By.id("login:username"), user);
    browser.type(By.id("login:password"), password);
    browser.click(By.id("login:submit"));
    browser.settle();
  }

  private int basic(String path, String user, String password) throws Exception {
    String auth = Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
        .header("Authorization", "Basic " + auth).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
