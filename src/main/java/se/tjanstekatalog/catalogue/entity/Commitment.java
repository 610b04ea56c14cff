package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import se.tjanstekatalog.platform.ChangeGeneration;

/** One åtagande of a level: a typed value (a number with a unit, or text). */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "commitment")
public class Commitment implements Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "level_id", nullable = false)
  private ServiceLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 30)
  private CommitmentType type;

  /** The promise's own name; required for FREE_TEXT, otherwise the type names it. */
  @Column(name = "label", length = 120)
  private String label;

  @Column(name = "numeric_value", precision = 19, scale = 4)
  private BigDecimal numericValue;

  @Column(name = "text_value", length = 500)
  private String textValue;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Commitment() {}

  Commitment(ServiceLevel level, CommitmentType type, String label, BigDecimal numericValue,
      String textValue, int sortOrder) {
    this.level = level;
    this.type = type;
    this.label = label;
    this.numericValue = numericValue;
    this.textValue = textValue;
    this.sortOrder = sortOrder;
  }

  /** The row key when levels are compared side by side. */
  public String rowKey() {
    return type == CommitmentType.FREE_TEXT ? "FREE_TEXT:" + label : type.name();
  }

  public Long getId() {
    return id;
  }

  public ServiceLevel getLevel() {
    return level;
  }

  public CommitmentType getType() {
    return type;
  }

  public String getLabel() {
    return label;
  }

  public BigDecimal getNumericValue() {
    return numericValue;
  }

  public void setNumericValue(BigDecimal numericValue) {
    this.numericValue = numericValue;
  }

  public String getTextValue() {
    return textValue;
  }

  public void setTextValue(String textValue) {
    this.textValue = textValue;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
