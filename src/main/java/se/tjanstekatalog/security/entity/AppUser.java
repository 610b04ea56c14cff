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
import java.time.Instant;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.shared.Role;

/** A person who can log in. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.FIND_BY_USERNAME,
    query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.org WHERE u.username = :username")
@NamedQuery(name = AppUser.FIND_ALL,
    query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.org ORDER BY u.username")
@NamedQuery(name = AppUser.FIND_BY_SSO, query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.org"
    + " WHERE u.ssoIssuer = :issuer AND u.ssoSubject = :subject")
@NamedQuery(name = AppUser.COUNT_ACTIVE,
    query = "SELECT COUNT(u) FROM AppUser u WHERE u.active = true")
public class AppUser implements Serializable {
  public static final String FIND_BY_USERNAME = "AppUser.findByUsername";
  public static final String FIND_ALL = "AppUser.findAll";
  public static final String COUNT_ACTIVE = "AppUser.countActive";
  public static final String FIND_BY_SSO = "AppUser.findBySso";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "org_id")
  private OrgUnit org;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications = true;

  @Column(name = "auth_revision", nullable = false)
  private long authRevision;

  @Column(name = "session_epoch", nullable = false)
  private long sessionEpoch;

  /** The ID token's issuer and subject of a single sign-on account; null for a local one. */
  @Column(name = "sso_issuer", length = 255)
  private String ssoIssuer;

  @Column(name = "sso_subject", length = 255)
  private String ssoSubject;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AppUser() {}

  public AppUser(String username, String displayName, String passwordHash, Role role,
      OrgUnit org) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.org = org;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
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

  /** Where notifications are mailed; null when the user has none. */
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** The user's own choice: notifications also by e-mail (in the portal always). */
  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public void setEmailNotifications(boolean emailNotifications) {
    this.emailNotifications = emailNotifications;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void setLastLoginAt(Instant lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
  }

  /** Raised when what a login proves changes: role, org, status or password. */
  public long getAuthRevision() {
    return authRevision;
  }

  /** Raised when the user's open sessions must end: deactivation, password reset. */
  public long getSessionEpoch() {
    return sessionEpoch;
  }

  /** Remembered Basic checks and the roles of open sessions are renewed from the database. */
  /** Whether the person logs in through the organisation's identity provider (ADR 0009). */
  public boolean isSso() {
    return ssoIssuer != null;
  }

  public String getSsoIssuer() {
    return ssoIssuer;
  }

  /** Links the account to the identity provider's person (issuer and subject of the token). */
  public void linkSso(String issuer, String subject) {
    this.ssoIssuer = issuer;
    this.ssoSubject = subject;
  }

  public void renewCredentials() {
    authRevision++;
  }

  /** Open sessions end at their next request, on every node; implies renewed credentials. */
  public void endSessions() {
    authRevision++;
    sessionEpoch++;
  }

  public long getVersion() {
    return version;
  }
}
