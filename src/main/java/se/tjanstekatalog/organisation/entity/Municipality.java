package se.tjanstekatalog.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.tjanstekatalog.platform.ChangeGeneration;

/**
 * The municipality running the portal: one row, shown in the header and on exports. Which row
 * is the current municipality's is the tenancy seam's to say ({@code Tenancy.municipalityId()}).
 */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "municipality")
public class Municipality {
  @Id
  private Long id;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  /** image/png or image/jpeg while a logo is set (its bytes are read by SQL only). */
  @Column(name = "logo_type", length = 20)
  private String logoType;

  @Column(name = "logo_updated_at")
  private java.time.Instant logoUpdatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Municipality() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLogoType() {
    return logoType;
  }

  public java.time.Instant getLogoUpdatedAt() {
    return logoUpdatedAt;
  }

  /** Records that the logo was set ({@code type}) or removed (null). */
  public void logoChanged(String type, java.time.Instant at) {
    this.logoType = type;
    this.logoUpdatedAt = at;
  }

  public long getVersion() {
    return version;
  }
}
