package se.tjanstekatalog.costing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import se.tjanstekatalog.ledger.domain.FinancingModel;

/**
 * One entry of the model plan: from month {@code validFrom}, {@code model} is binding (skarp)
 * for the service area, until the area's next entry. {@code createdBy}/{@code createdAt} name
 * who saved the entry last (a change is a new decision).
 */
@Entity
@Table(name = "model_plan")
@NamedQuery(name = ModelPlanEntry.FIND_ALL,
    query = "SELECT e FROM ModelPlanEntry e ORDER BY e.areaId, e.validFrom")
public class ModelPlanEntry {
  public static final String FIND_ALL = "ModelPlanEntry.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The service area (catalogue); an id, not a relation: costing reads the catalogue's data. */
  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "valid_from", nullable = false)
  private YearMonth validFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "model", nullable = false, length = 20)
  private FinancingModel model;

  @Column(name = "note", length = 500)
  private String note;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ModelPlanEntry() {}

  public ModelPlanEntry(long areaId, YearMonth validFrom, FinancingModel model, String note,
      String by, Instant at) {
    this.areaId = areaId;
    this.validFrom = validFrom;
    this.model = model;
    this.note = note;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** A new decision for the entry: area, month, model and note, saved by {@code by}. */
  public void change(long newAreaId, YearMonth newFrom, FinancingModel newModel, String newNote,
      String by, Instant at) {
    this.areaId = newAreaId;
    this.validFrom = newFrom;
    this.model = newModel;
    this.note = newNote;
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getAreaId() {
    return areaId;
  }

  public YearMonth getValidFrom() {
    return validFrom;
  }

  public FinancingModel getModel() {
    return model;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
