package se.tjanstekatalog.costing.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * Budgetväxling: when a service area switches to solidarisk fördelning, each förvaltning's
 * budget moves to IT by what it paid for the area under internfakturering over a reference
 * period, expressed per year. The net effect (expected solidarisk share − moved budget) shows
 * whether the switch itself changes the förvaltning's costs (Malmö's principle: it should not).
 *
 * <p>What moves is what the pool takes over: the area's internfakturering minus what stays
 * billed after the switch (ALWAYS_CHARGED services, services in no pool, an org outside the
 * pool), so budget that still pays invoices is not moved. For an area whose services are all
 * pooled (Arbetsplats in the demo) that is the whole internfakturering of the area. The net
 * effect is the same either way: (pool share + still billed) − internfakturering.
 *
 * <p>Amounts are summed over the reference months, then annualised once per figure (sum ÷
 * months × 12, HALF_UP to öre); budget and net effect follow from the annualised figures, so
 * every row adds up as shown, and totals are the sums of the rows.
 */
public final class BudgetTransfer {
  /** Months in a budget year. */
  public static final int YEAR = 12;

  private BudgetTransfer() {}

  /** A month with a stored result, whether it is locked (closed) and whether inputs changed. */
  public record MonthState(YearMonth month, boolean locked, boolean stale) implements Serializable {
    public MonthState {
      Objects.requireNonNull(month, "month");
    }
  }

  /** How the reference period was chosen. */
  public enum Basis {
    /** The last (up to) 12 locked months before the switch: PRODUCT.md's "closed months". */
    LOCKED,
    /** No locked month before the switch: the last (up to) 12 months with stored results. */
    COMPUTED,
    /** Chosen by the user. */
    CHOSEN
  }

  /** The reference period: every month with a stored result from {@code from} to {@code to}. */
  public record Reference(YearMonth from, YearMonth to, Basis basis) {
    public Reference {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(basis, "basis");
    }

    public boolean contains(YearMonth month) {
      return !month.isBefore(from) && !month.isAfter(to);
    }
  }

  /**
   * The default reference for a switch: the last 12 locked months before it with stored results,
   * within the two years before it (older closed months say little about the area's cost
   * today); when none is locked there (a portal in its first year), the months with stored
   * results among the 12 before it. Empty when none of those has a result.
   */
  public static Optional<Reference> defaultReference(YearMonth switchMonth,
      List<MonthState> stored) {
    List<MonthState> before = stored.stream().filter(m -> m.month().isBefore(switchMonth))
        .sorted(Comparator.comparing(MonthState::month).reversed()).toList();
    YearMonth oldestClosed = switchMonth.minusMonths(2L * YEAR);
    List<MonthState> locked = before.stream().filter(MonthState::locked)
        .filter(m -> !m.month().isBefore(oldestClosed)).limit(YEAR).toList();
    YearMonth yearBefore = switchMonth.minusMonths(YEAR);
    List<MonthState> chosen = locked.isEmpty()
        ? before.stream().filter(m -> !m.month().isBefore(yearBefore)).toList() : locked;
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Reference(chosen.get(chosen.size() - 1).month(), chosen.get(0).month(),
        locked.isEmpty() ? Basis.COMPUTED : Basis.LOCKED));
  }

  /** The stored months inside the reference, oldest first. */
  public static List<MonthState> monthsIn(Reference reference, List<MonthState> stored) {
    return stored.stream().filter(m -> reference.contains(m.month()))
        .sorted(Comparator.comparing(MonthState::month)).toList();
  }

  /** {@code sum} over {@code months} months as a year: sum ÷ months × 12, HALF_UP to öre. */
  public static Amount annualise(Amount sum, int months) {
    if (months <= 0) {
      throw new IllegalArgumentException("no months to annualise over: " + months);
    }
    return Amount.quotient(sum.value().multiply(BigDecimal.valueOf(YEAR)),
        BigDecimal.valueOf(months));
  }

  /**
   * One org's stored lines of the area summed over the reference months.
   *
   * @param chargeback all internfakturering (CHARGEBACK) lines of the area, binding or not
   * @param stillCharged solidarisk (ALLOCATION) lines of the area that are not pool shares:
   *     what the org is still billed for after the switch
   * @param poolShare solidarisk pool shares (ALLOCATION, source POOL) of the area
   */
  public record OrgSums(long orgId, String code, String name, boolean company,
      Amount chargeback, Amount stillCharged, Amount poolShare) {
    public OrgSums {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(chargeback, "chargeback");
      Objects.requireNonNull(stillCharged, "stillCharged");
      Objects.requireNonNull(poolShare, "poolShare");
    }
  }

  /** Whether the switch changes the org's costs beyond the tolerance. */
  public enum Effect {
    /** |net effect| within the tolerance: the switch leaves the org's costs as they were. */
    NEUTRAL,
    /** The solidarisk share is more than the moved budget: the org pays more. */
    INCREASES,
    /** The solidarisk share is less than the moved budget: the org pays less. */
    DECREASES;

    public String messageKey() {
      return "budget.effect." + name();
    }
  }

  /**
   * One org (or a total, {@code orgId} 0) per year.
   *
   * @param budget the budget to move to IT: chargeback − stillCharged
   * @param net the net effect: poolShare − budget (positive = the org pays more after the switch)
   * @param netPercent net ÷ budget in percent, one decimal; null when the budget is 0
   */
  public record Row(long orgId, String code, String name, boolean company, Amount chargeback,
      Amount stillCharged, Amount budget, Amount poolShare, Amount net,
      BigDecimal netPercent, Effect effect) implements Serializable {

    /** Under solidarisk fördelning in total: pool share plus what is still billed. */
    public Amount allocation() {
      return poolShare.plus(stillCharged);
    }
  }

  /**
   * The proposal for one area, per year.
   *
   * @param months the stored months used, oldest first
   * @param administrations förvaltningar, by code: their budget moves
   * @param companies bolag, by code: invoiced, not budget-funded, shown for the reconciliation
   * @param poolCost the area's pools' cost over the months, annualised
   * @param poolRevenue internfakturering revenue of the pools' services, annualised
   * @param sharesMatchPool whether the pool shares of all orgs sum to the pools' cost to the öre
   *     before annualising (the split always sums to the pool)
   */
  public record Proposal(List<MonthState> months, List<Row> administrations, List<Row> companies,
      Row administrationTotal, Row companyTotal, Row total, Amount poolCost,
      Amount poolRevenue, boolean sharesMatchPool, BigDecimal tolerancePercent)
      implements Serializable {

    public int monthCount() {
      return months.size();
    }

    /** Whether the figures are scaled to a year (fewer or more than 12 months). */
    public boolean annualised() {
      return months.size() != YEAR;
    }

    public long lockedCount() {
      return months.stream().filter(MonthState::locked).count();
    }

    public long staleCount() {
      return months.stream().filter(MonthState::stale).count();
    }

    /** The pools' over-recovery (positive) or under-recovery (negative) under internfakturering. */
    public Amount overRecovery() {
      return poolRevenue.minus(poolCost);
    }

    /**
     * Σ net effect − (pool cost − revenue): the revenue from orgs outside the pool, which they
     * keep paying by invoice after the switch, plus öre of rounding to a year. With every org in
     * the pool and 12 months it is 0: the förvaltningar's net effects together are exactly the
     * pool's under-recovery, so the switch only moves costs between them.
     */
    public Amount outsidePool() {
      return total.net().minus(poolCost.minus(poolRevenue));
    }

    public long neutralCount() {
      return administrations.stream().filter(r -> r.effect() == Effect.NEUTRAL).count();
    }
  }

  /**
   * The proposal from each org's sums over the reference months.
   *
   * @param poolCost the area's pools' cost summed over the same months
   * @param poolRevenue their internfakturering revenue summed over the same months
   * @param tolerancePercent |net| up to this percent of the moved budget counts as neutral
   */
  public static Proposal propose(List<OrgSums> sums, List<MonthState> months,
      Amount poolCost, Amount poolRevenue, BigDecimal tolerancePercent) {
    if (months.isEmpty()) {
      throw new IllegalArgumentException("a proposal needs at least one month");
    }
    if (tolerancePercent.signum() < 0) {
      throw new IllegalArgumentException("negative tolerance " + tolerancePercent);
    }
    int n = months.size();
    List<Row> administrations = new ArrayList<>();
    List<Row> companies = new ArrayList<>();
    Amount shares = Amount.ZERO;
    for (OrgSums s : sums.stream().sorted(Comparator.comparing(OrgSums::code)).toList()) {
      Amount chargeback = annualise(s.chargeback(), n);
      Amount stillCharged = annualise(s.stillCharged(), n);
      Amount poolShare = annualise(s.poolShare(), n);
      Row row = row(s.orgId(), s.code(), s.name(), s.company(), chargeback, stillCharged,
          poolShare, tolerancePercent);
      (s.company() ? companies : administrations).add(row);
      shares = shares.plus(s.poolShare());
    }
    Row adminTotal = total(administrations, false, tolerancePercent);
    Row companyTotal = total(companies, true, tolerancePercent);
    List<Row> all = new ArrayList<>(administrations);
    all.addAll(companies);
    return new Proposal(List.copyOf(months), List.copyOf(administrations),
        List.copyOf(companies), adminTotal, companyTotal, total(all, false, tolerancePercent),
        annualise(poolCost, n), annualise(poolRevenue, n), shares.compareTo(poolCost) == 0,
        tolerancePercent);
  }

  private static Row total(List<Row> rows, boolean company, BigDecimal tolerancePercent) {
    Amount chargeback = Amount.ZERO;
    Amount stillCharged = chargeback;
    Amount poolShare = chargeback;
    for (Row r : rows) {
      chargeback = chargeback.plus(r.chargeback());
      stillCharged = stillCharged.plus(r.stillCharged());
      poolShare = poolShare.plus(r.poolShare());
    }
    return row(0, "", "", company, chargeback, stillCharged, poolShare, tolerancePercent);
  }

  private static Row row(long orgId, String code, String name, boolean company,
      Amount chargeback, Amount stillCharged, Amount poolShare,
      BigDecimal tolerancePercent) {
    Amount budget = chargeback.minus(stillCharged);
    Amount net = poolShare.minus(budget);
    BigDecimal percent = Percent.of(net.value(), budget.abs().value());
    return new Row(orgId, code, name, company, chargeback, stillCharged, budget, poolShare, net,
        percent, effect(net, budget, tolerancePercent));
  }

  /** Neutral when |net| ≤ tolerance % of |budget| (or both are 0); otherwise up or down. */
  static Effect effect(Amount net, Amount budget, BigDecimal tolerancePercent) {
    BigDecimal allowed = Percent.applied(tolerancePercent, budget.abs().value());
    if (net.abs().value().compareTo(allowed) <= 0) {
      return Effect.NEUTRAL;
    }
    return net.signum() > 0 ? Effect.INCREASES : Effect.DECREASES;
  }
}
