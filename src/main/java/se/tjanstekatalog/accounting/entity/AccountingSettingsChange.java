package se.tjanstekatalog.accounting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed accounting setting: who, when, from what to what (changeset 0015-5). */
@Entity
@Table(name = "accounting_settings_change")
public class AccountingSettingsChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality_id", nullable = false)
  private long municipalityId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  @Column(name = "field", nullable = false, length = 40)
  private String field;

  @Column(name = "old_value", length = 4000)
  private String oldValue;

  @Column(name = "new_value", length = 4000)
  private String newValue;

  protected AccountingSettingsChange() {}

  public AccountingSettingsChange(long municipalityId, Instant changedAt, String changedBy,
      String field, String oldValue, String newValue) {
    this.municipalityId = municipalityId;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }
}
