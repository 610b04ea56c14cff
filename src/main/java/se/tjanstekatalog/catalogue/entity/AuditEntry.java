package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One changed value in the catalogue: who, when, what, old and new. Never updated. A row
 * without a service records a change of a portal setting kept by ADMIN (the single sign-on
 * group mappings, ADR 0009).
 */
@Entity
@Table(name = "catalogue_audit")
@NamedQuery(name = AuditEntry.FIND_BY_SERVICE,
    query = "SELECT a FROM AuditEntry a WHERE a.service = :service ORDER BY a.at DESC, a.id DESC")
@NamedQuery(name = AuditEntry.FIND_WITHOUT_SERVICE,
    query = "SELECT a FROM AuditEntry a WHERE a.service IS NULL AND a.field LIKE :fieldPrefix"
        + " ORDER BY a.at DESC, a.id DESC")
public class AuditEntry implements Serializable {
  public static final String FIND_BY_SERVICE = "AuditEntry.findByService";
  public static final String FIND_WITHOUT_SERVICE = "AuditEntry.findWithoutService";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 60)
  private String username;

  @ManyToOne
  @JoinColumn(name = "service_id")
  private Service service;

  /** What changed, as a person reads it: "Standard", "Standard: Tillgänglighet", ... */
  @Column(name = "subject", nullable = false, length = 200)
  private String subject;

  @Column(name = "field", nullable = false, length = 60)
  private String field;

  @Column(name = "old_value", length = 2000)
  private String oldValue;

  @Column(name = "new_value", length = 2000)
  private String newValue;

  @ManyToOne
  @JoinColumn(name = "proposal_id")
  private ChangeProposal proposal;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String username, Service service, String subject, String field,
      String oldValue, String newValue, ChangeProposal proposal) {
    this.at = at;
    this.username = username;
    this.service = service;
    this.subject = subject;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.proposal = proposal;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public Service getService() {
    return service;
  }

  public String getSubject() {
    return subject;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public ChangeProposal getProposal() {
    return proposal;
  }
}
