package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.domain.WhatIf.AreaModel;
import se.tjanstekatalog.costing.domain.WhatIf.Change;
import se.tjanstekatalog.costing.domain.WhatIf.LevelPrice;
import se.tjanstekatalog.costing.domain.WhatIf.OrgDelta;
import se.tjanstekatalog.costing.domain.WhatIf.PoolCost;
import se.tjanstekatalog.costing.domain.WhatIf.PoolKey;
import se.tjanstekatalog.costing.domain.WhatIf.PoolShare;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.LineSource;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;

class WhatIfTest {
  static final YearMonth JULY = YearMonth.of(2027, 7);
  static final long ARBETSPLATS = 1;
  static final long SUPPORT = 5;
  static final long POOL = 50;
  static final PricedLevel PC = new PricedLevel(100, "ARB-DATOR STD", 10, ARBETSPLATS, false,
      false, price("255.00"));
  static final PricedLevel HOUR = new PricedLevel(500, "SUP-UTB TIM", 55, SUPPORT, true, false,
      price("800.00"));
  static final Org A = new Org(1, "A", false);
  static final Org B = new Org(2, "B", false);
  static final Org C = new Org(3, "C", false);
  static final Org BOLAG = new Org(4, "D", true);

  /** Headcount 300/200/500 but FTE 270/190/400: FTE shifts cost from C to A and B. */
  static PeriodInputs inputs(AllocationKey key, Map<Long, FinancingModel> plan) {
    Pool pool = new Pool(POOL, "ARBETSPLATS", ARBETSPLATS, key, false, Set.of(10L),
        kr("1000000.00"), Map.of());
    return new PeriodInputs(JULY, List.of(A, B, C, BOLAG), List.of(PC, HOUR),
        List.of(new Quantity(1, 100, new BigDecimal("300")),
            new Quantity(2, 100, new BigDecimal("200")),
            new Quantity(3, 100, new BigDecimal("500")),
            new Quantity(4, 100, new BigDecimal("40")),
            new Quantity(3, 500, new BigDecimal("10"))),
        List.of(), List.of(pool),
        Map.of(1L, new KeyValues(1, new BigDecimal("300"), new BigDecimal("270.0"), null),
            2L, new KeyValues(2, new BigDecimal("200"), new BigDecimal("190.0"), null),
            3L, new KeyValues(3, new BigDecimal("500"), new BigDecimal("400.0"), null),
            4L, new KeyValues(4, new BigDecimal("40"), new BigDecimal("35.0"), null)),
        plan);
  }

  static final Map<Long, FinancingModel> SWITCHED = Map.of(ARBETSPLATS, FinancingModel.ALLOCATION);

  @Test
  void fteInsteadOfHeadcountMovesThePoolBetweenOrgsAndKeepsItsTotal() {
    PeriodInputs stored = inputs(AllocationKey.HEADCOUNT, SWITCHED);
    CostingResult before = CostingEngine.compute(stored);
    CostingResult after = CostingEngine.compute(
        WhatIf.apply(stored, List.of(new PoolKey(POOL, AllocationKey.FTE))));
    assertFalse(after.hasErrors(), after.problems().toString());

    Map<Long, PoolShare> shares = WhatIf.poolShares(POOL, before.lines(), after.lines());
    assertEquals(Set.of(1L, 2L, 3L), shares.keySet(), "the bolag does not take part");
    // 1 000 000 × 270/860 = 313 953,488… ; × 190/860 = 220 930,232… ; × 400/860 = 465 116,279…
    assertEquals(kr("313953.49"), shares.get(1L).simulatedShare());
    assertEquals(kr("220930.23"), shares.get(2L).simulatedShare());
    assertEquals(kr("465116.28"), shares.get(3L).simulatedShare());
    assertEquals(kr("300000.00"), shares.get(1L).storedShare());
    assertEquals(new BigDecimal("300"), shares.get(1L).storedKey());
    assertEquals(new BigDecimal("270.0"), shares.get(1L).simulatedKey());
    Amount sum = shares.values().stream().map(PoolShare::difference)
        .reduce(Amount.ZERO, Amount::plus);
    assertEquals(0, sum.signum(), "the pool's total is unchanged");

    Map<Long, OrgDelta> deltas = WhatIf.compare(before.lines(), after.lines());
    assertEquals(kr("13953.49"), deltas.get(1L).bindingDifference());
    assertEquals(kr("-34883.72"), deltas.get(3L).bindingDifference());
    assertEquals(new BigDecimal("4.7"), deltas.get(1L).bindingPercent());
    assertEquals(kr("0.00"), deltas.get(4L).bindingDifference());
    OrgDelta total = WhatIf.total(deltas.values());
    assertEquals(kr("0.00"), total.bindingDifference());
    assertEquals(kr("0.00"), total.allocationDifference());
  }

  @Test
  void aKeyChangeOnAnAreaStillOnChargebackShowsInTheAllocationTotalsOnly() {
    PeriodInputs stored = inputs(AllocationKey.HEADCOUNT, Map.of());
    CostingResult before = CostingEngine.compute(stored);
    CostingResult after = CostingEngine.compute(
        WhatIf.apply(stored, List.of(new PoolKey(POOL, AllocationKey.FTE))));
    Map<Long, OrgDelta> deltas = WhatIf.compare(before.lines(), after.lines());
    assertEquals(kr("0.00"), deltas.get(1L).bindingDifference(),
        "internfakturering is binding: the key does not change the bill");
    assertEquals(kr("13953.49"), deltas.get(1L).allocationDifference());
    assertEquals(kr("-34883.72"), deltas.get(3L).allocationDifference());
  }

  @Test
  void aPoolAmountIsSplitByTheSameKey() {
    PeriodInputs stored = inputs(AllocationKey.HEADCOUNT, SWITCHED);
    PeriodInputs changed = WhatIf.apply(stored, List.of(new PoolCost(POOL, kr("1100000"))));
    Map<Long, PoolShare> shares = WhatIf.poolShares(POOL,
        CostingEngine.compute(stored).lines(), CostingEngine.compute(changed).lines());
    assertEquals(kr("330000.00"), shares.get(1L).simulatedShare());
    assertEquals(kr("30000.00"), shares.get(1L).difference());
    assertEquals(kr("50000.00"), shares.get(3L).difference());
  }

  @Test
  void aPriceChangesChargebackAndTheUsageOfOrgsOutsideThePool() {
    PeriodInputs stored = inputs(AllocationKey.HEADCOUNT, Map.of());
    CostingResult after = CostingEngine.compute(
        WhatIf.apply(stored, List.of(new LevelPrice(100, new BigDecimal("265")))));
    Map<Long, OrgDelta> deltas = WhatIf.compare(CostingEngine.compute(stored).lines(),
        after.lines());
    assertEquals(kr("3000.00"), deltas.get(1L).bindingDifference(), "300 × 10,00 kr");
    assertEquals(kr("0.00"), deltas.get(1L).allocationDifference(), "A's share is the pool");
    assertEquals(kr("400.00"), deltas.get(4L).allocationDifference(),
        "the bolag is billed by consumption under both models");
  }

  @Test
  void anAreaModelDecidesWhichTotalIsBinding() {
    PeriodInputs stored = inputs(AllocationKey.HEADCOUNT, Map.of());
    CostingResult before = CostingEngine.compute(stored);
    CostingResult after = CostingEngine.compute(WhatIf.apply(stored,
        List.of(new AreaModel(ARBETSPLATS, FinancingModel.ALLOCATION))));
    OrgDelta c = WhatIf.compare(before.lines(), after.lines()).get(3L);
    // C: 500 × 255 = 127 500 chargeback; its share of 1 000 000 by headcount is 500 000
    assertEquals(kr("127500.00").plus(kr("8000.00")), c.storedBinding());
    assertEquals(kr("500000.00").plus(kr("8000.00")), c.simulatedBinding());
    assertEquals(kr("0.00"), c.allocationDifference());
  }

  @Test
  void changesAreCheckedBeforeTheyAreApplied() {
    PeriodInputs in = inputs(AllocationKey.HEADCOUNT, Map.of());
    List<Change> bad = List.of(new PoolKey(999, AllocationKey.FTE),
        new LevelPrice(100, new BigDecimal("-1")), new LevelPrice(404, BigDecimal.ONE),
        new PoolCost(POOL, kr("1")), new PoolCost(POOL, kr("2")));
    List<String> keys = WhatIf.check(in, bad).stream().map(CostingProblem::key).toList();
    assertEquals(List.of("whatif.problem.unknownPool", "whatif.problem.negativePrice",
        "whatif.problem.unknownLevel", "whatif.problem.twice"), keys);
    assertThrows(IllegalArgumentException.class, () -> WhatIf.apply(in, bad));
  }

  @Test
  void inputsThatCannotBeSplitAreTheEnginesErrors() {
    PeriodInputs in = inputs(AllocationKey.HEADCOUNT, Map.of());
    CostingResult turnover = CostingEngine.compute(
        WhatIf.apply(in, List.of(new PoolKey(POOL, AllocationKey.TURNOVER))));
    assertTrue(turnover.problems().stream()
        .anyMatch(p -> p.error() && p.key().equals("costing.problem.keySumZero")));
    CostingResult shares = CostingEngine.compute(
        WhatIf.apply(in, List.of(new PoolKey(POOL, AllocationKey.FIXED_SHARE))));
    assertTrue(shares.problems().stream()
        .anyMatch(p -> p.error() && p.key().equals("costing.problem.sharesNot100")));
  }

  @Test
  void noChangesGiveTheSameInputs() {
    PeriodInputs in = inputs(AllocationKey.HEADCOUNT, SWITCHED);
    PeriodInputs same = WhatIf.apply(in, List.of());
    assertEquals(in.fingerprint(), same.fingerprint());
    OrgDelta total = WhatIf.total(WhatIf.compare(CostingEngine.compute(in).lines(),
        CostingEngine.compute(same).lines()).values());
    assertEquals(kr("0.00"), total.bindingDifference());
  }

  @Test
  void applyingLeavesTheOriginalInputsAlone() {
    PeriodInputs in = inputs(AllocationKey.HEADCOUNT, Map.of());
    String before = in.fingerprint();
    PeriodInputs changed = WhatIf.apply(in, List.of(new PoolKey(POOL, AllocationKey.FTE),
        new LevelPrice(100, price("1")), new AreaModel(ARBETSPLATS, FinancingModel.ALLOCATION)));
    assertEquals(before, in.fingerprint());
    assertSame(AllocationKey.HEADCOUNT, in.pools().get(0).key());
    assertSame(AllocationKey.FTE, changed.pools().get(0).key());
    assertEquals(FinancingModel.ALLOCATION, changed.binding(ARBETSPLATS));
  }

  @Test
  void anOrgOnOnlyOneSideIsComparedWithZero() {
    ResultLine only = new ResultLine(7, FinancingModel.CHARGEBACK, true, ARBETSPLATS, 10L, 100L,
        null, LineSource.CONSUMPTION, BigDecimal.ONE, price("255"), null, null, kr("255.00"));
    OrgDelta d = WhatIf.compare(List.of(only), List.of()).get(7L);
    assertEquals(kr("-255.00"), d.bindingDifference());
    assertEquals(new BigDecimal("-100.0"), d.bindingPercent());
    assertNull(WhatIf.compare(List.of(), List.of(only)).get(7L).bindingPercent(),
        "no percent of nothing");
  }

  static Amount kr(String s) {
    return Amount.of(s);
  }

  /** A unit price (a rate, not an amount). */
  static BigDecimal price(String s) {
    return new BigDecimal(s).setScale(2);
  }
}
