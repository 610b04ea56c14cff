package se.tjanstekatalog.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.Rounding;

/**
 * IT cost summed over org-months (one org's month, one org's year, every org's month or year)
 * with what the ratios need. Immutable; {@link #plus} adds one org-month.
 *
 * <p>The ratios, so that one month and a whole year read the same way:
 * <ul>
 *   <li>per employee = cost of the org-months that have a headcount ÷ the average headcount,
 *       i.e. Σ headcount ÷ the number of distinct months that have one. For one org and month
 *       that is cost ÷ headcount; for a year, kronor per average employee over the year; for
 *       all orgs, the orgs' headcounts add up within a month.</li>
 *   <li>per MSEK = cost of the org-months that have a turnover ÷ (Σ turnover ÷ 1 000 000).
 *       Turnover is a month's share of the year, so it adds up over months and orgs.</li>
 * </ul>
 * An org-month with no (or zero) headcount or turnover is left out of that ratio, so a
 * missing key value never counts as zero; {@link #headcountMissing()} and
 * {@link #turnoverMissing()} say when that happened. Ratios are rounded HALF_UP to öre.
 */
public record CostTally(Amount chargeback, Amount allocation, Amount binding,
    Amount chargebackWithHeadcount, Amount allocationWithHeadcount,
    Amount bindingWithHeadcount, BigDecimal headcountSum, Set<YearMonth> headcountMonths,
    Amount chargebackWithTurnover, Amount allocationWithTurnover,
    Amount bindingWithTurnover, BigDecimal turnoverSum, Set<YearMonth> months,
    int orgMonths, int orgMonthsWithHeadcount, int orgMonthsWithTurnover,
    boolean chargebackBinding, boolean allocationBinding) implements Serializable {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Which model is binding (skarp) in what a tally covers. */
  public enum Binding {
    /** Internfakturering for every area. */
    CHARGEBACK,
    /** Solidarisk fördelning for every area. */
    ALLOCATION,
    /** Some areas one model, some the other (the switch happens per area). */
    MIXED,
    /** No stored result. */
    NONE;

    public String messageKey() {
      return "dashboard.binding." + name();
    }
  }

  public static final CostTally EMPTY = new CostTally(Amount.ZERO, Amount.ZERO, Amount.ZERO,
      Amount.ZERO, Amount.ZERO, Amount.ZERO, BigDecimal.ZERO, Set.of(), Amount.ZERO,
      Amount.ZERO, Amount.ZERO, BigDecimal.ZERO, Set.of(), 0, 0, 0, false, false);

  public CostTally {
    headcountMonths = Set.copyOf(headcountMonths);
    months = Set.copyOf(months);
  }

  /** Adds one org's month. */
  public CostTally plus(OrgMonthCost m) {
    boolean hasHeadcount = m.headcount() != null && m.headcount() > 0;
    boolean hasTurnover = m.turnover() != null && m.turnover().signum() > 0;
    Amount binding = m.binding();
    return new CostTally(chargeback.plus(m.chargeback()), allocation.plus(m.allocation()),
        this.binding.plus(binding),
        hasHeadcount ? chargebackWithHeadcount.plus(m.chargeback()) : chargebackWithHeadcount,
        hasHeadcount ? allocationWithHeadcount.plus(m.allocation()) : allocationWithHeadcount,
        hasHeadcount ? bindingWithHeadcount.plus(binding) : bindingWithHeadcount,
        hasHeadcount ? headcountSum.add(BigDecimal.valueOf(m.headcount())) : headcountSum,
        hasHeadcount ? with(headcountMonths, m.period()) : headcountMonths,
        hasTurnover ? chargebackWithTurnover.plus(m.chargeback()) : chargebackWithTurnover,
        hasTurnover ? allocationWithTurnover.plus(m.allocation()) : allocationWithTurnover,
        hasTurnover ? bindingWithTurnover.plus(binding) : bindingWithTurnover,
        hasTurnover ? turnoverSum.add(m.turnover()) : turnoverSum,
        with(months, m.period()), orgMonths + 1,
        orgMonthsWithHeadcount + (hasHeadcount ? 1 : 0),
        orgMonthsWithTurnover + (hasTurnover ? 1 : 0),
        chargebackBinding || m.chargebackBinding(), allocationBinding || m.allocationBinding());
  }

  /** Sums a list of org-months. */
  public static CostTally of(Iterable<OrgMonthCost> rows) {
    CostTally t = EMPTY;
    for (OrgMonthCost m : rows) {
      t = t.plus(m);
    }
    return t;
  }

  public KeyFigure chargebackFigure() {
    return figure(chargeback, chargebackWithHeadcount, chargebackWithTurnover);
  }

  public KeyFigure allocationFigure() {
    return figure(allocation, allocationWithHeadcount, allocationWithTurnover);
  }

  public KeyFigure bindingFigure() {
    return figure(binding, bindingWithHeadcount, bindingWithTurnover);
  }

  /** Solidarisk fördelning − internfakturering: what the pooled model costs more. */
  public Amount modelDifference() {
    return allocation.minus(chargeback);
  }

  /** Allocation − chargeback in percent of chargeback, one decimal; null when chargeback is 0. */
  public BigDecimal modelDifferencePercent() {
    return Percent.of(modelDifference().value(), chargeback.value());
  }

  /** The average headcount (one decimal); null when no org-month has one. */
  public BigDecimal averageHeadcount() {
    return headcountMonths.isEmpty() ? null : headcountSum
        .divide(BigDecimal.valueOf(headcountMonths.size()), 1, Rounding.MODE);
  }

  /** Σ turnover in MSEK (two decimals); null when no org-month has one. */
  public BigDecimal turnoverMsek() {
    return orgMonthsWithTurnover == 0 ? null
        : turnoverSum.divide(MILLION, 2, Rounding.MODE);
  }

  public boolean isEmpty() {
    return orgMonths == 0;
  }

  /** Some org-month with a result has no headcount, so per employee leaves it out. */
  public boolean headcountMissing() {
    return orgMonthsWithHeadcount < orgMonths;
  }

  /** Some org-month with a result has no turnover, so per MSEK leaves it out. */
  public boolean turnoverMissing() {
    return orgMonthsWithTurnover < orgMonths;
  }

  public Binding bindingModel() {
    if (chargebackBinding && allocationBinding) {
      return Binding.MIXED;
    }
    return chargebackBinding ? Binding.CHARGEBACK
        : allocationBinding ? Binding.ALLOCATION : Binding.NONE;
  }

  private KeyFigure figure(Amount cost, Amount withHeadcount, Amount withTurnover) {
    Amount perEmployee = null;
    if (!headcountMonths.isEmpty() && headcountSum.signum() > 0) {
      perEmployee = Amount.quotient(withHeadcount.value().multiply(
          BigDecimal.valueOf(headcountMonths.size())), headcountSum);
    }
    Amount perMsek = null;
    if (turnoverSum.signum() > 0) {
      perMsek = Amount.quotient(withTurnover.value().multiply(MILLION), turnoverSum);
    }
    return new KeyFigure(cost, perEmployee, perMsek);
  }

  private static Set<YearMonth> with(Set<YearMonth> set, YearMonth month) {
    if (set.contains(month)) {
      return set;
    }
    Set<YearMonth> copy = new TreeSet<>(set);
    copy.add(month);
    return copy;
  }
}
