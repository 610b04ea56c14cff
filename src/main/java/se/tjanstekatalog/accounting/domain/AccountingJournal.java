package se.tjanstekatalog.accounting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.accounting.domain.SieDocument.ObjectRef;
import se.tjanstekatalog.accounting.domain.SieDocument.Trans;
import se.tjanstekatalog.accounting.domain.SieDocument.Voucher;
import se.tjanstekatalog.shared.Amount;

/**
 * The journal of a locked month as a SIE document: per förvaltning one debit on the cost account
 * with its cost centre and motpart objects, and the credit on the IT income account; one voucher
 * per förvaltning, or one for the period with one debit per förvaltning and one credit of the
 * total. One debit per förvaltning (not per service area): the statement has the detail. Orgs
 * whose binding sum is 0 are left out. Vouchers are dated the last day of the month. A motpart
 * object is named as the settings name its code ({@link CounterpartNames}), else after the first
 * förvaltning that uses it.
 */
public final class AccountingJournal {
  /** A förvaltning's binding charge for the month. */
  public record OrgCharge(String code, String name, String costCentre, String counterpart,
      Amount amount) {}

  private AccountingJournal() {}

  public static SieDocument build(AccountingRules rules, YearMonth month,
      List<OrgCharge> charges, String program, String version, LocalDate today, String user) {
    Map<ObjectRef, String> objectNames = new HashMap<>();
    Map<String, String> counterpartNames = CounterpartNames.parse(rules.counterpartNames());
    List<Voucher> vouchers = new ArrayList<>();
    List<Trans> periodTrans = new ArrayList<>();
    Amount total = Amount.ZERO;
    LocalDate date = month.atEndOfMonth();
    String monthText = month.toString();
    for (OrgCharge c : charges) {
      if (c.amount().signum() == 0) {
        continue;
      }
      ObjectRef cc = new ObjectRef(rules.costCentreDimension(), c.costCentre());
      ObjectRef cp = new ObjectRef(rules.counterpartDimension(), c.counterpart());
      objectNames.put(cc, c.name());
      objectNames.putIfAbsent(cp, counterpartNames.getOrDefault(c.counterpart(), c.name()));
      Trans debit = new Trans(rules.costAccount(), List.of(cc, cp), c.amount());
      if (rules.voucherPerOrg()) {
        vouchers.add(new Voucher(rules.voucherSeries(), date,
            "IT-tjänster " + monthText + " " + c.name(),
            List.of(debit, new Trans(rules.incomeAccount(), List.of(), c.amount().negate()))));
      } else {
        periodTrans.add(debit);
        total = total.plus(c.amount());
      }
    }
    if (!rules.voucherPerOrg() && !periodTrans.isEmpty()) {
      periodTrans.add(new Trans(rules.incomeAccount(), List.of(), total.negate()));
      vouchers.add(new Voucher(rules.voucherSeries(), date, "IT-tjänster " + monthText,
          periodTrans));
    }
    return new SieDocument(program, version, today, user, rules.companyName(), month.getYear(),
        Map.of(rules.costAccount(), rules.costAccountName(), rules.incomeAccount(),
            rules.incomeAccountName()),
        Map.of(rules.costCentreDimension(), "Ansvar", rules.counterpartDimension(), "Motpart"),
        objectNames, vouchers);
  }
}
