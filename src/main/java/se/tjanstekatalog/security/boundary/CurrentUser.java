package se.tjanstekatalog.security.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.security.control.PortalAuthenticationMechanism;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.shared.Role;

/**
 * The logged-in user as pages see it: name, role, org, and what the menu may show. In a
 * cluster (ADR 0010) the session, and this bean with it, may arrive serialized from another
 * node: the EJB and the request are injected as serializable references (CDI does not inject
 * transient fields again); Soteria's {@code SecurityContext} is a {@code @Dependent} bean whose
 * resolvers are not all serializable, so it is looked up once per node when found empty.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  @Inject UserService users;
  @Inject HttpServletRequest request;
  private transient SecurityContext security;

  private CallerInfo info;
  private long infoRevision = -1;

  /**
   * The caller as of the account's current revision: a role or org changed by an admin shows
   * at the next request (the authentication mechanism renews the session's revision).
   */
  public CallerInfo getInfo() {
    if (security == null) {
      security = CDI.current().select(SecurityContext.class).get();
    }
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return null;
    }
    long revision = PortalAuthenticationMechanism.sessionRevision(request.getSession(false));
    if (info == null || !info.getUsername().equals(principal.getName())
        || revision != infoRevision) {
      info = users.caller(principal.getName()).orElse(null);
      infoRevision = revision;
    }
    return info;
  }

  public boolean isLoggedIn() {
    return getInfo() != null;
  }

  public boolean is(String role) {
    CallerInfo caller = getInfo();
    return caller != null && caller.getRole() == Role.valueOf(role);
  }

  public boolean isAdmin() {
    return is(Role.ADMIN_NAME);
  }

  public boolean isController() {
    return is(Role.IT_CONTROLLER_NAME);
  }

  public boolean isOrgFinance() {
    return is(Role.ORG_FINANCE_NAME);
  }

  public boolean isViewer() {
    return is(Role.VIEWER_NAME);
  }
}
