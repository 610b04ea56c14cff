package se.tjanstekatalog.organisation.entity;

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
import java.io.Serializable;
import java.time.LocalDate;

/** A customer of IT: a förvaltning or a bolag. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.FIND_ALL, query = "SELECT o FROM OrgUnit o ORDER BY o.code")
@NamedQuery(name = OrgUnit.FIND_BY_CODE, query = "SELECT o FROM OrgUnit o WHERE o.code = :code")
@NamedQuery(name = OrgUnit.COUNT_BY_KIND,
    query = "SELECT o.kind, COUNT(o) FROM OrgUnit o GROUP BY o.kind")
public class OrgUnit implements Serializable {
  public static final String FIND_ALL = "OrgUnit.findAll";
  public static final String FIND_BY_CODE = "OrgUnit.findByCode";
  public static final String COUNT_BY_KIND = "OrgUnit.countByKind";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 20)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OrgKind kind;

  /** Ansvar: the cost centre the org's IT costs are booked on. */
  @Column(name = "cost_centre", nullable = false, length = 20)
  private String costCentre;

  /** Kommun-Bas motpart: 1–4 inside the municipality, 5–7 municipally owned companies. */
  @Column(name = "counterpart_code", nullable = false, length = 4)
  private String counterpartCode;

  @Column(name = "active_from", nullable = false)
  private LocalDate activeFrom;

  @Column(name = "active_to")
  private LocalDate activeTo;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OrgUnit() {}

  public OrgUnit(OrgUnitData data) {
    apply(data);
  }

  /** Copies the editable fields; rules are checked before by {@code OrgUnitRules}. */
  public final void apply(OrgUnitData data) {
    this.code = data.code();
    this.name = data.name();
    this.kind = data.kind();
    this.costCentre = data.costCentre();
    this.counterpartCode = data.counterpartCode();
    this.activeFrom = data.activeFrom();
    this.activeTo = data.activeTo();
  }

  public OrgUnitData toData() {
    return new OrgUnitData(id, version, code, name, kind, costCentre, counterpartCode,
        activeFrom, activeTo);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgKind getKind() {
    return kind;
  }

  public String getCostCentre() {
    return costCentre;
  }

  public String getCounterpartCode() {
    return counterpartCode;
  }

  public LocalDate getActiveFrom() {
    return activeFrom;
  }

  public LocalDate getActiveTo() {
    return activeTo;
  }

  public long getVersion() {
    return version;
  }
}
