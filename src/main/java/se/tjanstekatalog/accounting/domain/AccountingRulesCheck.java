package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.tjanstekatalog.shared.Violation;

/** The rules for accounting settings; every broken rule at once, as message keys. */
public final class AccountingRulesCheck {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{4,6}");
  private static final Pattern SERIES = Pattern.compile("[A-Za-z0-9]{1,10}");
  /** A motpart outside the kommun's koncern: 1–4 within the kommun, 5–7 its bolag. */
  private static final Pattern OUTSIDE_COUNTERPART = Pattern.compile("[89]\\d{0,3}");

  private AccountingRulesCheck() {}

  public static List<Violation> check(AccountingRules r) {
    List<Violation> v = new ArrayList<>();
    account(v, "costAccount", r.costAccount());
    account(v, "incomeAccount", r.incomeAccount());
    account(v, "vatAccount", r.vatAccount());
    if (r.costAccount() != null && r.costAccount().equals(r.incomeAccount())) {
      v.add(new Violation("incomeAccount", "accounting.error.sameAccount"));
    }
    text(v, "costAccountName", r.costAccountName(), 100);
    text(v, "incomeAccountName", r.incomeAccountName(), 100);
    text(v, "companyName", r.companyName(), 120);
    dimension(v, "costCentreDimension", r.costCentreDimension());
    dimension(v, "counterpartDimension", r.counterpartDimension());
    if (r.costCentreDimension() == r.counterpartDimension()) {
      v.add(new Violation("counterpartDimension", "accounting.error.sameDimension"));
    }
    if (r.voucherSeries() == null || !SERIES.matcher(r.voucherSeries()).matches()) {
      v.add(new Violation("voucherSeries", "accounting.error.series"));
    }
    BigDecimal vat = r.defaultVatRate();
    if (vat == null || vat.signum() < 0 || vat.compareTo(BigDecimal.valueOf(100)) > 0
        || vat.stripTrailingZeros().scale() > 2) {
      v.add(new Violation("defaultVatRate", "accounting.error.vatRate"));
    }
    v.addAll(CounterpartNames.check(r.counterpartNames()));
    String kommun = r.kommunCounterpart();
    if (kommun != null && !kommun.isEmpty() && !OUTSIDE_COUNTERPART.matcher(kommun).matches()) {
      v.add(new Violation("kommunCounterpart", "accounting.error.kommunCounterpart", kommun));
    }
    return v;
  }

  private static void account(List<Violation> v, String field, String value) {
    if (value == null || !ACCOUNT.matcher(value).matches()) {
      v.add(new Violation(field, "accounting.error.account." + field));
    }
  }

  private static void text(List<Violation> v, String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      v.add(new Violation(field, "accounting.error.text." + field, max));
    }
  }

  private static void dimension(List<Violation> v, String field, int value) {
    if (value < 1 || value > 999) {
      v.add(new Violation(field, "accounting.error.dimension." + field));
    }
  }
}
