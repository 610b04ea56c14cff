package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.security.entity.UserRepository;
import se.tjanstekatalog.shared.ForbiddenException;

/**
 * The caller of the current request as control services need it: name, role and org, and
 * the one rule every capability applies: VIEWER and ORG_FINANCE only see their own org.
 */
@RequestScoped
public class CurrentCaller {
  @Inject SecurityContext security;
  @Inject UserRepository users;

  private CallerInfo info;

  public String name() {
    Principal p = security.getCallerPrincipal();
    return p == null ? "system" : p.getName();
  }

  public CallerInfo info() {
    if (info == null) {
      info = users.findByUsername(name()).map(CallerInfo::of)
          .orElseThrow(() -> new ForbiddenException("error.forbidden"));
    }
    return info;
  }

  public boolean is(Role... roles) {
    return Arrays.stream(roles).anyMatch(r -> security.isCallerInRole(r.name()));
  }

  /** Whether the caller sees every org's data (IT_CONTROLLER, ADMIN). */
  public boolean seesAllOrgs() {
    return is(Role.IT_CONTROLLER, Role.ADMIN);
  }

  /** Throws unless the caller may see this org's own data. */
  public void requireOrg(long orgId) {
    if (!seesAllOrgs() && (info().getOrgId() == null || info().getOrgId() != orgId)) {
      throw new ForbiddenException("error.otherOrg");
    }
  }
}
