package se.tjanstekatalog.catalogue.entity;

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
import java.time.YearMonth;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/** An ORG_FINANCE's request to move their org to another level of a service from a month. */
@Entity
@Table(name = "level_change_request")
@NamedQuery(name = LevelChangeRequest.FIND_ALL,
    query = "SELECT r FROM LevelChangeRequest r ORDER BY r.requestedAt DESC")
@NamedQuery(name = LevelChangeRequest.FIND_BY_ORG,
    query = "SELECT r FROM LevelChangeRequest r WHERE r.org = :org ORDER BY r.requestedAt DESC")
public class LevelChangeRequest implements Serializable {
  public static final String FIND_ALL = "LevelChangeRequest.findAll";
  public static final String FIND_BY_ORG = "LevelChangeRequest.findByOrg";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "org_id", nullable = false)
  private OrgUnit org;

  @ManyToOne(optional = false)
  @JoinColumn(name = "service_id", nullable = false)
  private Service service;

  @ManyToOne(optional = false)
  @JoinColumn(name = "to_level_id", nullable = false)
  private ServiceLevel toLevel;

  @Column(name = "effective_month", nullable = false)
  private YearMonth effectiveMonth;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RequestStatus status = RequestStatus.PENDING;

  @Column(name = "motivation", length = 2000)
  private String motivation;

  @Column(name = "requested_by", nullable = false, length = 60)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected LevelChangeRequest() {}

  public LevelChangeRequest(OrgUnit org, ServiceLevel toLevel, YearMonth effectiveMonth,
      String motivation, String requestedBy, Instant requestedAt) {
    this.org = org;
    this.service = toLevel.getService();
    this.toLevel = toLevel;
    this.effectiveMonth = effectiveMonth;
    this.motivation = motivation;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  public void decide(RequestStatus outcome, String by, Instant at, String reason) {
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getOrg() {
    return org;
  }

  public Service getService() {
    return service;
  }

  public ServiceLevel getToLevel() {
    return toLevel;
  }

  public YearMonth getEffectiveMonth() {
    return effectiveMonth;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getMotivation() {
    return motivation;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public long getVersion() {
    return version;
  }
}
