package se.tjanstekatalog.costing.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PoolOutcome;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;

/** Both models' lines for every org of one month, with the pools and any problems. */
public record CostingResult(YearMonth period, String fingerprint, List<ResultLine> lines,
    List<PoolOutcome> pools, List<CostingProblem> problems) {

  public CostingResult {
    lines = List.copyOf(lines);
    pools = List.copyOf(pools);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(CostingProblem::error);
  }

  public Amount total(Predicate<ResultLine> which) {
    return lines.stream().filter(which).map(ResultLine::amount)
        .reduce(Amount.ZERO, Amount::plus);
  }

  public Amount total(FinancingModel model) {
    return total(l -> l.model() == model);
  }

  public Amount bindingTotal() {
    return total(ResultLine::binding);
  }

  /** Per org: binding and shadow totals. */
  public Map<Long, OrgTotals> orgTotals() {
    Map<Long, OrgTotals> totals = new TreeMap<>();
    for (ResultLine l : lines) {
      totals.merge(l.orgId(), OrgTotals.of(l), OrgTotals::plus);
    }
    return totals;
  }

  /** An org's month: binding total, shadow total, and each model's own total. */
  public record OrgTotals(Amount binding, Amount shadow, Amount chargeback,
      Amount allocation) {

    static OrgTotals of(ResultLine l) {
      Amount a = l.amount();
      Amount z = Amount.ZERO;
      return new OrgTotals(l.binding() ? a : z, l.binding() ? z : a,
          l.model() == FinancingModel.CHARGEBACK ? a : z,
          l.model() == FinancingModel.ALLOCATION ? a : z);
    }

    OrgTotals plus(OrgTotals o) {
      return new OrgTotals(binding.plus(o.binding), shadow.plus(o.shadow),
          chargeback.plus(o.chargeback), allocation.plus(o.allocation));
    }
  }
}
