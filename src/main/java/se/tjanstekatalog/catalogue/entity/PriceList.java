package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.platform.ChangeGeneration;

/**
 * A prislista: prices for a range of months (usually a year) with one markup (påslag). At
 * most one price list covers any month; its lines hold each level's cost and charged price,
 * and a decided price change adds a line valid from its month.
 */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "price_list")
@NamedQuery(name = PriceList.FIND_ALL, query = "SELECT p FROM PriceList p ORDER BY p.validFrom")
@NamedQuery(name = PriceList.FIND_COVERING,
    query = "SELECT p FROM PriceList p WHERE p.validFrom <= :month AND p.validTo >= :month")
public class PriceList implements Serializable {
  public static final String FIND_ALL = "PriceList.findAll";
  public static final String FIND_COVERING = "PriceList.findCovering";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "valid_from", nullable = false)
  private YearMonth validFrom;

  @Column(name = "valid_to", nullable = false)
  private YearMonth validTo;

  /** Påslag in percent, e.g. 2.0000 for +2 %. */
  @Column(name = "markup_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal markupPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PriceListStatus status = PriceListStatus.DRAFT;

  @OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<PriceListLine> lines = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PriceList() {}

  public PriceList(String name, YearMonth validFrom, YearMonth validTo, BigDecimal markupPercent) {
    this.name = name;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.markupPercent = markupPercent;
  }

  public boolean covers(YearMonth month) {
    return !validFrom.isAfter(month) && !validTo.isBefore(month);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public YearMonth getValidFrom() {
    return validFrom;
  }

  public YearMonth getValidTo() {
    return validTo;
  }

  public BigDecimal getMarkupPercent() {
    return markupPercent;
  }

  public void setMarkupPercent(BigDecimal markupPercent) {
    this.markupPercent = markupPercent;
  }

  public PriceListStatus getStatus() {
    return status;
  }

  public void setStatus(PriceListStatus status) {
    this.status = status;
  }

  public List<PriceListLine> getLines() {
    return lines;
  }

  public long getVersion() {
    return version;
  }
}
