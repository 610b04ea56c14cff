package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.shared.Amount;

/**
 * A förändringsförslag: a new service, a new level, a price change or a retirement, prepared
 * (beredning) and decided with who and when at each step. The fields used depend on the kind:
 * PRICE_CHANGE names a level and its new cost price; RETIREMENT a service; NEW_LEVEL a
 * service, the new level's code and name and its cost price; NEW_SERVICE the new service's
 * code, name, area, unit, financing, first level and cost price.
 */
@Entity
@Table(name = "change_proposal")
@NamedQuery(name = ChangeProposal.FIND_ALL,
    query = "SELECT p FROM ChangeProposal p ORDER BY p.createdAt DESC")
public class ChangeProposal implements Serializable {
  public static final String FIND_ALL = "ChangeProposal.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ProposalKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ProposalStatus status = ProposalStatus.DRAFT;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "motivation", columnDefinition = "TEXT")
  private String motivation;

  @ManyToOne
  @JoinColumn(name = "service_id")
  private Service service;

  @ManyToOne
  @JoinColumn(name = "level_id")
  private ServiceLevel level;

  @Column(name = "effective_month", nullable = false)
  private YearMonth effectiveMonth;

  @Column(name = "new_cost_price", precision = 19, scale = 2)
  private Amount newCostPrice;

  @Column(name = "new_service_code", length = 30)
  private String newServiceCode;

  @Column(name = "new_service_name", length = 160)
  private String newServiceName;

  @ManyToOne
  @JoinColumn(name = "new_area_id")
  private ServiceArea newArea;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_unit", length = 20)
  private Unit newUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_financing", length = 20)
  private Financing newFinancing;

  @Column(name = "new_level_code", length = 30)
  private String newLevelCode;

  @Column(name = "new_level_name", length = 80)
  private String newLevelName;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
  @OrderBy("createdAt")
  private List<ProposalComment> comments = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ChangeProposal() {}

  public ChangeProposal(ProposalKind kind, String title, YearMonth effectiveMonth,
      String createdBy, Instant createdAt) {
    this.kind = kind;
    this.title = title;
    this.effectiveMonth = effectiveMonth;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void submit(String by, Instant at) {
    status = ProposalStatus.IN_PREPARATION;
    submittedBy = by;
    submittedAt = at;
  }

  public void close(ProposalStatus outcome, String by, Instant at, String note) {
    status = outcome;
    decidedBy = by;
    decidedAt = at;
    decisionNote = note;
  }

  public ProposalComment comment(String author, Instant at, String text) {
    ProposalComment c = new ProposalComment(this, author, at, text);
    comments.add(c);
    return c;
  }

  public Long getId() {
    return id;
  }

  public ProposalKind getKind() {
    return kind;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public Service getService() {
    return service;
  }

  public void setService(Service service) {
    this.service = service;
  }

  public ServiceLevel getLevel() {
    return level;
  }

  public void setLevel(ServiceLevel level) {
    this.level = level;
  }

  public YearMonth getEffectiveMonth() {
    return effectiveMonth;
  }

  public Amount getNewCostPrice() {
    return newCostPrice;
  }

  public void setNewCostPrice(Amount newCostPrice) {
    this.newCostPrice = newCostPrice;
  }

  public String getNewServiceCode() {
    return newServiceCode;
  }

  public String getNewServiceName() {
    return newServiceName;
  }

  public ServiceArea getNewArea() {
    return newArea;
  }

  public Unit getNewUnit() {
    return newUnit;
  }

  public Financing getNewFinancing() {
    return newFinancing;
  }

  /** The new service of a NEW_SERVICE proposal. */
  public void describeNewService(String code, String name, ServiceArea area, Unit unit,
      Financing financing) {
    this.newServiceCode = code;
    this.newServiceName = name;
    this.newArea = area;
    this.newUnit = unit;
    this.newFinancing = financing;
  }

  public String getNewLevelCode() {
    return newLevelCode;
  }

  public String getNewLevelName() {
    return newLevelName;
  }

  public void describeNewLevel(String code, String name) {
    this.newLevelCode = code;
    this.newLevelName = name;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public List<ProposalComment> getComments() {
    return comments;
  }

  public long getVersion() {
    return version;
  }
}
