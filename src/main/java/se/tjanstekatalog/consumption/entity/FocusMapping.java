package se.tjanstekatalog.consumption.entity;

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

/**
 * One row of the FOCUS mapping table (changeset 0003-7): a value of a bill column ({@code
 * SubAccountId}, {@code tag:forvaltning}, {@code SkuId}, {@code ServiceName}) and what it
 * means in the portal. Org, level and pool are kept as ids, not as relations, so this
 * capability does not reach into the organisation's and the catalogue's entities; the
 * importer reads their codes through {@code ReferenceData}.
 */
@Entity
@Table(name = "focus_mapping")
@NamedQuery(name = FocusMapping.FIND_ALL,
    query = "SELECT m FROM FocusMapping m ORDER BY m.target, m.matchField, m.matchValue")
@NamedQuery(name = FocusMapping.FIND_MATCH, query = "SELECT m FROM FocusMapping m"
    + " WHERE m.target = :target AND m.matchField = :field AND m.matchValue = :value")
public class FocusMapping {
  public static final String FIND_ALL = "FocusMapping.findAll";
  public static final String FIND_MATCH = "FocusMapping.findMatch";
  public static final int MAX_FIELD = 80;
  public static final int MAX_VALUE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false, length = 20)
  private FocusMappingTarget target;

  @Column(name = "match_field", nullable = false, length = MAX_FIELD)
  private String matchField;

  @Column(name = "match_value", nullable = false, length = MAX_VALUE)
  private String matchValue;

  @Column(name = "org_id")
  private Long orgId;

  @Column(name = "level_id")
  private Long levelId;

  @Column(name = "pool_id")
  private Long poolId;

  @Enumerated(EnumType.STRING)
  @Column(name = "cost_column", nullable = false, length = 20)
  private FocusCostColumn costColumn = FocusCostColumn.EFFECTIVE;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected FocusMapping() {}

  public FocusMapping(FocusMappingTarget target, String matchField, String matchValue) {
    this.target = target;
    this.matchField = matchField;
    this.matchValue = matchValue;
  }

  /** Sets what the value means; the database's check allows an org for ORG only. */
  public void pointTo(String field, String value, Long orgId, Long levelId, Long poolId) {
    this.matchField = field;
    this.matchValue = value;
    this.orgId = target == FocusMappingTarget.ORG ? orgId : null;
    this.levelId = target == FocusMappingTarget.COST ? levelId : null;
    this.poolId = target == FocusMappingTarget.COST ? poolId : null;
  }

  /** The cost column of a COST mapping's rows (ORG mappings keep the default). */
  public void readCostFrom(FocusCostColumn column) {
    this.costColumn = target == FocusMappingTarget.COST && column != null ? column
        : FocusCostColumn.EFFECTIVE;
  }

  public FocusCostColumn getCostColumn() {
    return costColumn;
  }

  public Long getId() {
    return id;
  }

  public FocusMappingTarget getTarget() {
    return target;
  }

  public String getMatchField() {
    return matchField;
  }

  public String getMatchValue() {
    return matchValue;
  }

  public Long getOrgId() {
    return orgId;
  }

  public Long getLevelId() {
    return levelId;
  }

  public Long getPoolId() {
    return poolId;
  }

  public long getVersion() {
    return version;
  }
}
