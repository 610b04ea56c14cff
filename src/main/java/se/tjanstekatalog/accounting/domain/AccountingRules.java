package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;

/**
 * A municipality's accounting settings for the exports: the förvaltningar's cost account and the
 * IT organisation's income account (Kommun-Bas numbers differ between municipalities), the
 * dimension numbers for cost centre (ansvar) and motpart, the voucher series, one voucher per
 * förvaltning or one per period, the company name for #FNAMN, and for bolag the VAT account and
 * the VAT rate for lines without a service (pooled lines), and the names of the motpart
 * objects ({@link CounterpartNames}, one {@code code=name} a line; "" for none), and the motpart
 * with which a shared IT nämnd's host bills the kommuner it serves ("" until set).
 */
public record AccountingRules(String costAccount, String costAccountName, String incomeAccount,
    String incomeAccountName, int costCentreDimension, int counterpartDimension,
    String voucherSeries, boolean voucherPerOrg, String companyName, String vatAccount,
    BigDecimal defaultVatRate, String counterpartNames, String kommunCounterpart) {

  /** Settings without a motpart for the kommuner the nämnd serves. */
  public AccountingRules(String costAccount, String costAccountName, String incomeAccount,
      String incomeAccountName, int costCentreDimension, int counterpartDimension,
      String voucherSeries, boolean voucherPerOrg, String companyName, String vatAccount,
      BigDecimal defaultVatRate, String counterpartNames) {
    this(costAccount, costAccountName, incomeAccount, incomeAccountName, costCentreDimension,
        counterpartDimension, voucherSeries, voucherPerOrg, companyName, vatAccount,
        defaultVatRate, counterpartNames, "");
  }

  /** Settings without motpart names: each motpart object is named after its first org. */
  public AccountingRules(String costAccount, String costAccountName, String incomeAccount,
      String incomeAccountName, int costCentreDimension, int counterpartDimension,
      String voucherSeries, boolean voucherPerOrg, String companyName, String vatAccount,
      BigDecimal defaultVatRate) {
    this(costAccount, costAccountName, incomeAccount, incomeAccountName, costCentreDimension,
        counterpartDimension, voucherSeries, voucherPerOrg, companyName, vatAccount,
        defaultVatRate, "", "");
  }
}
