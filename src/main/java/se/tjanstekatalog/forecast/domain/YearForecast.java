package se.tjanstekatalog.forecast.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.Rounding;

/**
 * Helårsprognos of a year, in plain Java: per org, the computed months' stored amounts under
 * both models and the binding one (the outcome, utfall), plus a forecast of the other months,
 * against the year's budget. Which months count as computed is the caller's choice (the portal:
 * the computed months before the current one; see {@code ForecastReads}).
 *
 * <ul>
 *   <li><b>Run-rate</b> ({@link Method#RUN_RATE}): the mean of the org's last
 *       {@link #RUN_RATE_MONTHS} computed months of the year (fewer when fewer are computed; an
 *       org without lines in one of them counts 0 for it) times the months left. The last three
 *       rather than all: they carry the prices and volumes in force (a price change in July, a
 *       new level in September), where the whole year's mean lags behind.
 *   <li><b>Budgetunderlag</b> ({@link Method#BUDGETUNDERLAG}): when the year's latest published
 *       budgetunderlag has the org, its yearly totals per model ÷ 12 times the months left.
 * </ul>
 *
 * <p>Rounding: each org's forecast of a model is an exact share (its base × months left ÷ 3 or
 * 12). The whole's forecast is the sum of the exact shares, HALF_UP to öre once; each org gets
 * its share rounded down (toward minus infinity) to öre, and the öre left over go one at a time
 * to the orgs with the largest remainders (ties: org code ascending), as the largest-remainder
 * split of the pools ({@code costing.domain.Allocation}) does, but for shares of any sign. So
 * the orgs' forecasts sum to the whole's to the öre. An org's forecast is spread over the months
 * left the same way: each month its floor of an equal part, the öre over to the earliest.
 *
 * <p>Budget: the budgetunderlag's binding total for the org when the year has a published
 * version with it, else the yearly IT budget entered for the org, else none. Deviation =
 * binding prognosis − budget, in kr and in % of the budget (one decimal, HALF_UP).
 */
public record YearForecast(int year, List<YearMonth> computed, List<YearMonth> rest,
    List<YearMonth> runRateMonths, List<OrgForecast> orgs, Models actual, Models forecast,
    Amount budget) implements Serializable {

  /** How far (%) an org's binding prognosis may exceed its budget before it is flagged. */
  public static final BigDecimal ALERT_PERCENT = BigDecimal.valueOf(5);
  /** How many of the last computed months the run-rate averages. */
  public static final int RUN_RATE_MONTHS = 3;
  /** Decimals of an exact share beyond öre: they decide the remainder order. */
  private static final int SHARE_SCALE = Rounding.SCALE + 20;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  public YearForecast {
    computed = List.copyOf(computed);
    rest = List.copyOf(rest);
    runRateMonths = List.copyOf(runRateMonths);
    orgs = List.copyOf(orgs);
  }

  /** How an org's rest of the year is forecast. */
  public enum Method {
    RUN_RATE, BUDGETUNDERLAG
  }

  /** Where an org's budget for the year comes from. */
  public enum BudgetSource {
    BUDGETUNDERLAG, ENTERED, NONE
  }

  /** An org as the forecast names it; {@code company} for a bolag. */
  public record OrgInfo(long id, String code, String name, boolean company)
      implements Serializable {
    public OrgInfo {
      Objects.requireNonNull(code, "code");
    }
  }

  /** Amounts under internfakturering, solidarisk fördelning and the binding (skarp) one. */
  public record Models(Amount chargeback, Amount allocation, Amount binding)
      implements Serializable {
    public static final Models ZERO = new Models(Amount.ZERO, Amount.ZERO, Amount.ZERO);

    public Models {
      Objects.requireNonNull(chargeback, "chargeback");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(binding, "binding");
    }

    public Models plus(Models o) {
      return new Models(chargeback.plus(o.chargeback), allocation.plus(o.allocation),
          binding.plus(o.binding));
    }
  }

  /** One org's stored result of one computed month, per model. */
  public record OrgMonth(long orgId, YearMonth period, Models amounts) {}

  /** A month of an org's year: computed (stored) or forecast. */
  public record MonthFigure(YearMonth period, boolean computed, Models amounts)
      implements Serializable {}

  /**
   * One org's year.
   *
   * @param budget null when the org has none for the year
   */
  public record OrgForecast(OrgInfo org, Method method, Models actual, Models forecast,
      Amount budget, BudgetSource budgetSource, List<MonthFigure> months) implements Serializable {
    public OrgForecast {
      months = List.copyOf(months);
    }

    /** Computed months + forecast, per model. */
    public Models prognosis() {
      return actual.plus(forecast);
    }

    /** Binding prognosis − budget; null without a budget. */
    public Amount deviation() {
      return budget == null ? null : prognosis().binding().minus(budget);
    }

    /** The deviation in % of the budget, one decimal; null without a budget or with 0. */
    public BigDecimal deviationPercent() {
      return budget == null ? null : Percent.of(deviation().value(), budget.value());
    }

    /**
     * Whether the binding prognosis exceeds the budget by more than {@code percent} % (exactly:
     * prognosis × 100 > budget × (100 + percent)); false without a budget.
     */
    public boolean exceeds(BigDecimal percent) {
      return budget != null && prognosis().binding().value().multiply(Percent.WHOLE)
          .compareTo(budget.value().multiply(Percent.WHOLE.add(percent))) > 0;
    }
  }

  /** The whole: computed months + forecast, per model. */
  public Models prognosis() {
    return actual.plus(forecast);
  }

  /** Binding prognosis − the budgets, over the orgs that have one; null when none has. */
  public Amount deviation() {
    if (budget == null) {
      return null;
    }
    Amount prognosis = Amount.ZERO;
    for (OrgForecast o : orgs) {
      if (o.budget() != null) {
        prognosis = prognosis.plus(o.prognosis().binding());
      }
    }
    return prognosis.minus(budget);
  }

  public BigDecimal deviationPercent() {
    return budget == null ? null : Percent.of(deviation().value(), budget.value());
  }

  /** The org with this id, or null. */
  public OrgForecast org(long orgId) {
    return orgs.stream().filter(o -> o.org().id() == orgId).findFirst().orElse(null);
  }

  /** Whether any org's rest is forecast from the budgetunderlag. */
  public boolean fromBudgetunderlag() {
    return orgs.stream().anyMatch(o -> o.method() == Method.BUDGETUNDERLAG);
  }

  /**
   * Builds the year's forecast.
   *
   * @param computedMonths the computed months (other years' are ignored)
   * @param orgs the orgs to forecast, any order (shown by code)
   * @param amounts the orgs' stored results of computed months (other months are ignored)
   * @param budgetunderlag per org id, the yearly totals of the year's latest published
   *     budgetunderlag (empty when the year has none)
   * @param entered per org id, the yearly IT budget entered for the year
   */
  public static YearForecast of(int year, List<YearMonth> computedMonths, List<OrgInfo> orgs,
      List<OrgMonth> amounts, Map<Long, Models> budgetunderlag, Map<Long, Amount> entered) {
    List<YearMonth> computed = computedMonths.stream().filter(m -> m.getYear() == year)
        .distinct().sorted().toList();
    List<YearMonth> rest = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      if (!computed.contains(YearMonth.of(year, m))) {
        rest.add(YearMonth.of(year, m));
      }
    }
    List<YearMonth> base = computed.subList(Math.max(0, computed.size() - RUN_RATE_MONTHS),
        computed.size());
    List<OrgInfo> sorted = orgs.stream().sorted(Comparator.comparing(OrgInfo::code)).toList();
    Map<Long, Map<YearMonth, Models>> byOrg = new HashMap<>();
    for (OrgMonth a : amounts) {
      if (computed.contains(a.period())) {
        byOrg.computeIfAbsent(a.orgId(), o -> new HashMap<>())
            .merge(a.period(), a.amounts(), Models::plus);
      }
    }
    BigDecimal left = BigDecimal.valueOf(rest.size());
    Map<Long, Method> methods = new HashMap<>();
    Map<Long, Models> actual = new HashMap<>();
    // exact shares per model: chargeback, allocation, binding
    List<Map<Long, BigDecimal>> exact = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
        new LinkedHashMap<>());
    for (OrgInfo o : sorted) {
      Map<YearMonth, Models> months = byOrg.getOrDefault(o.id(), Map.of());
      actual.put(o.id(), months.values().stream().reduce(Models.ZERO, Models::plus));
      Models yearly = budgetunderlag.get(o.id());
      Models baseSum;
      BigDecimal divisor;
      if (yearly != null) {
        methods.put(o.id(), Method.BUDGETUNDERLAG);
        baseSum = yearly;
        divisor = TWELVE;
      } else {
        methods.put(o.id(), Method.RUN_RATE);
        baseSum = base.stream().map(m -> months.getOrDefault(m, Models.ZERO))
            .reduce(Models.ZERO, Models::plus);
        divisor = BigDecimal.valueOf(Math.max(1, base.size()));
      }
      exact.get(0).put(o.id(), share(baseSum.chargeback(), left, divisor));
      exact.get(1).put(o.id(), share(baseSum.allocation(), left, divisor));
      exact.get(2).put(o.id(), share(baseSum.binding(), left, divisor));
    }
    Map<Long, String> codes = new HashMap<>();
    sorted.forEach(o -> codes.put(o.id(), o.code()));
    List<Map<Long, Amount>> parts = exact.stream().map(e -> largestRemainder(e, codes))
        .toList();
    List<OrgForecast> out = new ArrayList<>();
    Models actualTotal = Models.ZERO;
    Models forecastTotal = Models.ZERO;
    Amount budgetTotal = null;
    for (OrgInfo o : sorted) {
      Models forecast = new Models(parts.get(0).get(o.id()), parts.get(1).get(o.id()),
          parts.get(2).get(o.id()));
      Amount budget;
      BudgetSource source;
      if (budgetunderlag.containsKey(o.id())) {
        budget = budgetunderlag.get(o.id()).binding();
        source = BudgetSource.BUDGETUNDERLAG;
      } else if (entered.containsKey(o.id())) {
        budget = entered.get(o.id());
        source = BudgetSource.ENTERED;
      } else {
        budget = null;
        source = BudgetSource.NONE;
      }
      Map<YearMonth, Models> months = byOrg.getOrDefault(o.id(), Map.of());
      List<Models> spread = spread(forecast, rest.size());
      List<MonthFigure> figures = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth p = YearMonth.of(year, m);
        figures.add(computed.contains(p)
            ? new MonthFigure(p, true, months.getOrDefault(p, Models.ZERO))
            : new MonthFigure(p, false, spread.get(rest.indexOf(p))));
      }
      out.add(new OrgForecast(o, methods.get(o.id()), actual.get(o.id()), forecast, budget,
          source, figures));
      actualTotal = actualTotal.plus(actual.get(o.id()));
      forecastTotal = forecastTotal.plus(forecast);
      if (budget != null) {
        budgetTotal = budgetTotal == null ? budget : budgetTotal.plus(budget);
      }
    }
    return new YearForecast(year, computed, rest, base, out, actualTotal, forecastTotal,
        budgetTotal);
  }

  /** base × months ÷ divisor, rounded toward minus infinity at 22 decimals. */
  private static BigDecimal share(Amount base, BigDecimal months, BigDecimal divisor) {
    return base.value().multiply(months).divide(divisor, SHARE_SCALE, RoundingMode.FLOOR);
  }

  /**
   * Rounds exact shares to öre so that they sum to their sum HALF_UP to öre: each share's floor,
   * then one öre each to the largest remainders (ties: code ascending).
   */
  static Map<Long, Amount> largestRemainder(Map<Long, BigDecimal> exact, Map<Long, String> codes) {
    BigDecimal sum = exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Amount whole = Amount.of(sum);
    Map<Long, Amount> parts = new LinkedHashMap<>();
    List<Map.Entry<Long, BigDecimal>> remainders = new ArrayList<>();
    Amount handedOut = Amount.ZERO;
    for (Map.Entry<Long, BigDecimal> e : exact.entrySet()) {
      Amount floor = new Amount(e.getValue().setScale(Rounding.SCALE, RoundingMode.FLOOR));
      parts.put(e.getKey(), floor);
      handedOut = handedOut.plus(floor);
      remainders.add(Map.entry(e.getKey(), e.getValue().subtract(floor.value())));
    }
    remainders.sort(Comparator.comparing((Map.Entry<Long, BigDecimal> r) -> r.getValue())
        .reversed().thenComparing(r -> codes.get(r.getKey())));
    long ore = whole.minus(handedOut).ore();
    for (int i = 0; i < ore; i++) {
      parts.merge(remainders.get(i).getKey(), Amount.ORE, Amount::plus);
    }
    return parts;
  }

  /** An org's forecast over the months left: equal floors, the öre over to the earliest. */
  static List<Models> spread(Models forecast, int months) {
    if (months == 0) {
      return List.of();
    }
    List<List<Amount>> perModel = List.of(
        split(forecast.chargeback(), months), split(forecast.allocation(), months),
        split(forecast.binding(), months));
    List<Models> out = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      out.add(new Models(perModel.get(0).get(i), perModel.get(1).get(i),
          perModel.get(2).get(i)));
    }
    return out;
  }

  private static List<Amount> split(Amount amount, int months) {
    Amount each = new Amount(amount.value().divide(BigDecimal.valueOf(months), Rounding.SCALE,
        RoundingMode.FLOOR));
    long over = amount.minus(each.times(BigDecimal.valueOf(months))).ore();
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      out.add(i < over ? each.plus(Amount.ORE) : each);
    }
    return out;
  }
}
