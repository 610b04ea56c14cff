package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.platform.Problem;
import se.tjanstekatalog.platform.SecurityHeaders;
import se.tjanstekatalog.platform.tenancy.HandoffTickets;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.shared.Role;
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
 * A session created by a page login also authenticates {@code /api} GET calls from the browser
 * (exports), never a POST, PUT, PATCH or DELETE there: those need Basic or a token (CSRF).
 * Password checks go through {@link LoginGuard} (throttles, remembered Basic checks); a session
 * follows its account ({@link #sessionCaller}).
 *
 * <p>With single sign-on configured ({@link SsoSettings}, ADR 0009) it is also an OpenID Connect
 * relying party: {@code /sso/login} sends the browser to the provider (authorization-code flow
 * with PKCE, state and nonce, {@link OidcClient}); {@code /sso/callback} takes the answer, checks
 * the ID token, lets {@link SsoAccounts} find or create the local account with the role and org
 * of the person's mapped groups, and starts the same session as a form login. With
 * {@code TK_LOCAL_LOGIN=false} a password (form or Basic) logs in only a local ADMIN.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
  public static final String LOGIN_PAGE = "/login.xhtml";
  /** Starts a single sign-on login (the login page's button). */
  public static final String SSO_LOGIN = "/sso/login";
  static final String SSO_CALLBACK = "/sso/callback";
  /** The page that says why a single sign-on login was refused ({@code ?reason=...}). */
  static final String SSO_REFUSED = "/error/sso.xhtml";
  /**
   * Where a shared IT nämnd's controller arrives from the host kommun with a one-time ticket
   * ({@code ?ticket=}, {@link HandoffTickets}).
   */
  public static final String HANDOFF = "/handoff";
  static final String SSO_PENDING = PortalAuthenticationMechanism.class.getName() + ".ssoPending";
  /** Session attribute: the ID token of a single sign-on session, the log-out hint. */
  public static final String SSO_ID_TOKEN =
      PortalAuthenticationMechanism.class.getName() + ".ssoIdToken";
  /** Request attribute: a password login refused because only break-glass admins may use it. */
  public static final String LOCAL_LOGIN_OFF =
      PortalAuthenticationMechanism.class.getName() + ".localLoginOff";
  private static final String BASIC_CHALLENGE =
      "Basic realm=\"Tjanstekatalogen\", charset=\"UTF-8\"";
  private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

  /** Request attribute: the {@link LoginGuard.Refused} of a refused form login. */
  public static final String REFUSED = PortalAuthenticationMechanism.class.getName() + ".refused";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject LoginGuard guard;
  @Inject UserAuthStates states;
  @Inject UserService userService;
  @Inject ApiTokenService apiTokens;
  @Inject AuditLog audit;
  @Inject SsoSettings sso;
  @Inject SsoProvider ssoProvider;
  @Inject SsoAccounts ssoAccounts;
  @Inject Tenancy tenancy;
  @Inject HandoffTickets handoffTickets;

  /**
   * What the session remembers after a page login: the caller, their groups, and the
   * account's revisions at that time; a newer {@code sessionEpoch} in the database ends the
   * session, a newer {@code authRevision} renews the groups.
   */
  record SessionCaller(String kommun, String name, Set<String> groups, long authRevision,
      long sessionEpoch) implements Serializable {}

  /** The account revision the session's caller was last renewed at (-1 without a caller). */
  public static long sessionRevision(HttpSession session) {
    return session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller c
        ? c.authRevision() : -1;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // Runs before any filter; responses made here (401, redirect) need the headers too.
    SecurityHeaders.apply(response);
    // The kommun the host name reaches, for everything this request does (TenantFilter
    // leaves it at the end); with none (an unlisted name refused) the caller stays anonymous.
    if (tenancy.enterHost(request.getServerName()).isEmpty()) {
      return context.doNothing();
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return formLogin(request, context, credential);
    }
    boolean api = isApi(request);
    if (!api && HANDOFF.equals(path(request))) {
      return handoff(request, context);
    }
    if (!api && sso.configured()) {
      String path = path(request);
      if (path.equals(SSO_LOGIN)) {
        return ssoStart(request, context);
      }
      if (path.equals(SSO_CALLBACK)) {
        return ssoCallback(request, context);
      }
    }
    // A page session never authorises a change through the API: a cross-site form or fetch
    // carries the session cookie, but not Basic credentials or a token (CSRF). The pages only
    // GET from /api (exports).
    boolean sessionAllowed = !api || SAFE_METHODS.contains(request.getMethod());
    SessionCaller caller = sessionAllowed ? sessionCaller(request) : null;
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (api) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return bearer(request, response, context, authorization.substring(7).trim());
      }
      if (authorization == null && !sessionAllowed && context.isProtected()) {
        return unauthorized(response, BASIC_CHALLENGE, Messages.sv("error.apiNeedsCredentials"));
      }
      return basic(request, response, context);
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response, context);
    }
    return context.doNothing();
  }

  /**
   * The session's caller, renewed from the account when its role or org changed; null (and
   * the session ended) when the account was deactivated, its password reset, or removed.
   */
  private SessionCaller sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof SessionCaller c)) {
      return null;
    }
    String kommun = tenancy.current().code();
    if (!kommun.equals(c.kommun())) {
      // A session belongs to the kommun it logged in to; a browser never sends its cookie to
      // another kommun's host name, so this is a replayed cookie: end it.
      LOG.warning(() -> "Ended a session of '" + c.name() + "' in kommun " + c.kommun()
          + " presented to kommun " + kommun + " from " + request.getRemoteAddr());
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // Another request of the same session ended it first.
      }
      return null;
    }
    Optional<UserAuthState> account;
    try {
      account = states.get(c.name());
    } catch (RuntimeException databaseDown) {
      // Without the database the session stays as it was (as before issue 14): the page then
      // fails on its own data and shows the error page, instead of an error from here.
      LOG.log(Level.FINE, "Account state unavailable; session kept as it is", databaseDown);
      return c;
    }
    if (account.isEmpty() || !account.get().active()
        || account.get().sessionEpoch() != c.sessionEpoch()) {
      LOG.info(() -> "Ended the session of '" + c.name()
          + "': the account was deactivated, removed or its password reset");
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // Another request of the same session ended it first.
      }
      return null;
    }
    UserAuthState a = account.get();
    if (a.authRevision() != c.authRevision()) {
      SessionCaller renewed = new SessionCaller(c.kommun(), c.name(), Set.of(a.role().name()),
          a.authRevision(), a.sessionEpoch());
      session.setAttribute(SESSION_CALLER, renewed);
      LOG.info(() -> "Renewed the session of '" + c.name() + "': role now " + a.role());
      return renewed;
    }
    return c;
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential upc)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    LoginGuard.Outcome outcome = guard.check(upc, request.getRemoteAddr(), false);
    if (outcome instanceof LoginGuard.Refused refused) {
      logRefused(request, upc.getCaller(), refused);
      request.setAttribute(REFUSED, refused);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!(outcome instanceof LoginGuard.Valid valid)) {
      logFailure(request, upc.getCaller());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!passwordLoginAllowed(valid)) {
      LOG.warning(() -> "Refused the password login of '" + LogText.safe(valid.name())
          + "' from " + request.getRemoteAddr() + ": local login is off (TK_LOCAL_LOGIN=false)"
          + " and the account is not a local ADMIN");
      request.setAttribute(LOCAL_LOGIN_OFF, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (startSession(request, valid.name(), valid.groups()) == null) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    userService.recordLogin(valid.name());
    audit.recordAs(valid.name(), AuditKind.LOGIN, null, null, request.getRemoteAddr(),
        "Inloggning från " + request.getRemoteAddr());
    return context.notifyContainerAboutLogin(valid.name(), valid.groups());
  }

  /**
   * With {@code TK_LOCAL_LOGIN=false} only a local ADMIN (break-glass) logs in with a password;
   * a single sign-on account never has one (its hash is of a secret nobody knows).
   */
  private boolean passwordLoginAllowed(LoginGuard.Valid valid) {
    return sso.localLoginForAll() || valid.groups().contains(Role.ADMIN_NAME);
  }

  /**
   * A new session for the caller (a session id seen before login is worth nothing after it),
   * keeping the page asked for before login; null when the account is gone.
   */
  private HttpSession startSession(HttpServletRequest request, String name, Set<String> groups) {
    // Fresh from the database: a session started with a stale epoch would end at once.
    states.forget(name);
    Optional<UserAuthState> account = states.get(name);
    if (account.isEmpty()) {
      return null;
    }
    HttpSession old = request.getSession(false);
    Object target = null;
    if (old != null) {
      target = old.getAttribute(LoginRedirect.SESSION_KEY);
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(SESSION_CALLER, new SessionCaller(tenancy.current().code(), name, groups,
        account.get().authRevision(), account.get().sessionEpoch()));
    if (target != null) {
      session.setAttribute(LoginRedirect.SESSION_KEY, target);
    }
    return session;
  }

  /** The login page's button: off to the provider, with a fresh state, nonce and verifier. */
  private AuthenticationStatus ssoStart(HttpServletRequest request, HttpMessageContext context) {
    OidcClient.Start start;
    try {
      start = ssoProvider.client().start(ssoRedirectUri(request));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Single sign-on is configured but its provider is not reachable",
          e);
      return context.redirect(request.getContextPath() + SSO_REFUSED + "?reason=unavailable");
    }
    request.getSession(true).setAttribute(SSO_PENDING, start.pending());
    return context.redirect(start.authorizationUri().toString());
  }

  /** The provider's answer: a session as after a form login, or the page that says why not. */
  private AuthenticationStatus ssoCallback(HttpServletRequest request,
      HttpMessageContext context) {
    HttpSession before = request.getSession(false);
    Object pending = before == null ? null : before.getAttribute(SSO_PENDING);
    if (before != null) {
      before.removeAttribute(SSO_PENDING);
    }
    String refused = request.getContextPath() + SSO_REFUSED + "?reason=";
    if (!(pending instanceof OidcClient.Pending p)) {
      LOG.warning(() -> "Single sign-on answer from " + request.getRemoteAddr()
          + " without a login started in this session (expired, or a forged request)");
      return context.redirect(refused + "expired");
    }
    String query = request.getQueryString();
    URI callback = URI.create(p.redirectUri() + (query == null ? "" : "?" + query));
    OidcClient.Identity who;
    SsoAccounts.Result result;
    try {
      who = ssoProvider.client().finish(callback, p);
      result = ssoAccounts.login(who);
    } catch (OidcClient.SsoFailure e) {
      LOG.log(e.cancelled() ? Level.INFO : Level.WARNING,
          "Single sign-on failed for " + request.getRemoteAddr() + ": " + e.getMessage(),
          e.getCause());
      return context.redirect(refused + (e.cancelled() ? "cancelled" : "failed"));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Single sign-on failed for " + request.getRemoteAddr(), e);
      return context.redirect(refused + "failed");
    }
    if (result instanceof SsoAccounts.Refused no) {
      LOG.warning(() -> "Refused the single sign-on login of " + LogText.safe(no.detail()));
      return context.redirect(refused + no.reason());
    }
    SsoAccounts.Accepted yes = (SsoAccounts.Accepted) result;
    HttpSession session = startSession(request, yes.username(), Set.of(yes.role().name()));
    if (session == null) {
      return context.redirect(refused + "failed");
    }
    session.setAttribute(SSO_ID_TOKEN, who.idToken());
    LOG.info(() -> "Single sign-on login of '" + yes.username() + "' as " + yes.role()
        + " from " + request.getRemoteAddr());
    audit.recordAs(yes.username(), AuditKind.LOGIN, null, null, request.getRemoteAddr(),
        "Inloggning via single sign-on från " + request.getRemoteAddr());
    return context.redirect(request.getContextPath() + LoginRedirect.take(session));
  }

  /**
   * A shared IT nämnd's controller handed over from the kommun that hosts the nämnd: a ticket
   * for this kommun, unused and under a minute old, from the kommun that serves this one,
   * starts a session of the controller's account here (as a form login would); anything else
   * goes to the login page, which says the link was not valid.
   */
  private AuthenticationStatus handoff(HttpServletRequest request, HttpMessageContext context) {
    Tenant here = tenancy.current();
    String refused = request.getContextPath() + LOGIN_PAGE + "?handoff=invalid";
    if (guard.checkAddress(request.getRemoteAddr()) != null) {
      return context.redirect(refused);
    }
    Optional<HandoffTickets.Ticket> ticket =
        handoffTickets.redeem(request.getParameter("ticket"), here.code());
    Optional<Tenant> from = ticket.flatMap(t -> tenancy.find(t.fromKommun()))
        .filter(t -> t.code().equals(here.servedBy()));
    if (from.isEmpty()) {
      LOG.warning(() -> "Refused a login ticket into kommun " + here.code() + " from "
          + request.getRemoteAddr() + ": unknown, used, expired, or not from the kommun"
          + " whose nämnd serves it");
      guard.addressFailed(request.getRemoteAddr());
      return context.redirect(refused);
    }
    SsoAccounts.Result result = ssoAccounts.namndLogin(ticket.get());
    if (result instanceof SsoAccounts.Refused no) {
      LOG.warning(() -> "Refused the handover of " + LogText.safe(no.detail()));
      return context.redirect(refused);
    }
    SsoAccounts.Accepted yes = (SsoAccounts.Accepted) result;
    if (startSession(request, yes.username(), Set.of(yes.role().name())) == null) {
      return context.redirect(refused);
    }
    LOG.info(() -> "The shared IT nämnd's controller '" + ticket.get().username() + "' of "
        + from.get().code() + " logged in to " + here.code() + " as '" + yes.username() + "'");
    audit.recordAs(yes.username(), AuditKind.LOGIN, null, null, request.getRemoteAddr(),
        "Inloggning via IT-nämnden från " + request.getRemoteAddr());
    return context.redirect(request.getContextPath() + "/index.xhtml");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Where the provider sends the browser back: under TK_PUBLIC_URL, or as this request came. */
  URI ssoRedirectUri(HttpServletRequest request) {
    return URI.create(sso.portalUrl(request) + SSO_CALLBACK);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
      if (credential != null) {
        LoginGuard.Outcome outcome = guard.check(credential, request.getRemoteAddr(), true);
        if (outcome instanceof LoginGuard.Valid valid && passwordLoginAllowed(valid)) {
          return context.notifyContainerAboutLogin(valid.name(), valid.groups());
        }
        if (outcome instanceof LoginGuard.Refused refused) {
          logRefused(request, credential.getCaller(), refused);
          return tooManyAttempts(response, refused);
        }
        logFailure(request, credential.getCaller());
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
    LoginGuard.Refused refused = guard.checkAddress(request.getRemoteAddr());
    if (refused != null) {
      logRefused(request, "(API token)", refused);
      return tooManyAttempts(response, refused);
    }
    Optional<String> feed = apiTokens.authenticate(token);
    if (feed.isPresent()) {
      return context.notifyContainerAboutLogin(Role.FEED_CALLER_PREFIX + feed.get(),
          Set.of(Role.FEED_NAME));
    }
    guard.addressFailed(request.getRemoteAddr());
    // Never the token itself in the log: its first characters are enough to recognise it.
    String start = token.length() > 8 ? token.substring(0, 8) : token;
    String safeStart = start.replaceAll("[^A-Za-z0-9_-]", "_");
    LOG.warning(() -> "Refused API token " + safeStart + "… from " + request.getRemoteAddr()
        + " (" + request.getRequestURI() + ")");
    return unauthorized(response,
        "Bearer realm=\"Tjanstekatalogen\", error=\"invalid_token\"",
        Messages.sv("error.tokenInvalid"));
  }

  /** 429 with Retry-After, as problem+json: the attempt was not checked at all. */
  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response,
      LoginGuard.Refused refused) {
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Problem.json(429, "Too Many Requests",
          Messages.sv("error.tooManyAttempts", refused.retryAfterSeconds()), null));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private void logFailure(HttpServletRequest request, String user) {
    String safeUser = LogText.safe(user);
    LOG.warning(() -> "Failed login for user '" + safeUser + "' from "
        + request.getRemoteAddr() + " (" + request.getRequestURI() + ")");
    audit.recordFailedLogin(safeUser, request.getRemoteAddr(),
        "Misslyckad inloggning (" + channel(request) + ") från " + request.getRemoteAddr());
  }

  private void logRefused(HttpServletRequest request, String user,
      LoginGuard.Refused refused) {
    String safeUser = LogText.safe(user);
    LOG.warning(() -> "Refused login for user '" + safeUser + "' from "
        + request.getRemoteAddr() + " without checking it: " + (refused.locked() ? "locked"
        : "too many failures") + " until " + refused.retryAt());
    audit.recordFailedLogin(safeUser, request.getRemoteAddr(),
        "Inloggning avvisad utan kontroll (" + channel(request) + ") från "
            + request.getRemoteAddr() + ": " + (refused.locked() ? "kontot är spärrat"
            : "för många misslyckade försök") + " till " + refused.retryAt());
  }

  /** The login form or a REST call with HTTP Basic (or an API token). */
  private static String channel(HttpServletRequest request) {
    return request.getRequestURI().contains("/api/") ? "API" : "inloggningssidan";
  }

}
