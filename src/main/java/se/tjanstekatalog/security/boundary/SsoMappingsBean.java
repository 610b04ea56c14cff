package se.tjanstekatalog.security.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.control.SsoMappings;
import se.tjanstekatalog.security.control.SsoMappings.MappingData;
import se.tjanstekatalog.security.control.SsoSettings;
import se.tjanstekatalog.security.entity.SsoGroupMapping;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.boundary.Faces;

/** ADMIN: which IdP group gives which role and org at single sign-on (ADR 0009). */
@Named
@ViewScoped
public class SsoMappingsBean implements Serializable {
  private static final int HISTORY = 30;

  @Inject SsoMappings service;
  @Inject OrganisationService organisations;
  @Inject SsoSettings settings;

  private List<SsoGroupMapping> mappings;
  private List<AuditEntry> history;
  private List<OrgUnit> orgs;
  private Long id;
  private long version;
  private String group;
  private Role role = Role.VIEWER;
  private Long orgId;

  public void load() {
    mappings = service.all();
    history = service.history(HISTORY);
    orgs = organisations.all();
  }

  public void save() {
    boolean created = id == null;
    String saved = group == null ? "" : group.strip();
    if (Faces.attempt(() -> service.save(new MappingData(id, version, group, role, orgId)))) {
      Faces.info(created ? "sso.created" : "sso.saved", saved);
      clear();
      load();
    }
  }

  public void edit(SsoGroupMapping m) {
    id = m.getId();
    version = m.getVersion();
    group = m.getGroupName();
    role = m.getRole();
    orgId = m.getOrg() == null ? null : m.getOrg().getId();
  }

  public void remove(SsoGroupMapping m) {
    if (Faces.attempt(() -> service.remove(m.getId(), m.getVersion()))) {
      Faces.info("sso.removed", m.getGroupName());
      if (m.getId().equals(id)) {
        clear();
      }
      load();
    }
  }

  public void clear() {
    id = null;
    version = 0;
    group = null;
    role = Role.VIEWER;
    orgId = null;
  }

  public boolean isConfigured() {
    return settings.configured();
  }

  public String getIssuer() {
    return settings.issuer().orElse("");
  }

  public String getGroupsClaim() {
    return settings.groupsClaim();
  }

  public boolean isLocalLoginForAll() {
    return settings.localLoginForAll();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<SsoGroupMapping> getMappings() {
    return mappings;
  }

  public List<AuditEntry> getHistory() {
    return history;
  }

  public List<OrgUnit> getOrgs() {
    return orgs;
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
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
}
