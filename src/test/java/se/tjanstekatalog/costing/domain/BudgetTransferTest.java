package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Basis;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Effect;
import se.tjanstekatalog.costing.domain.BudgetTransfer.MonthState;
import se.tjanstekatalog.costing.domain.BudgetTransfer.OrgSums;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Proposal;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Reference;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Row;
import se.tjanstekatalog.shared.Amount;

class BudgetTransferTest {
  static final YearMonth SWITCH = YearMonth.of(2027, 7);
  static final BigDecimal ONE_PERCENT = BigDecimal.ONE;

  @Test
  void sixMonthsAreDoubledToAYear() {
    assertEquals(kr("1200000.00"), BudgetTransfer.annualise(kr("600000.00"), 6));
  }

  @Test
  void twelveMonthsStayAsTheyAre() {
    assertEquals(kr("987654.32"), BudgetTransfer.annualise(kr("987654.32"), 12));
  }

  @Test
  void annualisingRoundsHalfUpToOre() {
    // 100 × 12 / 7 = 171,428571… ; 0,05 × 12 / 8 = 0,075 → 0,08
    assertEquals(kr("171.43"), BudgetTransfer.annualise(kr("100.00"), 7));
    assertEquals(kr("0.08"), BudgetTransfer.annualise(kr("0.05"), 8));
    assertEquals(kr("-0.08"), BudgetTransfer.annualise(kr("-0.05"), 8));
  }

  @Test
  void annualisingOverNoMonthsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BudgetTransfer.annualise(kr("1"), 0));
  }

  @Test
  void theDefaultReferenceIsTheLastTwelveLockedMonthsBeforeTheSwitch() {
    List<MonthState> stored = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2026, 1); m.isBefore(YearMonth.of(2027, 10));
        m = m.plusMonths(1)) {
      stored.add(new MonthState(m, m.isBefore(YearMonth.of(2027, 5)), false));
    }
    Reference r = BudgetTransfer.defaultReference(SWITCH, stored).orElseThrow();
    assertEquals(new Reference(YearMonth.of(2026, 5), YearMonth.of(2027, 4), Basis.LOCKED), r);
    assertEquals(12, BudgetTransfer.monthsIn(r, stored).size());
  }

  @Test
  void withoutLockedMonthsTheLastTwelveComputedMonthsBeforeTheSwitchAreUsed() {
    List<MonthState> stored = months(YearMonth.of(2027, 1), 12, false);
    Reference r = BudgetTransfer.defaultReference(SWITCH, stored).orElseThrow();
    assertEquals(new Reference(YearMonth.of(2027, 1), YearMonth.of(2027, 6), Basis.COMPUTED), r);
    List<MonthState> used = BudgetTransfer.monthsIn(r, stored);
    assertEquals(6, used.size(), "the demo case: six months before a July switch");
    assertEquals(YearMonth.of(2027, 1), used.get(0).month());
  }

  @Test
  void fewerThanTwelveLockedMonthsAreStillPreferredToComputedOnes() {
    List<MonthState> stored = new ArrayList<>(months(YearMonth.of(2026, 7), 9, true));
    stored.addAll(months(YearMonth.of(2027, 4), 3, false));
    Reference r = BudgetTransfer.defaultReference(SWITCH, stored).orElseThrow();
    assertEquals(new Reference(YearMonth.of(2026, 7), YearMonth.of(2027, 3), Basis.LOCKED), r);
  }

  @Test
  void closedMonthsMoreThanTwoYearsBeforeTheSwitchDoNotCount() {
    List<MonthState> stored = new ArrayList<>(months(YearMonth.of(2020, 2), 1, true));
    stored.addAll(months(YearMonth.of(2027, 1), 6, false));
    Reference r = BudgetTransfer.defaultReference(SWITCH, stored).orElseThrow();
    assertEquals(new Reference(YearMonth.of(2027, 1), YearMonth.of(2027, 6), Basis.COMPUTED), r);
    List<MonthState> closed = new ArrayList<>(months(YearMonth.of(2025, 7), 1, true));
    closed.addAll(months(YearMonth.of(2027, 1), 6, false));
    assertEquals(new Reference(YearMonth.of(2025, 7), YearMonth.of(2025, 7), Basis.LOCKED),
        BudgetTransfer.defaultReference(SWITCH, closed).orElseThrow(), "two years back counts");
  }

  @Test
  void noStoredMonthBeforeTheSwitchGivesNoDefault() {
    assertEquals(Optional.empty(),
        BudgetTransfer.defaultReference(SWITCH, months(SWITCH, 6, false)));
  }

  @Test
  void theProposalMovesWhatEachAdministrationPaidAndShowsTheNetEffect() {
    // six months: A paid 600 000, B 300 000 for the area; the pool gives A 540 000, B 360 000
    List<OrgSums> sums = List.of(
        new OrgSums(2, "B", "Förvaltning B", false, kr("300000.00"), kr("0"), kr("360000.00")),
        new OrgSums(1, "A", "Förvaltning A", false, kr("600000.00"), kr("0"), kr("540000.00")));
    Proposal p = BudgetTransfer.propose(sums, months(YearMonth.of(2027, 1), 6, false),
        kr("900000.00"), kr("900000.00"), ONE_PERCENT);

    assertTrue(p.annualised());
    assertEquals(6, p.monthCount());
    Row a = p.administrations().get(0);
    assertEquals("A", a.code(), "sorted by code");
    assertEquals(kr("1200000.00"), a.chargeback());
    assertEquals(kr("1200000.00"), a.budget());
    assertEquals(kr("1080000.00"), a.poolShare());
    assertEquals(kr("-120000.00"), a.net());
    assertEquals(new BigDecimal("-10.0"), a.netPercent());
    assertEquals(Effect.DECREASES, a.effect());
    Row b = p.administrations().get(1);
    assertEquals(kr("120000.00"), b.net());
    assertEquals(new BigDecimal("20.0"), b.netPercent());
    assertEquals(Effect.INCREASES, b.effect());

    assertEquals(kr("1800000.00"), p.administrationTotal().budget());
    assertEquals(kr("0.00"), p.administrationTotal().net(),
        "revenue = cost: the switch only moves costs between administrations");
    assertEquals(kr("0.00"), p.outsidePool());
    assertTrue(p.sharesMatchPool());
    assertEquals(0, p.neutralCount());
  }

  @Test
  void whatIsStillBilledAfterTheSwitchIsNotMoved() {
    // 1 000 of chargeback, of which 200 is an ALWAYS_CHARGED service billed under both models
    OrgSums a = new OrgSums(1, "A", "A", false, kr("1000.00"), kr("200.00"), kr("850.00"));
    Proposal p = BudgetTransfer.propose(List.of(a), months(YearMonth.of(2027, 1), 12, false),
        kr("850.00"), kr("800.00"), ONE_PERCENT);
    Row r = p.administrations().get(0);
    assertFalse(p.annualised());
    assertEquals(kr("800.00"), r.budget());
    assertEquals(kr("50.00"), r.net());
    assertEquals(r.allocation().minus(r.chargeback()), r.net(),
        "net effect = everything under solidarisk − everything under internfakturering");
    assertEquals(kr("50.00"), p.total().net());
    assertEquals(kr("50.00"), p.poolCost().minus(p.poolRevenue()),
        "the net effect is the pool's under-recovery");
  }

  @Test
  void companiesAreKeptApartAndExplainTheDifferenceToThePoolsRecovery() {
    // a bolag outside the pool: billed 100 under both models; the pool's revenue includes it
    List<OrgSums> sums = List.of(
        new OrgSums(1, "A", "A", false, kr("500.00"), kr("0"), kr("600.00")),
        new OrgSums(9, "BOLAG", "Bolag AB", true, kr("100.00"), kr("100.00"), kr("0")));
    Proposal p = BudgetTransfer.propose(sums, months(YearMonth.of(2027, 1), 12, false),
        kr("600.00"), kr("600.00"), ONE_PERCENT);
    assertEquals(1, p.administrations().size());
    assertEquals(1, p.companies().size());
    assertEquals(kr("0.00"), p.companyTotal().net(), "the bolag's invoice does not change");
    assertEquals(kr("100.00"), p.administrationTotal().net());
    assertEquals(kr("0.00"), p.overRecovery());
    assertEquals(kr("100.00"), p.outsidePool(), "the bolag's revenue stays with the bolag");
  }

  @Test
  void totalsAreTheSumsOfTheRoundedRows() {
    List<OrgSums> sums = List.of(
        new OrgSums(1, "A", "A", false, kr("100.00"), kr("0"), kr("100.01")),
        new OrgSums(2, "B", "B", false, kr("100.00"), kr("0"), kr("100.01")),
        new OrgSums(3, "C", "C", false, kr("100.00"), kr("0"), kr("99.98")));
    Proposal p = BudgetTransfer.propose(sums, months(YearMonth.of(2027, 1), 7, false),
        kr("300.00"), kr("300.00"), ONE_PERCENT);
    // each 100,00 → 171,43; the raw 300,00 would give 514,29, the rows sum to 514,29 too
    assertEquals(kr("514.29"), p.administrationTotal().chargeback());
    Amount shares = p.administrations().stream().map(Row::poolShare)
        .reduce(Amount.ZERO, Amount::plus);
    assertEquals(shares, p.administrationTotal().poolShare());
    Amount nets = p.administrations().stream().map(Row::net)
        .reduce(Amount.ZERO, Amount::plus);
    assertEquals(nets, p.administrationTotal().net());
    assertTrue(p.sharesMatchPool());
  }

  @Test
  void aNetEffectWithinTheToleranceIsNeutral() {
    assertEquals(Effect.NEUTRAL, BudgetTransfer.effect(kr("10.00"), kr("1000.00"), ONE_PERCENT));
    assertEquals(Effect.NEUTRAL, BudgetTransfer.effect(kr("-10.00"), kr("1000.00"), ONE_PERCENT));
    assertEquals(Effect.INCREASES,
        BudgetTransfer.effect(kr("10.01"), kr("1000.00"), ONE_PERCENT));
    assertEquals(Effect.DECREASES,
        BudgetTransfer.effect(kr("-10.01"), kr("1000.00"), ONE_PERCENT));
    assertEquals(Effect.NEUTRAL, BudgetTransfer.effect(kr("0"), kr("0"), BigDecimal.ZERO));
    assertEquals(Effect.INCREASES, BudgetTransfer.effect(kr("0.01"), kr("0"), ONE_PERCENT),
        "nothing to move but a share to pay");
  }

  @Test
  void noBudgetHasNoPercent() {
    OrgSums a = new OrgSums(1, "A", "A", false, kr("0"), kr("0"), kr("12.00"));
    Proposal p = BudgetTransfer.propose(List.of(a), months(YearMonth.of(2027, 1), 12, false),
        kr("12.00"), kr("0"), ONE_PERCENT);
    assertNull(p.administrations().get(0).netPercent());
  }

  @Test
  void sharesThatDoNotAddUpToThePoolAreFlagged() {
    OrgSums a = new OrgSums(1, "A", "A", false, kr("10.00"), kr("0"), kr("9.99"));
    Proposal p = BudgetTransfer.propose(List.of(a), months(YearMonth.of(2027, 1), 12, false),
        kr("10.00"), kr("10.00"), ONE_PERCENT);
    assertFalse(p.sharesMatchPool());
  }

  @Test
  void lockedAndStaleMonthsAreCounted() {
    List<MonthState> months = List.of(new MonthState(YearMonth.of(2027, 1), true, false),
        new MonthState(YearMonth.of(2027, 2), false, true));
    Proposal p = BudgetTransfer.propose(List.of(), months, kr("0"), kr("0"), ONE_PERCENT);
    assertEquals(1, p.lockedCount());
    assertEquals(1, p.staleCount());
    assertThrows(IllegalArgumentException.class,
        () -> BudgetTransfer.propose(List.of(), List.of(), kr("0"), kr("0"), ONE_PERCENT));
  }

  static List<MonthState> months(YearMonth first, int n, boolean locked) {
    List<MonthState> months = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      months.add(new MonthState(first.plusMonths(i), locked, false));
    }
    return months;
  }

  static Amount kr(String s) {
    return Amount.of(s);
  }
}
