package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/**
 * Avtal / vald nivå: the level of a service an org has chosen, from a month (to a month).
 * At most one subscription per org and service covers a month. Fixed-per-month services are
 * billed from it alone ({@code quantity} units a month).
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.FIND_BY_ORG,
    query = "SELECT s FROM Subscription s JOIN FETCH s.level l JOIN FETCH s.service"
        + " WHERE s.org = :org ORDER BY s.service.name, s.validFrom")
@NamedQuery(name = Subscription.FIND_ALL,
    query = "SELECT s FROM Subscription s JOIN FETCH s.org JOIN FETCH s.level"
        + " JOIN FETCH s.service ORDER BY s.org.code, s.service.name, s.validFrom")
@NamedQuery(name = Subscription.FIND_BY_ORG_AND_SERVICE,
    query = "SELECT s FROM Subscription s WHERE s.org = :org AND s.service = :service"
        + " ORDER BY s.validFrom")
public class Subscription implements Serializable {
  public static final String FIND_BY_ORG = "Subscription.findByOrg";
  public static final String FIND_ALL = "Subscription.findAll";
  public static final String FIND_BY_ORG_AND_SERVICE = "Subscription.findByOrgAndService";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "org_id", nullable = false)
  private OrgUnit org;

  @ManyToOne(optional = false)
  @JoinColumn(name = "service_id", nullable = false)
  private Service service;

  @ManyToOne(optional = false)
  @JoinColumn(name = "level_id", nullable = false)
  private ServiceLevel level;

  @Column(name = "valid_from", nullable = false)
  private YearMonth validFrom;

  @Column(name = "valid_to")
  private YearMonth validTo;

  @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
  private BigDecimal quantity = BigDecimal.ONE;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Subscription() {}

  public Subscription(OrgUnit org, ServiceLevel level, YearMonth validFrom) {
    this.org = org;
    this.service = level.getService();
    this.level = level;
    this.validFrom = validFrom;
  }

  public boolean covers(YearMonth month) {
    return !validFrom.isAfter(month) && (validTo == null || !validTo.isBefore(month));
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getOrg() {
    return org;
  }

  public Service getService() {
    return service;
  }

  public ServiceLevel getLevel() {
    return level;
  }

  public YearMonth getValidFrom() {
    return validFrom;
  }

  public YearMonth getValidTo() {
    return validTo;
  }

  public void setValidTo(YearMonth validTo) {
    this.validTo = validTo;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public long getVersion() {
    return version;
  }
}
