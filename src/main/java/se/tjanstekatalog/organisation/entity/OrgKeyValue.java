package se.tjanstekatalog.organisation.entity;

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
import se.tjanstekatalog.shared.Amount;

/**
 * One org's key values for one month: antal medarbetare (headcount), årsarbetare (FTE) and
 * omslutning (turnover, kr). A measure that has not been entered is null, not zero.
 */
@Entity
@Table(name = "org_key_value")
@NamedQuery(name = OrgKeyValue.FIND_BY_YEAR,
    query = "SELECT k FROM OrgKeyValue k JOIN FETCH k.org"
        + " WHERE k.period >= :from AND k.period <= :to")
@NamedQuery(name = OrgKeyValue.FIND_BY_ORG,
    query = "SELECT k FROM OrgKeyValue k WHERE k.org = :org ORDER BY k.period DESC")
@NamedQuery(name = OrgKeyValue.TOTAL_HEADCOUNT,
    query = "SELECT SUM(k.headcount) FROM OrgKeyValue k WHERE k.period = :period")
public class OrgKeyValue implements Serializable {
  public static final String FIND_BY_YEAR = "OrgKeyValue.findByYear";
  public static final String FIND_BY_ORG = "OrgKeyValue.findByOrg";
  public static final String TOTAL_HEADCOUNT = "OrgKeyValue.totalHeadcount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "org_id", nullable = false)
  private OrgUnit org;

  @Column(name = "period", nullable = false)
  private YearMonth period;

  @Column(name = "headcount")
  private Integer headcount;

  @Column(name = "fte", precision = 19, scale = 2)
  private BigDecimal fte;

  @Column(name = "turnover", precision = 19, scale = 2)
  private Amount turnover;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OrgKeyValue() {}

  public OrgKeyValue(OrgUnit org, YearMonth period) {
    this.org = org;
    this.period = period;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getOrg() {
    return org;
  }

  public YearMonth getPeriod() {
    return period;
  }

  public Integer getHeadcount() {
    return headcount;
  }

  public void setHeadcount(Integer headcount) {
    this.headcount = headcount;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }

  public Amount getTurnover() {
    return turnover;
  }

  public void setTurnover(Amount turnover) {
    this.turnover = turnover;
  }

  public long getVersion() {
    return version;
  }
}
