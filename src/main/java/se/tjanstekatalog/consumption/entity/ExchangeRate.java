package se.tjanstekatalog.consumption.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A currency's exchange rate for one month (changeset 0015-1): SEK per one unit, as the
 * controller entered or imported it, with where it came from and who set it last.
 */
@Entity
@Table(name = "exchange_rate")
@NamedQuery(name = ExchangeRate.FIND_ALL,
    query = "SELECT r FROM ExchangeRate r ORDER BY r.firstDay DESC, r.currency")
@NamedQuery(name = ExchangeRate.FIND_MONTH,
    query = "SELECT r FROM ExchangeRate r WHERE r.firstDay = :day ORDER BY r.currency")
@NamedQuery(name = ExchangeRate.FIND_ONE,
    query = "SELECT r FROM ExchangeRate r WHERE r.currency = :currency AND r.firstDay = :day")
public class ExchangeRate {
  public static final String FIND_ALL = "ExchangeRate.findAll";
  public static final String FIND_MONTH = "ExchangeRate.findMonth";
  public static final String FIND_ONE = "ExchangeRate.findOne";
  public static final int MAX_SOURCE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "month", nullable = false)
  private LocalDate firstDay;

  @Column(name = "rate", nullable = false, precision = 19, scale = 6)
  private BigDecimal rate;

  @Column(name = "source", nullable = false, length = MAX_SOURCE)
  private String source;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExchangeRate() {}

  public ExchangeRate(String currency, YearMonth month) {
    this.currency = currency;
    this.firstDay = month.atDay(1);
  }

  /** Sets the rate and notes who set it, from where, and when. */
  public void set(BigDecimal rate, String source, String by, Instant at) {
    this.rate = rate;
    this.source = source;
    this.changedBy = by;
    this.changedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCurrency() {
    return currency;
  }

  public YearMonth getMonth() {
    return YearMonth.from(firstDay);
  }

  /** The rate as entered: without the zeros DECIMAL(19,6) pads it with (11.234500 → 11.2345). */
  public BigDecimal getRate() {
    BigDecimal plain = rate.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  public String getSource() {
    return source;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public long getVersion() {
    return version;
  }
}
