package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import se.tjanstekatalog.platform.ChangeGeneration;

/** A tjänsteområde: Arbetsplats, Kommunikation, ... (seeded by Liquibase, editable). */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "service_area")
@NamedQuery(name = ServiceArea.FIND_ALL, query = "SELECT a FROM ServiceArea a ORDER BY a.sortOrder")
public class ServiceArea implements Serializable {
  public static final String FIND_ALL = "ServiceArea.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 30)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "description", length = 1000)
  private String description;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ServiceArea() {}

  /** A new area (the catalogue workbook's import; the seven demo areas are seeded). */
  public ServiceArea(String code, String name, String description, int sortOrder) {
    this.code = code;
    this.name = name;
    this.description = description;
    this.sortOrder = sortOrder;
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

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public long getVersion() {
    return version;
  }
}
