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
import se.tjanstekatalog.security.control.LoginGuard;
import se.tjanstekatalog.security.control.LoginRedirect;
import se.tjanstekatalog.security.control.PortalAuthenticationMechanism;
import se.tjanstekatalog.shared.boundary.Faces;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginBean {
  @Inject SecurityContext security;
  @Inject FacesContext faces;

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
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    faces.responseComplete();
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
