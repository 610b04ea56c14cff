package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.LineSource;
import se.tjanstekatalog.ledger.domain.PoolOutcome;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;

class CostingEngineTest {
  static final YearMonth JAN_2027 = YearMonth.of(2027, 1);
  static final long ARBETSPLATS = 1;
  static final long DIGITAL = 7;
  static final long PC_SERVICE = 10;
  static final long DEV_SERVICE = 70;
  static final long PHONE_SERVICE = 11;
  static final PricedLevel PC_STANDARD =
      new PricedLevel(100, "ARB-DATOR-STANDARD", PC_SERVICE, ARBETSPLATS, false, false, price("255.00"));
  static final PricedLevel PHONE_FIXED =
      new PricedLevel(110, "ARB-MOBIL-BAS", PHONE_SERVICE, ARBETSPLATS, false, true, price("99.50"));
  static final PricedLevel DEV_HOUR =
      new PricedLevel(700, "DIG-UTV-TIMME", DEV_SERVICE, DIGITAL, true, false, price("950.00"));
  static final Org A = new Org(1, "A", false);
  static final Org B = new Org(2, "B", false);
  static final Org C = new Org(3, "C", false);
  static final Org BOLAG = new Org(4, "D-BOLAG", true);

  @Test
  void example1PoolArbetsplatsByHeadcount() {
    CostingResult r = CostingEngine.compute(inputs(List.of(), List.of(),
        arbetsplatsPool("1000000.00", AllocationKey.HEADCOUNT, Map.of()),
        Map.of(ARBETSPLATS, FinancingModel.ALLOCATION)));
    assertEquals(kr("300000.00"), pooled(r, A));
    assertEquals(kr("200000.00"), pooled(r, B));
    assertEquals(kr("500000.00"), pooled(r, C));
    assertEquals(kr("1000000.00"), r.total(FinancingModel.ALLOCATION));
    assertFalse(r.hasErrors(), r.problems().toString());
  }

  @Test
  void example2EqualKeysGiveTheExtraOreToTheFirstCode() {
    Map<Long, KeyValues> equal = Map.of(1L, kv(1, 10), 2L, kv(2, 10), 3L, kv(3, 10));
    PeriodInputs in = new PeriodInputs(JAN_2027, List.of(C, B, A), List.of(PC_STANDARD),
        List.of(), List.of(), List.of(arbetsplatsPool("100.00", AllocationKey.HEADCOUNT,
            Map.of())), equal, Map.of());
    CostingResult r = CostingEngine.compute(in);
    assertEquals(kr("33.34"), pooled(r, A));
    assertEquals(kr("33.33"), pooled(r, B));
    assertEquals(kr("33.33"), pooled(r, C));
  }

  @Test
  void example3ChargebackIsQuantityTimesChargedPrice() {
    CostingResult r = CostingEngine.compute(inputs(
        List.of(new Quantity(A.id(), PC_STANDARD.levelId(), new BigDecimal("300"))), List.of(),
        arbetsplatsPool("0", AllocationKey.HEADCOUNT, Map.of()), Map.of()));
    ResultLine line = only(r, A, FinancingModel.CHARGEBACK);
    assertEquals(kr("76500.00"), line.amount());
    assertEquals(price("255.00"), line.unitPrice());
    assertTrue(line.binding(), "internfakturering is binding without a plan");
    assertFalse(r.hasErrors());
    assertTrue(r.problems().stream().anyMatch(p -> !p.error()
        && p.key().equals("costing.problem.noPoolCost")), "a pool without cost is pointed out");
  }

  @Test
  void lineAmountsAreRoundedHalfUpPerLine() {
    PricedLevel gb = new PricedLevel(200, "INF-LAGRING", 20, 3, false, false, price("1.25"));
    PeriodInputs in = new PeriodInputs(JAN_2027, List.of(A), List.of(gb),
        List.of(new Quantity(A.id(), 200, new BigDecimal("10.0020"))), List.of(), List.of(),
        Map.of(), Map.of());
    // 10,002 × 1,25 = 12,5025 → 12,50; 0,0040 would round differently per line than summed
    assertEquals(kr("12.50"), only(CostingEngine.compute(in), A, FinancingModel.CHARGEBACK)
        .amount());
  }

  @Test
  void fixedMonthlyServicesAreBilledFromSubscriptions() {
    CostingResult r = CostingEngine.compute(inputs(List.of(),
        List.of(new Quantity(B.id(), PHONE_FIXED.levelId(), new BigDecimal("2"))),
        arbetsplatsPool("0", AllocationKey.HEADCOUNT, Map.of()), Map.of()));
    ResultLine line = only(r, B, FinancingModel.CHARGEBACK);
    assertEquals(LineSource.SUBSCRIPTION, line.source());
    assertEquals(kr("199.00"), line.amount());
  }

  @Test
  void alwaysChargedLinesAreIdenticalUnderBothModels() {
    CostingResult r = CostingEngine.compute(inputs(
        List.of(new Quantity(A.id(), DEV_HOUR.levelId(), new BigDecimal("12.5")),
            new Quantity(A.id(), PC_STANDARD.levelId(), new BigDecimal("300"))),
        List.of(), arbetsplatsPool("1000000.00", AllocationKey.HEADCOUNT, Map.of()),
        Map.of(ARBETSPLATS, FinancingModel.ALLOCATION, DIGITAL, FinancingModel.CHARGEBACK)));
    List<ResultLine> dev = r.lines().stream().filter(l -> Long.valueOf(DEV_SERVICE)
        .equals(l.serviceId())).toList();
    assertEquals(2, dev.size());
    assertEquals(dev.get(0).amount(), dev.get(1).amount());
    assertEquals(kr("11875.00"), dev.get(0).amount());
    assertNotEquals(dev.get(0).model(), dev.get(1).model());
    assertEquals(1, dev.stream().filter(ResultLine::binding).count());
    // the pooled PC is covered by the pool under solidarisk: no consumption line there
    assertTrue(r.lines().stream().noneMatch(l -> l.model() == FinancingModel.ALLOCATION
        && Long.valueOf(PC_SERVICE).equals(l.serviceId())));
  }

  @Test
  void theBindingModelFollowsThePlanPerArea() {
    List<Quantity> usage = List.of(new Quantity(A.id(), PC_STANDARD.levelId(),
        new BigDecimal("300")), new Quantity(A.id(), DEV_HOUR.levelId(), BigDecimal.TEN));
    ModelPlan plan = new ModelPlan(List.of(
        new PlanEntry(ARBETSPLATS, YearMonth.of(2027, 7), FinancingModel.ALLOCATION)));
    for (YearMonth m : List.of(YearMonth.of(2027, 6), YearMonth.of(2027, 7))) {
      PeriodInputs in = new PeriodInputs(m, List.of(A, B, C), List.of(PC_STANDARD, DEV_HOUR),
          usage, List.of(), List.of(arbetsplatsPool("1000000.00", AllocationKey.HEADCOUNT,
              Map.of())), keys(), plan.forMonth(List.of(ARBETSPLATS, DIGITAL), m));
      CostingResult r = CostingEngine.compute(in);
      CostingResult.OrgTotals a = r.orgTotals().get(A.id());
      Amount chargeback = kr("76500.00").plus(kr("9500.00"));
      Amount allocation = kr("300000.00").plus(kr("9500.00"));
      if (m.getMonthValue() == 6) {
        assertEquals(chargeback, a.binding(), "June: internfakturering binding");
        assertEquals(allocation, a.shadow());
      } else {
        assertEquals(allocation, a.binding(), "July: solidarisk binding for Arbetsplats");
        assertEquals(chargeback, a.shadow());
      }
    }
  }

  @Test
  void bolagOutsideThePoolPayByConsumptionUnderBothModels() {
    PeriodInputs in = new PeriodInputs(JAN_2027, List.of(A, B, C, BOLAG),
        List.of(PC_STANDARD), List.of(new Quantity(BOLAG.id(), PC_STANDARD.levelId(),
            new BigDecimal("40"))), List.of(),
        List.of(arbetsplatsPool("1000.00", AllocationKey.HEADCOUNT, Map.of())),
        Map.of(1L, kv(1, 300), 2L, kv(2, 200), 3L, kv(3, 500), 4L, kv(4, 1000)),
        Map.of(ARBETSPLATS, FinancingModel.ALLOCATION));
    CostingResult r = CostingEngine.compute(in);
    assertEquals(kr("10200.00"), r.orgTotals().get(BOLAG.id()).binding());
    assertEquals(kr("10200.00"), r.orgTotals().get(BOLAG.id()).shadow());
    assertEquals(kr("300.00"), pooled(r, A), "the bolag's headcount does not dilute the pool");
    PoolOutcome pool = r.pools().get(0);
    assertEquals(kr("10200.00"), pool.revenue());
    assertEquals(new BigDecimal("1020.0"), pool.recoveryPercent());
    assertEquals(kr("9200.00"), pool.overRecovery());
  }

  @Test
  void aKeySummingToZeroIsAnErrorNotADivisionByZero() {
    CostingResult r = CostingEngine.compute(new PeriodInputs(JAN_2027, List.of(A, B),
        List.of(PC_STANDARD), List.of(), List.of(),
        List.of(arbetsplatsPool("500.00", AllocationKey.FTE, Map.of())),
        Map.of(1L, kv(1, 10), 2L, kv(2, 20)), Map.of()));
    assertTrue(r.hasErrors());
    assertTrue(r.problems().stream().anyMatch(p -> p.key().equals("costing.problem.keySumZero")
        && p.args().contains("ARBETSPLATS")), r.problems().toString());
  }

  @Test
  void fixedSharesMustSumToHundred() {
    CostingResult ok = CostingEngine.compute(inputs(List.of(), List.of(),
        arbetsplatsPool("1000.00", AllocationKey.FIXED_SHARE,
            Map.of(1L, new BigDecimal("50"), 2L, new BigDecimal("25"), 3L, new BigDecimal("25"))),
        Map.of()));
    assertFalse(ok.hasErrors());
    assertEquals(kr("500.00"), pooled(ok, A));
    CostingResult wrong = CostingEngine.compute(inputs(List.of(), List.of(),
        arbetsplatsPool("1000.00", AllocationKey.FIXED_SHARE,
            Map.of(1L, new BigDecimal("50"), 2L, new BigDecimal("25"))), Map.of()));
    assertTrue(wrong.problems().stream()
        .anyMatch(p -> p.error() && p.key().equals("costing.problem.sharesNot100")));
  }

  @Test
  void usageKeySplitsByTheValueConsumedInThePool() {
    CostingResult r = CostingEngine.compute(inputs(
        List.of(new Quantity(A.id(), PC_STANDARD.levelId(), new BigDecimal("3")),
            new Quantity(B.id(), PC_STANDARD.levelId(), new BigDecimal("1"))), List.of(),
        arbetsplatsPool("1000.00", AllocationKey.USAGE, Map.of()), Map.of()));
    assertEquals(kr("750.00"), pooled(r, A));
    assertEquals(kr("250.00"), pooled(r, B));
    assertTrue(r.lines().stream().noneMatch(l -> l.orgId() == C.id()
        && l.source() == LineSource.POOL));
  }

  @Test
  void aMissingPriceIsAnError() {
    PricedLevel unpriced = new PricedLevel(300, "X-NY", 30, ARBETSPLATS, false, false, null);
    CostingResult r = CostingEngine.compute(new PeriodInputs(JAN_2027, List.of(A),
        List.of(unpriced), List.of(new Quantity(A.id(), 300, BigDecimal.ONE)), List.of(),
        List.of(), Map.of(), Map.of()));
    assertTrue(r.problems().stream().anyMatch(p -> p.error()
        && p.key().equals("costing.problem.noPrice") && p.args().contains("X-NY")));
  }

  @Test
  void recomputingTheSameInputsGivesTheSameFingerprintAndLines() {
    PeriodInputs in = inputs(
        List.of(new Quantity(A.id(), PC_STANDARD.levelId(), new BigDecimal("300.50")),
            new Quantity(C.id(), DEV_HOUR.levelId(), new BigDecimal("7.25"))), List.of(),
        arbetsplatsPool("123456.78", AllocationKey.HEADCOUNT, Map.of()),
        Map.of(ARBETSPLATS, FinancingModel.ALLOCATION));
    // the same inputs in another order and scale are the same inputs
    PeriodInputs shuffled = new PeriodInputs(in.period(), List.of(C, A, B), List.of(DEV_HOUR, PHONE_FIXED, PC_STANDARD),
        List.of(new Quantity(C.id(), DEV_HOUR.levelId(), new BigDecimal("7.2500")),
            new Quantity(A.id(), PC_STANDARD.levelId(), new BigDecimal("300.5"))),
        List.of(), in.pools(), in.keyValues(), in.plan());
    CostingResult first = CostingEngine.compute(in);
    CostingResult again = CostingEngine.compute(shuffled);
    assertEquals(first.fingerprint(), again.fingerprint());
    assertEquals(first.lines().size(), again.lines().size());
    for (int i = 0; i < first.lines().size(); i++) {
      assertEquals(first.lines().get(i).amount(), again.lines().get(i).amount());
      assertEquals(first.lines().get(i).orgId(), again.lines().get(i).orgId());
    }
    PeriodInputs changed = in.withPools(List.of(in.pools().get(0).withCost(kr("123456.79"))));
    assertNotEquals(first.fingerprint(), changed.fingerprint());
  }

  private static PeriodInputs inputs(List<Quantity> consumption, List<Quantity> subscriptions,
      Pool pool, Map<Long, FinancingModel> plan) {
    return new PeriodInputs(JAN_2027, List.of(A, B, C),
        List.of(PC_STANDARD, PHONE_FIXED, DEV_HOUR), consumption, subscriptions, List.of(pool),
        keys(), plan);
  }

  private static Map<Long, KeyValues> keys() {
    return Map.of(1L, kv(1, 300), 2L, kv(2, 200), 3L, kv(3, 500));
  }

  static Pool arbetsplatsPool(String cost, AllocationKey key, Map<Long, BigDecimal> shares) {
    return new Pool(1, "ARBETSPLATS", ARBETSPLATS, key, false,
        Set.of(PC_SERVICE, PHONE_SERVICE), kr(cost), shares);
  }

  static KeyValues kv(long org, int headcount) {
    return new KeyValues(org, BigDecimal.valueOf(headcount), null, null);
  }

  static Amount kr(String value) {
    return Amount.of(value);
  }

  /** A unit price (a rate, not an amount). */
  static BigDecimal price(String value) {
    return new BigDecimal(value).setScale(2);
  }

  static Amount pooled(CostingResult r, Org org) {
    return r.lines().stream().filter(l -> l.orgId() == org.id() && l.source() == LineSource.POOL)
        .map(ResultLine::amount).findFirst().orElseThrow();
  }

  static ResultLine only(CostingResult r, Org org, FinancingModel model) {
    List<ResultLine> found = r.lines().stream()
        .filter(l -> l.orgId() == org.id() && l.model() == model).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
