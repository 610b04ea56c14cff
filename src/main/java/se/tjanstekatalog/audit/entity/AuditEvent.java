package se.tjanstekatalog.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import se.tjanstekatalog.audit.domain.AuditKind;

/** One row of the audit log: who did what when. Never changed (the database refuses it). */
@Entity
@Table(name = "audit_log")
public class AuditEvent implements Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private AuditKind kind;

  @Column(name = "username", nullable = false, length = 120, updatable = false)
  private String username;

  @Column(name = "display_name", length = 120, updatable = false)
  private String displayName;

  @Column(name = "period", updatable = false)
  private YearMonth period;

  @Column(name = "org_code", length = 30, updatable = false)
  private String orgCode;

  @Column(name = "object", length = 200, updatable = false)
  private String object;

  @Column(name = "summary", nullable = false, length = 1000, updatable = false)
  private String summary;

  protected AuditEvent() {}

  public AuditEvent(Instant at, AuditKind kind, String username, String displayName,
      YearMonth period, String orgCode, String object, String summary) {
    this.at = at;
    this.kind = kind;
    this.username = cut(username, 120);
    this.displayName = cut(displayName, 120);
    this.period = period;
    this.orgCode = cut(orgCode, 30);
    this.object = cut(object, 200);
    this.summary = cut(summary, 1000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public AuditKind getKind() {
    return kind;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public YearMonth getPeriod() {
    return period;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public String getObject() {
    return object;
  }

  public String getSummary() {
    return summary;
  }
}
