package se.tjanstekatalog.accounting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import se.tjanstekatalog.accounting.domain.AccountingRules;
import se.tjanstekatalog.accounting.domain.CounterpartNames;

/** The municipality's accounting settings (one row, seeded by 0006-accounting.xml). */
@Entity
@Table(name = "accounting_settings")
public class AccountingSettings {
  @Id
  @Column(name = "municipality_id")
  private Long municipalityId;

  @Column(name = "cost_account", nullable = false, length = 10)
  private String costAccount;

  @Column(name = "cost_account_name", nullable = false, length = 100)
  private String costAccountName;

  @Column(name = "income_account", nullable = false, length = 10)
  private String incomeAccount;

  @Column(name = "income_account_name", nullable = false, length = 100)
  private String incomeAccountName;

  @Column(name = "cost_centre_dim", nullable = false)
  private int costCentreDimension;

  @Column(name = "counterpart_dim", nullable = false)
  private int counterpartDimension;

  @Column(name = "voucher_series", nullable = false, length = 10)
  private String voucherSeries;

  @Column(name = "voucher_per_org", nullable = false)
  private boolean voucherPerOrg;

  @Column(name = "company_name", nullable = false, length = 120)
  private String companyName;

  @Column(name = "vat_account", nullable = false, length = 10)
  private String vatAccount;

  @Column(name = "default_vat_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal defaultVatRate;

  @Column(name = "counterpart_names", nullable = false, length = 4000)
  private String counterpartNames = "";

  @Column(name = "kommun_counterpart", nullable = false, length = 4)
  private String kommunCounterpart = "";

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AccountingSettings() {}

  public AccountingRules rules() {
    return new AccountingRules(costAccount, costAccountName, incomeAccount, incomeAccountName,
        costCentreDimension, counterpartDimension, voucherSeries, voucherPerOrg, companyName,
        vatAccount, defaultVatRate, counterpartNames, kommunCounterpart);
  }

  /** Takes over validated values. */
  public void apply(AccountingRules r) {
    costAccount = r.costAccount();
    costAccountName = r.costAccountName();
    incomeAccount = r.incomeAccount();
    incomeAccountName = r.incomeAccountName();
    costCentreDimension = r.costCentreDimension();
    counterpartDimension = r.counterpartDimension();
    voucherSeries = r.voucherSeries();
    voucherPerOrg = r.voucherPerOrg();
    companyName = r.companyName();
    vatAccount = r.vatAccount();
    defaultVatRate = r.defaultVatRate();
    counterpartNames = CounterpartNames.normalise(r.counterpartNames());
    kommunCounterpart = r.kommunCounterpart() == null ? "" : r.kommunCounterpart();
  }

  public long getVersion() {
    return version;
  }
}
