package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import se.tjanstekatalog.consumption.control.ApiTokenService;
import se.tjanstekatalog.platform.Problem;
import se.tjanstekatalog.platform.SecurityHeaders;
import se.tjanstekatalog.security.entity.Role;
import se.tjanstekatalog.shared.Messages;

/**
 * One mechanism for two kinds of client, because Jakarta Security 3 allows only one per
 * application:
 *
 * <ul>
 *   <li>pages: a form login ({@code login.xhtml} calls {@code SecurityContext.authenticate});
 *       the caller is kept in the HTTP session; an anonymous request for a protected page is
 *       redirected to the login page (also for JSF Ajax requests, with a partial response);
 *   <li>{@code /api/**}: HTTP Basic or a feed's API token ({@code Authorization: Bearer tk_…})
 *       on every request, no session created; anonymous or wrong credentials get 401 as
 *       {@code application/problem+json}, never a redirect. A token makes the caller
 *       {@code feed:<name>} in the group {@link Role#FEED_NAME} and nothing else, so it opens
 *       only what allows that role (posting consumption).
 * </ul>
 *
 * A session created by a page login also authenticates {@code /api} calls from the browser.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String BASIC_CHALLENGE =
      "Basic realm=\"Tjanstekatalogen\", charset=\"UTF-8\"";
  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject UserService userService;
  @Inject ApiTokenService apiTokens;

  /** What the session remembers after a page login. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Runs before any filter; responses made here (401, redirect) need the headers too.
    SecurityHeaders.apply(response);
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return formLogin(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller c) {
      return context.notifyContainerAboutLogin(c.name(), c.groups());
    }
    if (isApi(request)) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return bearer(request, response, context, authorization.substring(7).trim());
      }
      return basic(request, response, context);
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      logFailure(request, credential);
      return AuthenticationStatus.SEND_FAILURE;
    }
    String name = result.getCallerPrincipal().getName();
    // A new session id on login: a session id seen before login is worth nothing after it.
    HttpSession old = request.getSession(false);
    Object target = null;
    if (old != null) {
      target = old.getAttribute(LoginRedirect.SESSION_KEY);
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_CALLER,
        new SessionCaller(name, Set.copyOf(result.getCallerGroups())));
    if (target != null) {
      session.setAttribute(LoginRedirect.SESSION_KEY, target);
    }
    userService.recordLogin(name);
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
      if (credential != null) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
        logFailure(request, credential);
      }
      return unauthorized(response, BASIC_CHALLENGE, Messages.sv("error.unauthorized"));
    }
    return context.isProtected()
        ? unauthorized(response, BASIC_CHALLENGE, Messages.sv("error.unauthorized"))
        : context.doNothing();
  }

  /** A feed's token: valid and not revoked, or 401 whatever the resource. */
  private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context, String token) {
    Optional<String> feed = apiTokens.authenticate(token);
    if (feed.isPresent()) {
      return context.notifyContainerAboutLogin(Role.FEED_CALLER_PREFIX + feed.get(),
          Set.of(Role.FEED_NAME));
    }
    // Never the token itself in the log: its first characters are enough to recognise it.
    String start = token.length() > 8 ? token.substring(0, 8) : token;
    String safeStart = start.replaceAll("[^A-Za-z0-9_-]", "_");
    LOG.warning(() -> "Refused API token " + safeStart + "… from " + request.getRemoteAddr()
        + " (" + request.getRequestURI() + ")");
    return unauthorized(response,
        "Bearer realm=\"Tjanstekatalogen\", error=\"invalid_token\"",
        Messages.sv("error.tokenInvalid"));
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0 ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String challenge, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", challenge);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Problem.json(401, "Unauthorized", detail, null));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // A JSF Ajax request after the session expired: a 302 would be swallowed by the
      // browser's XHR, so tell the JSF client to navigate instead.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<partial-response><redirect url=\"" + login + "?expired=true\"/></partial-response>");
        response.flushBuffer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if ("GET".equals(request.getMethod())) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      request.getSession(true).setAttribute(LoginRedirect.SESSION_KEY, target);
    }
    return context.redirect(login);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static void logFailure(HttpServletRequest request, Credential credential) {
    String user = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : "?";
    String safeUser = user.replaceAll("[\\r\\n\\t]", "_");
    String safeUserShort = safeUser.length() > 80 ? safeUser.substring(0, 80) : safeUser;
    LOG.warning(() -> "Failed login for user '" + safeUserShort + "' from "
        + request.getRemoteAddr() + " (" + request.getRequestURI() + ")");
  }
}
