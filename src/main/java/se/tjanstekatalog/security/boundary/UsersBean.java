package se.tjanstekatalog.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.security.control.UserService.UserData;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.boundary.Faces;

/** ADMIN: the user list, a dialog to create or edit a user, and a password reset. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
  @Inject UserService service;
  @Inject OrganisationService organisations;

  private List<AppUser> users;
  private Map<Long, Instant> locked = Map.of();
  private List<OrgUnit> orgs;
  private Form form = new Form();
  private Long resetUserId;
  private String resetUsername;
  private String newPassword;

  /** The dialog's fields; {@code id == null} while creating. */
  public static class Form implements Serializable {
    private Long id;
    private long version;
    private String username;
    private String displayName;
    private Role role = Role.VIEWER;
    private Long orgId;
    private boolean active = true;
    private String password;
    private String email;

    public Long getId() {
      return id;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public Role getRole() {
      return role;
    }

    public void setRole(Role role) {
      this.role = role;
    }

    public Long getOrgId() {
      return orgId;
    }

    public void setOrgId(Long orgId) {
      this.orgId = orgId;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    UserData toData() {
      return new UserData(id, version, username, displayName, role, orgId, active,
          email);
    }
  }

  public void load() {
    users = service.all();
    locked = service.locked();
    orgs = organisations.all();
  }

  /** Until when the user's login is locked after failed attempts, or null. */
  public Instant lockedUntil(AppUser user) {
    return locked.get(user.getId());
  }

  public void unlock(AppUser user) {
    Faces.attempt(() -> {
      service.unlock(user.getId());
      Faces.info("user.unlocked", user.getUsername());
      load();
    });
  }

  public void startCreate() {
    form = new Form();
  }

  public void startEdit(AppUser user) {
    form = new Form();
    form.id = user.getId();
    form.version = user.getVersion();
    form.username = user.getUsername();
    form.displayName = user.getDisplayName();
    form.role = user.getRole();
    form.orgId = user.getOrg() == null ? null : user.getOrg().getId();
    form.active = user.isActive();
    form.email = user.getEmail();
  }

  public void save() {
    Faces.attempt(() -> {
      if (form.id == null) {
        service.create(form.toData(), form.password);
        Faces.info("user.created", form.username);
      } else {
        service.update(form.toData());
        Faces.info("user.saved", form.username);
      }
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
      load();
    });
  }

  public void startReset(AppUser user) {
    resetUserId = user.getId();
    resetUsername = user.getUsername();
    newPassword = null;
  }

  public void resetPassword() {
    Faces.attempt(() -> {
      service.resetPassword(resetUserId, newPassword);
      Faces.info("user.passwordReset", resetUsername);
      PrimeFaces.current().executeScript("PF('resetDialog').hide()");
    });
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<AppUser> getUsers() {
    return users;
  }

  public List<OrgUnit> getOrgs() {
    return orgs;
  }

  public Form getForm() {
    return form;
  }

  public String getResetUsername() {
    return resetUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
