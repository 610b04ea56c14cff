package se.tjanstekatalog.security.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.security.control.LoginGuard;
import se.tjanstekatalog.security.control.LoginRedirect;
import se.tjanstekatalog.security.control.PortalAuthenticationMechanism;
import se.tjanstekatalog.security.control.SsoProvider;
import se.tjanstekatalog.security.control.SsoSettings;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The login form, the single sign-on button and logout. A single sign-on session's logout also
 * ends the person's session at the identity provider (its end-session endpoint, with the ID
 * token as hint, back to the login page).
 */
@Named
@RequestScoped
public class LoginBean {
  private static final Logger LOG = Logger.getLogger(LoginBean.class.getName());
  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject SsoSettings sso;
  @Inject SsoProvider ssoProvider;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status = security.authenticate(request, response,
        withParams().newAuthentication(true)
            .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                password == null ? "" : password)));
    switch (status) {
      case SUCCESS -> {
        HttpSession session = request.getSession(false);
        external.redirect(request.getContextPath() + LoginRedirect.take(session));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        password = null;
        Faces.error(null, failureText(request));
        faces.validationFailed();
      }
    }
  }

  /**
   * Wrong credentials, or refused before they were checked (too many failures): the same words
   * whether the user name exists or not.
   */
  private static String failureText(HttpServletRequest request) {
    if (request.getAttribute(PortalAuthenticationMechanism.LOCAL_LOGIN_OFF) != null) {
      return Faces.text("login.localOff");
    }
    if (request.getAttribute(PortalAuthenticationMechanism.REFUSED)
        instanceof LoginGuard.Refused refused) {
      long seconds = refused.retryAfterSeconds();
      return refused.locked()
          ? Faces.text("login.locked", Math.max(1, (seconds + 59) / 60))
          : Faces.text("login.throttled", seconds);
    }
    return Faces.text("login.failed");
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    Object idToken = session == null ? null
        : session.getAttribute(PortalAuthenticationMechanism.SSO_ID_TOKEN);
    request.logout();
    external.invalidateSession();
    String loggedOut = PortalAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true";
    external.redirect(idToken instanceof String token && sso.configured()
        ? endSession(request, token, loggedOut) : request.getContextPath() + loggedOut);
    faces.responseComplete();
  }

  /** The provider's end-session URL back to the login page, or the login page without one. */
  private String endSession(HttpServletRequest request, String idToken, String loggedOut) {
    String back = sso.portalUrl(request) + loggedOut;
    try {
      return ssoProvider.client().endSession(idToken, URI.create(back))
          .map(URI::toString).orElse(back);
    } catch (IOException | RuntimeException providerDown) {
      LOG.log(Level.WARNING, "Could not end the session at the identity provider", providerDown);
      return back;
    }
  }

  /** Whether the login page offers single sign-on. */
  public boolean isSsoConfigured() {
    return sso.configured();
  }

  /** The single sign-on button's words. */
  public String getSsoButton() {
    return Faces.text("login.sso", sso.providerName().orElse(Faces.text("login.sso.default")));
  }

  /** Whether the password form is for everyone (else only for break-glass admins). */
  public boolean isLocalLoginForAll() {
    return sso.localLoginForAll();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
