package se.tjanstekatalog.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relying party against a real OpenID Connect provider in this JVM (NAV's
 * mock-oauth2-server): discovery, the authorization request with PKCE, state and nonce, the code
 * exchange, the ID token checked against the provider's JWKS, and the end-session URL.
 */
class OidcClientTest {
  private static final String ISSUER_ID = "kommun";
  private static final String CLIENT = "tjanstekatalogen";
  private static final URI REDIRECT = URI.create("https://portal.kommun.test/sso/callback");
  private static MockOAuth2Server provider;
  private static OidcClient client;
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    provider = new MockOAuth2Server();
    provider.start();
    // The provider's first answer (key set, templates) can take longer than the portal's
    // timeouts on a busy machine: ask once without a timeout first.
    HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(provider.wellKnownUrl(ISSUER_ID).uri()).build(),
        HttpResponse.BodyHandlers.discarding());
    client = OidcClient.discover(provider.issuerUrl(ISSUER_ID).toString(), CLIENT, "hemlig",
        "openid profile email", "groups");
  }

  @AfterAll
  static void stop() {
    provider.shutdown();
  }

  @Test
  void aLoginGivesThePersonAndTheirGroupsFromTheValidatedIdToken() throws Exception {
    provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "anna-sub-1", "JWT",
        List.of(CLIENT), Map.of("name", "Anna Andersson", "email", "anna@kommun.test",
            "preferred_username", "anna", "groups", List.of("gsf-ekonomi", "alla"))));
    OidcClient.Start start = client.start(REDIRECT);
    Map<String, String> asked = query(start.authorizationUri());
    assertEquals("code", asked.get("response_type"));
    assertEquals(CLIENT, asked.get("client_id"));
    assertEquals("S256", asked.get("code_challenge_method"));
    assertFalse(asked.get("code_challenge").isEmpty());
    assertEquals(start.pending().state(), asked.get("state"));
    assertEquals(start.pending().nonce(), asked.get("nonce"));
    assertTrue(asked.get("scope").contains("openid"));

    OidcClient.Identity who = client.finish(answer(start), start.pending());

    assertEquals(provider.issuerUrl(ISSUER_ID).toString(), who.issuer());
    assertEquals("anna-sub-1", who.subject());
    assertEquals("Anna Andersson", who.name());
    assertEquals("anna@kommun.test", who.email());
    assertEquals("anna", who.preferredUsername());
    assertEquals(List.of("gsf-ekonomi", "alla"), who.groups());
    assertEquals(3, who.idToken().split("\\.").length, "a signed JWT, kept for the log-out hint");
  }

  @Test
  void anAnswerWithAnotherStateIsRefused() throws Exception {
    OidcClient.Start mine = client.start(REDIRECT);
    OidcClient.Start other = client.start(REDIRECT);
    URI answer = answer(other);
    OidcClient.SsoFailure e = assertThrows(OidcClient.SsoFailure.class,
        () -> client.finish(answer, mine.pending()));
    assertTrue(e.getMessage().contains("state"), e.getMessage());
  }

  @Test
  void anIdTokenWithAnotherNonceIsRefused() throws Exception {
    OidcClient.Start start = client.start(REDIRECT);
    URI answer = answer(start);
    OidcClient.Pending replayed = new OidcClient.Pending(start.pending().state(),
        "a-nonce-from-another-login", start.pending().codeVerifier(), REDIRECT);
    OidcClient.SsoFailure e = assertThrows(OidcClient.SsoFailure.class,
        () -> client.finish(answer, replayed));
    assertTrue(e.getMessage().contains("ID token is not valid"), e.getMessage());
  }

  @Test
  void aRefusalAtTheProviderIsACancelledLogin() throws Exception {
    OidcClient.Start start = client.start(REDIRECT);
    URI answer = URI.create(REDIRECT + "?error=access_denied&state=" + start.pending().state());
    OidcClient.SsoFailure e = assertThrows(OidcClient.SsoFailure.class,
        () -> client.finish(answer, start.pending()));
    assertTrue(e.cancelled());
  }

  @Test
  void theEndSessionUrlCarriesTheIdTokenAndTheWayBack() throws Exception {
    OidcClient.Start start = client.start(REDIRECT);
    OidcClient.Identity who = client.finish(answer(start), start.pending());
    URI back = URI.create("https://portal.kommun.test/login.xhtml?loggedOut=true");
    URI end = client.endSession(who.idToken(), back).orElseThrow();
    assertTrue(end.toString().startsWith(provider.endSessionEndpointUrl(ISSUER_ID).toString()),
        end.toString());
    Map<String, String> q = query(end);
    assertEquals(who.idToken(), q.get("id_token_hint"));
    assertEquals(back.toString(), q.get("post_logout_redirect_uri"));
  }

  @Test
  void oneGroupAsAStringIsAListOfOne() {
    var claims = new com.nimbusds.openid.connect.sdk.claims.UserInfo(
        new com.nimbusds.oauth2.sdk.id.Subject("s"));
    claims.setClaim("groups", "gsf-ekonomi");
    assertEquals(List.of("gsf-ekonomi"), OidcClient.stringList(claims, "groups"));
    assertEquals(null, OidcClient.stringList(claims, "roles"));
  }

  /** The browser's visit at the provider: it answers at once with a code (no login form). */
  private URI answer(OidcClient.Start start) throws Exception {
    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(start.authorizationUri()).build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(302, r.statusCode());
    URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
    assertTrue(location.toString().startsWith(REDIRECT.toString()), location.toString());
    return location;
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
            p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
  }
}
