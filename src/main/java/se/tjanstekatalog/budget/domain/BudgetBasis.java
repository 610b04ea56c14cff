package se.tjanstekatalog.budget.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.tjanstekatalog.costing.domain.CostingEngine;
import se.tjanstekatalog.costing.domain.CostingProblem;
import se.tjanstekatalog.costing.domain.CostingResult;
import se.tjanstekatalog.costing.domain.KeyValues;
import se.tjanstekatalog.costing.domain.ModelPlan;
import se.tjanstekatalog.costing.domain.Org;
import se.tjanstekatalog.costing.domain.PeriodInputs;
import se.tjanstekatalog.costing.domain.Pool;
import se.tjanstekatalog.costing.domain.PricedLevel;
import se.tjanstekatalog.costing.domain.Quantity;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;

/**
 * Next year's budgetunderlag, in plain Java. The year is computed as one period by the costing
 * engine itself ({@link CostingEngine}), so the budget follows the same rules as a month:
 *
 * <ul>
 *   <li>internfakturering: planned volume × next year's charged unit price, HALF_UP to öre per
 *       line (fixed monthly services: months × quantity × the monthly price);
 *   <li>solidarisk fördelning: each pool's budget for the year split by its key with the
 *       largest-remainder rule ({@code costing.domain.Allocation}), the parts summing to the
 *       budget exactly; what no pool covers is charged as under internfakturering;
 *   <li>binding: the model the model plan names for the area in the year's first month
 *       ({@link ModelPlan#binding}); {@link AreaTotal#switchMonth} tells where the plan switches
 *       during the year.
 * </ul>
 *
 * <p>The change against this year, per org and area, is taken on the internfakturering lines
 * (the ones that are price × volume): last = last volume × this year's price, next = planned
 * volume × next year's price, each by the line rule. The <b>price effect</b> is (next price −
 * last price) × last volume, HALF_UP to öre per line; the <b>volume effect</b> is the rest of
 * the change, which is (planned − last volume) × next price up to that rounding. So price
 * effect + volume effect = next − last to the öre, always.
 */
public final class BudgetBasis {
  private BudgetBasis() {}

  /**
   * What a year's budgetunderlag depends on.
   *
   * @param levels every level with next year's charged price (null: none)
   * @param pools the active pools, each with its budget for the year as cost
   * @param keyValues the latest key values per org id
   */
  public record Inputs(int year, List<Org> orgs, List<PricedLevel> levels,
      List<PlannedVolume> volumes, List<Pool> pools, Map<Long, KeyValues> keyValues,
      ModelPlan plan) {
    public Inputs {
      orgs = List.copyOf(orgs);
      levels = List.copyOf(levels);
      volumes = List.copyOf(volumes);
      pools = List.copyOf(pools);
      keyValues = Map.copyOf(keyValues);
      Objects.requireNonNull(plan, "plan");
    }

    public YearMonth firstMonth() {
      return YearMonth.of(year, 1);
    }
  }

  /**
   * One org's budget for one area under both models, and the change of its internfakturering
   * against this year split into price and volume.
   *
   * @param switchMonth the first month of the year whose binding model differs from January's,
   *     or null
   */
  public record AreaTotal(long orgId, long areaId, Amount chargeback, Amount allocation,
      FinancingModel binding, YearMonth switchMonth, Amount lastChargeback, Amount priceEffect,
      Amount volumeEffect) implements Serializable {
    public Amount bindingAmount() {
      return binding == FinancingModel.CHARGEBACK ? chargeback : allocation;
    }

    public Amount shadowAmount() {
      return binding == FinancingModel.CHARGEBACK ? allocation : chargeback;
    }

    /** Next year's internfakturering minus this year's: price effect + volume effect. */
    public Amount change() {
      return chargeback.minus(lastChargeback);
    }
  }

  /** The engine's lines for the year and the totals per org and area. */
  public record Result(int year, List<ResultLine> lines, List<AreaTotal> totals,
      List<CostingProblem> problems) implements Serializable {
    public Result {
      lines = List.copyOf(lines);
      totals = List.copyOf(totals);
      problems = List.copyOf(problems);
    }

    public List<AreaTotal> totalsOf(long orgId) {
      return totals.stream().filter(t -> t.orgId() == orgId).toList();
    }

    /** The sum of the binding amounts of the given totals. */
    public static Amount binding(List<AreaTotal> totals) {
      return sum(totals, AreaTotal::bindingAmount);
    }

    /** The sum of one figure of the given totals, e.g. {@code AreaTotal::chargeback}. */
    public static Amount sum(List<AreaTotal> totals, Function<AreaTotal, Amount> figure) {
      return totals.stream().map(figure).reduce(Amount.ZERO, Amount::plus);
    }
  }

  public static Result compute(Inputs in) {
    Map<Long, PricedLevel> levels = in.levels().stream()
        .collect(Collectors.toMap(PricedLevel::levelId, Function.identity()));
    List<Quantity> consumption = new ArrayList<>();
    List<Quantity> subscriptions = new ArrayList<>();
    List<CostingProblem> notOffered = new ArrayList<>();
    for (PlannedVolume v : in.volumes()) {
      PricedLevel level = levels.get(v.levelId());
      if (level == null || v.planned().signum() == 0) {
        continue;
      }
      if (level.chargedPrice() == null) {
        // not in next year's price list: nothing to charge; the page shows the volume unpriced
        notOffered.add(CostingProblem.warning("budgetBasis.problem.notOffered", level.code()));
        continue;
      }
      (level.fixedMonthly() ? subscriptions : consumption)
          .add(new Quantity(v.orgId(), v.levelId(), v.planned()));
    }
    List<Long> areaIds = in.levels().stream().map(PricedLevel::areaId).distinct().toList();
    PeriodInputs period = new PeriodInputs(in.firstMonth(), in.orgs(), in.levels(), consumption,
        subscriptions, in.pools(), in.keyValues(), in.plan().forMonth(areaIds, in.firstMonth()));
    CostingResult result = CostingEngine.compute(period);

    Map<Key, Sums> sums = new TreeMap<>();
    for (ResultLine line : result.lines()) {
      Sums s = sums.computeIfAbsent(new Key(line.orgId(), line.areaId()), k -> new Sums());
      if (line.model() == FinancingModel.CHARGEBACK) {
        s.chargeback = s.chargeback.plus(line.amount());
      } else {
        s.allocation = s.allocation.plus(line.amount());
      }
    }
    for (PlannedVolume v : in.volumes()) {
      PricedLevel level = levels.get(v.levelId());
      if (level == null) {
        continue;
      }
      Sums s = sums.computeIfAbsent(new Key(v.orgId(), level.areaId()), k -> new Sums());
      Effect e = effect(v, level.chargedPrice());
      s.last = s.last.plus(e.last());
      s.price = s.price.plus(e.price());
      s.volume = s.volume.plus(e.volume());
    }
    List<AreaTotal> totals = new ArrayList<>();
    sums.forEach((k, s) -> totals.add(new AreaTotal(k.orgId(), k.areaId(), s.chargeback,
        s.allocation, in.plan().binding(k.areaId(), in.firstMonth()),
        switchMonth(in.plan(), k.areaId(), in.year()), s.last, s.price, s.volume)));
    List<CostingProblem> problems = new ArrayList<>(notOffered);
    problems.addAll(result.problems());
    return new Result(in.year(), result.lines(), totals, problems);
  }

  /** One line's last and next amounts and the split of the change. */
  public record Effect(Amount last, Amount next, Amount price, Amount volume) {}

  /**
   * The split of one line's change (see the class comment); a price that is missing counts as
   * 0 (a level new next year, or one retired).
   */
  public static Effect effect(PlannedVolume v, BigDecimal nextPrice) {
    BigDecimal lastPrice = v.lastPrice() == null ? BigDecimal.ZERO : v.lastPrice();
    BigDecimal next = nextPrice == null ? BigDecimal.ZERO : nextPrice;
    Amount lastAmount = Amount.line(v.lastVolume(), lastPrice);
    Amount nextAmount = Amount.line(v.planned(), next);
    Amount price = Amount.line(v.lastVolume(), next.subtract(lastPrice));
    return new Effect(lastAmount, nextAmount, price, nextAmount.minus(lastAmount).minus(price));
  }

  /** The first month of the year whose binding model differs from January's, or null. */
  static YearMonth switchMonth(ModelPlan plan, long areaId, int year) {
    YearMonth first = YearMonth.of(year, 1);
    FinancingModel january = plan.binding(areaId, first);
    for (int m = 2; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      if (plan.binding(areaId, month) != january) {
        return month;
      }
    }
    return null;
  }

  private record Key(long orgId, long areaId) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Comparator.comparingLong(Key::orgId).thenComparingLong(Key::areaId)
          .compare(this, o);
    }
  }

  private static final class Sums {
    Amount chargeback = Amount.ZERO;
    Amount allocation = Amount.ZERO;
    Amount last = Amount.ZERO;
    Amount price = Amount.ZERO;
    Amount volume = Amount.ZERO;
  }
}
