package se.tjanstekatalog.security.control;

import java.io.Serializable;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.security.entity.Role;

/** Who is calling: what pages and REST resources need to scope data and menus. */
public record CallerInfo(String username, String displayName, Role role, Long orgId,
    String orgCode, String orgName) implements Serializable {

  public static CallerInfo of(AppUser user) {
    var org = user.getOrg();
    return new CallerInfo(user.getUsername(), user.getDisplayName(), user.getRole(),
        org == null ? null : org.getId(), org == null ? null : org.getCode(),
        org == null ? null : org.getName());
  }

  public boolean hasOrg() {
    return orgId != null;
  }
}
