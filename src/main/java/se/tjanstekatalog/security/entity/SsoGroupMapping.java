package se.tjanstekatalog.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.domain.GroupRoles;
import se.tjanstekatalog.shared.Role;

/** An IdP group and the role (and org) it gives at single sign-on (ADR 0009). */
@Entity
@Table(name = "sso_group_mapping")
@NamedQuery(name = SsoGroupMapping.FIND_ALL,
    query = "SELECT m FROM SsoGroupMapping m LEFT JOIN FETCH m.org ORDER BY m.groupName")
@NamedQuery(name = SsoGroupMapping.FIND_BY_GROUP,
    query = "SELECT m FROM SsoGroupMapping m WHERE m.groupName = :group")
public class SsoGroupMapping implements Serializable {
  public static final String FIND_ALL = "SsoGroupMapping.findAll";
  public static final String FIND_BY_GROUP = "SsoGroupMapping.findByGroup";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_name", nullable = false, unique = true, length = 256)
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "org_id")
  private OrgUnit org;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SsoGroupMapping() {}

  public SsoGroupMapping(String groupName, Role role, OrgUnit org) {
    this.groupName = groupName;
    this.role = role;
    this.org = org;
  }

  public GroupRoles.Mapping toMapping() {
    return new GroupRoles.Mapping(groupName, role, org == null ? null : org.getId());
  }

  public Long getId() {
    return id;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public OrgUnit getOrg() {
    return org;
  }

  public void setOrg(OrgUnit org) {
    this.org = org;
  }

  public long getVersion() {
    return version;
  }
}
