package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.platform.ChangeGeneration;

/** An ambitionsnivå of a service (Bas, Standard, Utökad) with its promises. */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "service_level")
public class ServiceLevel implements Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "service_id", nullable = false)
  private Service service;

  @Column(name = "code", nullable = false, length = 30)
  private String code;

  @Column(name = "name", nullable = false, length = 80)
  private String name;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active_from", nullable = false)
  private YearMonth activeFrom;

  @Column(name = "active_to")
  private YearMonth activeTo;

  @OneToMany(mappedBy = "level", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Commitment> commitments = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ServiceLevel() {}

  ServiceLevel(Service service, String code, String name, int sortOrder, YearMonth activeFrom) {
    this.service = service;
    this.code = code;
    this.name = name;
    this.sortOrder = sortOrder;
    this.activeFrom = activeFrom;
  }

  public Commitment addCommitment(CommitmentType type, String label, BigDecimal number,
      String text) {
    Commitment c = new Commitment(this, type, label, number, text, commitments.size() + 1);
    commitments.add(c);
    return c;
  }

  public boolean isOfferedIn(YearMonth month) {
    return !activeFrom.isAfter(month) && (activeTo == null || !activeTo.isBefore(month));
  }

  public Long getId() {
    return id;
  }

  public Service getService() {
    return service;
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

  public YearMonth getActiveFrom() {
    return activeFrom;
  }

  public void setActiveFrom(YearMonth activeFrom) {
    this.activeFrom = activeFrom;
  }

  public YearMonth getActiveTo() {
    return activeTo;
  }

  public void setActiveTo(YearMonth activeTo) {
    this.activeTo = activeTo;
  }

  public List<Commitment> getCommitments() {
    return commitments;
  }

  public long getVersion() {
    return version;
  }
}
