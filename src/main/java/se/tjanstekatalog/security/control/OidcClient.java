package se.tjanstekatalog.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The portal as an OpenID Connect relying party (ADR 0009), on the Nimbus OAuth 2.0 / OpenID
 * Connect SDK: the provider's metadata from its discovery document, the authorization-code flow
 * with PKCE (S256), {@code state} and {@code nonce}, the ID token's signature checked against the
 * issuer's JWKS (and its issuer, audience, expiry and nonce), the groups claim from the ID token
 * or else from the userinfo endpoint, and the end-session URL for log-out. No HTTP session or
 * container here: {@link SsoProvider} keeps one per configuration.
 */
public final class OidcClient {
  static final int TIMEOUT_MS = 5_000;

  private final OIDCProviderMetadata metadata;
  private final ClientID clientId;
  private final Secret secret;
  private final Scope scope;
  private final String groupsClaim;
  private final IDTokenValidator validator;

  /** What the session keeps between the redirect to the provider and its answer. */
  public record Pending(String state, String nonce, String codeVerifier, URI redirectUri)
      implements Serializable {}

  /** Where to send the browser, and what to keep until it comes back. */
  public record Start(URI authorizationUri, Pending pending) {}

  /** The person the provider vouched for. {@code idToken} is kept for the log-out hint. */
  public record Identity(String issuer, String subject, String name, String email,
      String preferredUsername, List<String> groups, String idToken) {}

  /** The provider's answer could not be accepted; {@code reason} is for the log. */
  public static final class SsoFailure extends Exception {
    private final boolean cancelled;

    SsoFailure(String reason, boolean cancelled) {
      super(reason);
      this.cancelled = cancelled;
    }

    SsoFailure(String reason, Throwable cause) {
      super(reason, cause);
      this.cancelled = false;
    }

    /** The person or the provider declined (for example access_denied), not an error here. */
    public boolean cancelled() {
      return cancelled;
    }
  }

  private OidcClient(OIDCProviderMetadata metadata, String clientId, String secret,
      String scopes, String groupsClaim) throws IOException {
    this.metadata = metadata;
    this.clientId = new ClientID(clientId);
    this.secret = new Secret(secret);
    this.scope = Scope.parse(scopes.contains("openid") ? scopes : "openid " + scopes);
    this.groupsClaim = groupsClaim;
    URL jwks = metadata.getJWKSetURI().toURL();
    this.validator = new IDTokenValidator(metadata.getIssuer(), this.clientId, algorithm(metadata),
        jwks);
  }

  /** Reads the provider's discovery document ({@code <issuer>/.well-known/openid-configuration}). */
  public static OidcClient discover(String issuer, String clientId, String secret, String scopes,
      String groupsClaim) throws IOException {
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MS, TIMEOUT_MS);
      return new OidcClient(metadata, clientId, secret, scopes, groupsClaim);
    } catch (GeneralException e) {
      throw new IOException("The discovery document of " + issuer + " is not usable: "
          + e.getMessage(), e);
    }
  }

  /** The issuer's signing algorithm for ID tokens: RS256 when offered (it must be), else the first. */
  private static JWSAlgorithm algorithm(OIDCProviderMetadata metadata) {
    List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
    if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
      return JWSAlgorithm.RS256;
    }
    return offered.get(0);
  }

  /** A new authorization request with fresh state, nonce and PKCE verifier. */
  public Start start(URI redirectUri) {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request = new AuthenticationRequest.Builder(
        ResponseType.CODE, scope, clientId, redirectUri)
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .build();
    return new Start(request.toURI(),
        new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), redirectUri));
  }

  /**
   * The provider's answer at the redirect URI ({@code callback} with its query): the state must
   * be the pending one; the code is exchanged (with the client secret and the PKCE verifier) and
   * the ID token validated.
   */
  public Identity finish(URI callback, Pending pending) throws SsoFailure {
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw new SsoFailure("unreadable authorization response: " + e.getMessage(), e);
    }
    if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
      throw new SsoFailure("the state does not match the login started in this session", false);
    }
    if (!response.indicatesSuccess()) {
      AuthenticationErrorResponse error = response.toErrorResponse();
      String code = error.getErrorObject() == null ? "?" : error.getErrorObject().getCode();
      throw new SsoFailure("the provider answered " + code,
          "access_denied".equals(code) || "login_required".equals(code));
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new SsoFailure("no authorization code in the answer", false);
    }
    OIDCTokenResponse tokens = exchange(code, pending);
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims;
    try {
      claims = validator.validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException | JOSEException e) {
      throw new SsoFailure("the ID token is not valid: " + e.getMessage(), e);
    }
    List<String> groups = stringList(claims, groupsClaim);
    ClaimsSet profile = claims;
    if (groups == null) {
      ClaimsSet userInfo = userInfo(tokens.getOIDCTokens().getBearerAccessToken(),
          claims.getSubject().getValue());
      if (userInfo != null) {
        groups = stringList(userInfo, groupsClaim);
        profile = userInfo;
      }
    }
    String email = firstText(claims, profile, "email");
    return new Identity(claims.getIssuer().getValue(), claims.getSubject().getValue(),
        firstText(claims, profile, "name"), email,
        firstText(claims, profile, "preferred_username"),
        groups == null ? List.of() : groups, idToken.serialize());
  }

  private OIDCTokenResponse exchange(AuthorizationCode code, Pending pending) throws SsoFailure {
    List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
    ClientAuthentication auth = methods != null && !methods.isEmpty()
        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
    TokenRequest request = new TokenRequest(metadata.getTokenEndpointURI(), auth,
        new AuthorizationCodeGrant(code, pending.redirectUri(),
            new CodeVerifier(pending.codeVerifier())));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new SsoFailure("the token endpoint refused the code: "
            + response.toErrorResponse().getErrorObject().getCode(), false);
      }
      if (!(response.toSuccessResponse() instanceof OIDCTokenResponse oidc)
          || oidc.getOIDCTokens().getIDToken() == null) {
        throw new SsoFailure("the token endpoint gave no ID token", false);
      }
      return oidc;
    } catch (IOException | ParseException e) {
      throw new SsoFailure("the token endpoint could not be used: " + e.getMessage(), e);
    }
  }

  /** The userinfo claims for the same subject, or null when the provider has no endpoint. */
  private ClaimsSet userInfo(BearerAccessToken token, String subject) throws SsoFailure {
    if (metadata.getUserInfoEndpointURI() == null || token == null) {
      return null;
    }
    try {
      HTTPRequest http = new UserInfoRequest(metadata.getUserInfoEndpointURI(), token)
          .toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      UserInfoResponse response = UserInfoResponse.parse(http.send());
      if (!response.indicatesSuccess()) {
        return null;
      }
      ClaimsSet info = response.toSuccessResponse().getUserInfo();
      // The userinfo answer only counts for the person of the ID token (OIDC Core 5.3.2).
      return subject.equals(info.getStringClaim("sub")) ? info : null;
    } catch (IOException | ParseException e) {
      throw new SsoFailure("the userinfo endpoint could not be used: " + e.getMessage(), e);
    }
  }

  /** The end-session URL (with the ID token as hint), if the provider has one. */
  public Optional<URI> endSession(String idToken, URI postLogoutRedirect) {
    URI endpoint = metadata.getEndSessionEndpointURI();
    if (endpoint == null) {
      return Optional.empty();
    }
    JWT hint = null;
    try {
      hint = idToken == null ? null : JWTParser.parse(idToken);
    } catch (java.text.ParseException e) {
      // Without a readable hint the provider asks the person to confirm the log-out.
    }
    return Optional.of(new LogoutRequest(endpoint, hint, postLogoutRedirect, null).toURI());
  }

  /** A claim that is a list of strings, or one string (one group); null when absent. */
  static List<String> stringList(ClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> many) {
      List<String> out = new ArrayList<>();
      for (Object v : many) {
        if (v != null) {
          out.add(v.toString());
        }
      }
      return out;
    }
    return List.of(value.toString());
  }

  private static String firstText(ClaimsSet first, ClaimsSet second, String name) {
    String v = first.getStringClaim(name);
    if ((v == null || v.isBlank()) && second != null) {
      v = second.getStringClaim(name);
    }
    return v == null || v.isBlank() ? null : v.strip();
  }
}
