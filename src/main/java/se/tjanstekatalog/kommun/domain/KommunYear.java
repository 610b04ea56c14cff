package se.tjanstekatalog.kommun.domain;

import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.shared.Amount;

/**
 * One kommun's year as the view across kommuner shows it: per month, what all its orgs together
 * pay under each financing model and under the model that binds, and where the month is in the
 * workflow; and the year's totals.
 *
 * @param code the kommun's code in the directory
 * @param name its name
 * @param host whether it is the kommun whose IT nämnd serves the others
 * @param months January to December
 */
public record KommunYear(String code, String name, boolean host, List<Month> months)
    implements Serializable {
  /** A month: both models' totals, the binding total (what is billed) and the status. */
  public record Month(YearMonth period, PeriodStatus status, Amount chargeback,
      Amount allocation, Amount binding) implements Serializable {
    public boolean computed() {
      return !(chargeback.isZero() && allocation.isZero() && binding.isZero());
    }
  }

  /** A month's sum of the ledger under one model, binding lines or not. */
  public record ModelSum(YearMonth period, FinancingModel model, boolean binding, Amount amount) {}

  public KommunYear {
    months = List.copyOf(months);
  }

  /**
   * The twelve months of {@code year} from the ledger's sums and the months' statuses; a month
   * without sums is zero (not computed).
   */
  public static KommunYear of(String code, String name, boolean host, Year year,
      List<ModelSum> sums, Map<YearMonth, PeriodStatus> statuses) {
    Map<YearMonth, Map<FinancingModel, Amount>> perModel = new TreeMap<>();
    Map<YearMonth, Amount> binding = new TreeMap<>();
    for (ModelSum s : sums) {
      perModel.computeIfAbsent(s.period(), p -> new EnumMap<>(FinancingModel.class))
          .merge(s.model(), s.amount(), Amount::plus);
      if (s.binding()) {
        binding.merge(s.period(), s.amount(), Amount::plus);
      }
    }
    List<Month> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth p = year.atMonth(m);
      Map<FinancingModel, Amount> models = perModel.getOrDefault(p, Map.of());
      months.add(new Month(p, statuses.getOrDefault(p, PeriodStatus.OPEN),
          models.getOrDefault(FinancingModel.CHARGEBACK, Amount.ZERO),
          models.getOrDefault(FinancingModel.ALLOCATION, Amount.ZERO),
          binding.getOrDefault(p, Amount.ZERO)));
    }
    return new KommunYear(code, name, host, months);
  }

  public Amount chargeback() {
    return months.stream().map(Month::chargeback).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount allocation() {
    return months.stream().map(Month::allocation).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount binding() {
    return months.stream().map(Month::binding).reduce(Amount.ZERO, Amount::plus);
  }

  /** What solidarisk fördelning would change for the kommun: allocation − chargeback. */
  public Amount difference() {
    return allocation().minus(chargeback());
  }

  public long lockedMonths() {
    return months.stream().filter(m -> m.status() == PeriodStatus.LOCKED).count();
  }

  public long computedMonths() {
    return months.stream().filter(Month::computed).count();
  }
}
