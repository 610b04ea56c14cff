package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.platform.ChangeGeneration;

/** A basleverans in the catalogue, with its ambition levels. */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "service")
@NamedQuery(name = Service.FIND_ALL,
    query = "SELECT s FROM Service s JOIN FETCH s.area ORDER BY s.area.sortOrder, s.name")
@NamedQuery(name = Service.FIND_BY_CODE, query = "SELECT s FROM Service s WHERE s.code = :code")
public class Service implements Serializable {
  public static final String FIND_ALL = "Service.findAll";
  public static final String FIND_BY_CODE = "Service.findByCode";
  public static final BigDecimal DEFAULT_VAT_PERCENT = new BigDecimal("25.00");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 30)
  private String code;

  @Column(name = "name", nullable = false, length = 160)
  private String name;

  @Column(name = "description", columnDefinition = "TEXT")
  private String description;

  @ManyToOne(optional = false)
  @JoinColumn(name = "area_id", nullable = false)
  private ServiceArea area;

  @Column(name = "owner_role", length = 120)
  private String ownerRole;

  @Column(name = "owner_contact", length = 200)
  private String ownerContact;

  @Enumerated(EnumType.STRING)
  @Column(name = "lifecycle", nullable = false, length = 20)
  private Lifecycle lifecycle = Lifecycle.ACTIVE;

  @Enumerated(EnumType.STRING)
  @Column(name = "financing", nullable = false, length = 20)
  private Financing financing = Financing.POOLED;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit", nullable = false, length = 20)
  private Unit unit;

  /** Moms for bolag in percent. */
  @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal vatRate = DEFAULT_VAT_PERCENT;

  @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("sortOrder")
  private List<ServiceLevel> levels = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Service() {}

  public Service(String code, String name, ServiceArea area, Unit unit, Financing financing) {
    this.code = code;
    this.name = name;
    this.area = area;
    this.unit = unit;
    this.financing = financing;
  }

  public ServiceLevel addLevel(String code, String name, java.time.YearMonth activeFrom) {
    ServiceLevel level = new ServiceLevel(this, code, name, levels.size() + 1, activeFrom);
    levels.add(level);
    return level;
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

  public ServiceArea getArea() {
    return area;
  }

  public void setArea(ServiceArea area) {
    this.area = area;
  }

  public String getOwnerRole() {
    return ownerRole;
  }

  public void setOwnerRole(String ownerRole) {
    this.ownerRole = ownerRole;
  }

  public String getOwnerContact() {
    return ownerContact;
  }

  public void setOwnerContact(String ownerContact) {
    this.ownerContact = ownerContact;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public Financing getFinancing() {
    return financing;
  }

  public void setFinancing(Financing financing) {
    this.financing = financing;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public BigDecimal getVatRate() {
    return vatRate;
  }

  public void setVatRate(BigDecimal vatRate) {
    this.vatRate = vatRate;
  }

  public List<ServiceLevel> getLevels() {
    return levels;
  }

  public long getVersion() {
    return version;
  }
}
