package se.tjanstekatalog.security.control;

import java.io.Serializable;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Role;

/**
 * Who is calling: what pages and REST resources need to scope data and menus. A class with
 * getters rather than a record, because Jakarta EL 5 (EE 10) does not see record accessors.
 */
public final class CallerInfo implements Serializable {
  private final String username;
  private final String displayName;
  private final Role role;
  private final Long orgId;
  private final String orgCode;
  private final String orgName;

  private CallerInfo(AppUser user) {
    var org = user.getOrg();
    this.username = user.getUsername();
    this.displayName = user.getDisplayName();
    this.role = user.getRole();
    this.orgId = org == null ? null : org.getId();
    this.orgCode = org == null ? null : org.getCode();
    this.orgName = org == null ? null : org.getName();
  }

  public static CallerInfo of(AppUser user) {
    return new CallerInfo(user);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public Long getOrgId() {
    return orgId;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public String getOrgName() {
    return orgName;
  }

  public boolean hasOrg() {
    return orgId != null;
  }
}
