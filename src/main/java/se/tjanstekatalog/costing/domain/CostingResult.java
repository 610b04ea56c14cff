package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PoolOutcome;
import se.tjanstekatalog.ledger.domain.ResultLine;

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

  public BigDecimal total(Predicate<ResultLine> which) {
    return lines.stream().filter(which).map(ResultLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal total(FinancingModel model) {
    return total(l -> l.model() == model);
  }

  public BigDecimal bindingTotal() {
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
  public record OrgTotals(BigDecimal binding, BigDecimal shadow, BigDecimal chargeback,
      BigDecimal allocation) {

    static OrgTotals of(ResultLine l) {
      BigDecimal a = l.amount();
      BigDecimal z = BigDecimal.ZERO;
      return new OrgTotals(l.binding() ? a : z, l.binding() ? z : a,
          l.model() == FinancingModel.CHARGEBACK ? a : z,
          l.model() == FinancingModel.ALLOCATION ? a : z);
    }

    OrgTotals plus(OrgTotals o) {
      return new OrgTotals(binding.add(o.binding), shadow.add(o.shadow),
          chargeback.add(o.chargeback), allocation.add(o.allocation));
    }
  }
}
