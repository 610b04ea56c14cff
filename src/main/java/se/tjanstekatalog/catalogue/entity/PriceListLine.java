package se.tjanstekatalog.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.YearMonth;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.platform.ChangeGeneration;

/**
 * A level's price in a price list from a month on. The charged price is computed once, when
 * the line is written (cost × (1 + markup), HALF_UP to öre), and stored, so what was shown is
 * what is billed. Which line is in force in a month is the price book's rule
 * ({@code catalogue.control.PriceBook}).
 */
@Entity
@EntityListeners(ChangeGeneration.class)
@Table(name = "price_list_line")
public class PriceListLine implements Serializable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "price_list_id", nullable = false)
  private PriceList priceList;

  @ManyToOne(optional = false)
  @JoinColumn(name = "level_id", nullable = false)
  private ServiceLevel level;

  @Column(name = "valid_from", nullable = false)
  private YearMonth validFrom;

  @Column(name = "cost_price", nullable = false, precision = 19, scale = 2)
  private Amount costPrice;

  @Column(name = "charged_price", nullable = false, precision = 19, scale = 2)
  private Amount chargedPrice;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PriceListLine() {}

  public PriceListLine(PriceList priceList, ServiceLevel level, YearMonth validFrom,
      Amount costPrice, Amount chargedPrice) {
    this.priceList = priceList;
    this.level = level;
    this.validFrom = validFrom;
    this.costPrice = costPrice;
    this.chargedPrice = chargedPrice;
  }

  public void reprice(Amount cost, Amount charged) {
    this.costPrice = cost;
    this.chargedPrice = charged;
  }

  public Long getId() {
    return id;
  }

  public PriceList getPriceList() {
    return priceList;
  }

  public ServiceLevel getLevel() {
    return level;
  }

  public YearMonth getValidFrom() {
    return validFrom;
  }

  public Amount getCostPrice() {
    return costPrice;
  }

  public Amount getChargedPrice() {
    return chargedPrice;
  }

  public long getVersion() {
    return version;
  }
}
