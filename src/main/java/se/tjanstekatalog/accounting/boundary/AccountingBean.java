package se.tjanstekatalog.accounting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.accounting.control.AccountingService;
import se.tjanstekatalog.accounting.control.AccountingService.Company;
import se.tjanstekatalog.accounting.domain.AccountingRules;

/** IT_CONTROLLER, ADMIN: accounting settings, and downloads of a locked month's exports. */
@Named
@ViewScoped
public class AccountingBean implements Serializable {
  @Inject AccountingService service;
  @Inject Tenancy tenancy;

  private String costAccount;
  private String costAccountName;
  private String incomeAccount;
  private String incomeAccountName;
  private Integer costCentreDimension;
  private Integer counterpartDimension;
  private String voucherSeries;
  private boolean voucherPerOrg;
  private String companyName;
  private String vatAccount;
  private BigDecimal defaultVatRate;
  private String counterpartNames;
  private String kommunCounterpart;
  private long version;

  private List<String> months;
  private List<Company> companies;
  private String month;
  private String company;

  public void load() {
    AccountingService.Settings s = service.settings();
    AccountingRules r = s.rules();
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
    counterpartNames = r.counterpartNames();
    kommunCounterpart = r.kommunCounterpart();
    version = s.version();
    months = service.lockedMonths().stream().map(SwedishFormat::month).toList();
    companies = service.companies();
    if (month == null && !months.isEmpty()) {
      month = months.get(0);
    }
    if (company == null && !companies.isEmpty()) {
      company = companies.get(0).code();
    }
  }

  public void save() {
    if (Faces.attempt(() -> service.save(new AccountingRules(costAccount, costAccountName,
        incomeAccount, incomeAccountName, costCentreDimension == null ? 0 : costCentreDimension,
        counterpartDimension == null ? 0 : counterpartDimension, voucherSeries, voucherPerOrg,
        companyName, vatAccount, defaultVatRate, counterpartNames, kommunCounterpart),
        version))) {
      Faces.info("accounting.saved");
      load();
    }
  }

  public String getCounterpartNames() {
    return counterpartNames;
  }

  public void setCounterpartNames(String v) {
    counterpartNames = v;
  }

  /** Whether this kommun's IT nämnd serves other kommuner (it bills them with a motpart). */
  public boolean isServesKommuner() {
    return tenancy.servesOthers();
  }

  public String getKommunCounterpart() {
    return kommunCounterpart;
  }

  public void setKommunCounterpart(String v) {
    kommunCounterpart = v;
  }

  public String getCostAccount() {
    return costAccount;
  }

  public void setCostAccount(String v) {
    costAccount = v;
  }

  public String getCostAccountName() {
    return costAccountName;
  }

  public void setCostAccountName(String v) {
    costAccountName = v;
  }

  public String getIncomeAccount() {
    return incomeAccount;
  }

  public void setIncomeAccount(String v) {
    incomeAccount = v;
  }

  public String getIncomeAccountName() {
    return incomeAccountName;
  }

  public void setIncomeAccountName(String v) {
    incomeAccountName = v;
  }

  public Integer getCostCentreDimension() {
    return costCentreDimension;
  }

  public void setCostCentreDimension(Integer v) {
    costCentreDimension = v;
  }

  public Integer getCounterpartDimension() {
    return counterpartDimension;
  }

  public void setCounterpartDimension(Integer v) {
    counterpartDimension = v;
  }

  public String getVoucherSeries() {
    return voucherSeries;
  }

  public void setVoucherSeries(String v) {
    voucherSeries = v;
  }

  public boolean isVoucherPerOrg() {
    return voucherPerOrg;
  }

  public void setVoucherPerOrg(boolean v) {
    voucherPerOrg = v;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String v) {
    companyName = v;
  }

  public String getVatAccount() {
    return vatAccount;
  }

  public void setVatAccount(String v) {
    vatAccount = v;
  }

  public BigDecimal getDefaultVatRate() {
    return defaultVatRate;
  }

  public void setDefaultVatRate(BigDecimal v) {
    defaultVatRate = v;
  }

  public List<String> getMonths() {
    return months;
  }

  public List<Company> getCompanies() {
    return companies;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String v) {
    month = v;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String v) {
    company = v;
  }
}
