package se.tjanstekatalog.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Effect;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.costing.domain.KeyValues;
import se.tjanstekatalog.costing.domain.ModelPlan;
import se.tjanstekatalog.costing.domain.Org;
import se.tjanstekatalog.costing.domain.PlanEntry;
import se.tjanstekatalog.costing.domain.Pool;
import se.tjanstekatalog.costing.domain.PricedLevel;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;

public class BudgetBasisTest {
  static final long A = 1;
  static final long B = 2;
  static final long C = 3;
  static final long WORKPLACE = 10;
  static final long SUPPORT = 20;
  static final long HOSTING = 30;

  static final List<Org> ORGS = List.of(new Org(A, "A", false), new Org(B, "B", false),
      new Org(C, "C", true));
  /** Arbetsplats Standard (pooled), support hours (always charged), a fixed monthly service. */
  static final List<PricedLevel> LEVELS = List.of(
      new PricedLevel(1000, "ARB STD", 100, WORKPLACE, false, false, new BigDecimal("262.91")),
      new PricedLevel(2000, "SUP TIM", 200, SUPPORT, true, false, new BigDecimal("850.00")),
      new PricedLevel(3000, "DRIFT FAST", 300, HOSTING, false, true, new BigDecimal("1030.00")));

  static PlannedVolume v(long org, long level, String last, String lastPrice, String planned) {
    return new PlannedVolume(org, level, new BigDecimal(last), new BigDecimal(lastPrice),
        new BigDecimal(planned), false);
  }

  public static Result demo() {
    List<PlannedVolume> volumes = List.of(
        v(A, 1000, "3600", "255.00", "3720"),
        v(B, 1000, "2400", "255.00", "2400"),
        v(C, 1000, "120", "255.00", "120"),
        v(A, 2000, "10.5", "800.00", "12.25"),
        v(B, 3000, "12", "1000.00", "12"));
    // Budget 1 000 000,01 kr by headcount A 300, B 200; bolag C takes no part.
    Pool pool = new Pool(7, "ARB", WORKPLACE, AllocationKey.HEADCOUNT, false, Set.of(100L),
        Amount.of("1000000.01"), Map.of());
    Map<Long, KeyValues> keys = Map.of(
        A, new KeyValues(A, new BigDecimal("300"), null, null),
        B, new KeyValues(B, new BigDecimal("200"), null, null),
        C, new KeyValues(C, new BigDecimal("50"), null, null));
    ModelPlan plan = new ModelPlan(List.of(
        new PlanEntry(WORKPLACE, YearMonth.of(2026, 7), FinancingModel.ALLOCATION),
        new PlanEntry(HOSTING, YearMonth.of(2026, 7), FinancingModel.CHARGEBACK),
        new PlanEntry(HOSTING, YearMonth.of(2026, 7).plusMonths(12), FinancingModel.ALLOCATION)));
    return BudgetBasis.compute(new BudgetBasis.Inputs(2027, ORGS, LEVELS, volumes, List.of(pool),
        keys, plan));
  }

  static AreaTotal total(Result r, long org, long area) {
    return r.totals().stream().filter(t -> t.orgId() == org && t.areaId() == area).findFirst()
        .orElseThrow();
  }

  @Test
  void internfaktureringIsPlannedVolumeTimesNextYearsPriceLineByLine() {
    Result r = demo();
    assertEquals(Amount.of("978025.20"), total(r, A, WORKPLACE).chargeback()); // 3 720 × 262,91
    assertEquals(Amount.of("630984.00"), total(r, B, WORKPLACE).chargeback()); // 2 400 × 262,91
    assertEquals(Amount.of("31549.20"), total(r, C, WORKPLACE).chargeback()); // 120 × 262,91
    assertEquals(Amount.of("10412.50"), total(r, A, SUPPORT).chargeback()); // 12,25 × 850
    assertEquals(Amount.of("12360.00"), total(r, B, HOSTING).chargeback()); // 12 × 1 030
  }

  @Test
  void thePoolsBudgetIsSharedByTheLatestKeysAndSumsExactly() {
    Result r = demo();
    // 1 000 000,01 × 300/500 = 600 000,006 and × 200/500 = 400 000,004: the öre left goes to A.
    assertEquals(Amount.of("600000.01"), total(r, A, WORKPLACE).allocation());
    assertEquals(Amount.of("400000.00"), total(r, B, WORKPLACE).allocation());
    // the bolag outside the pool is charged by volume under both models
    assertEquals(Amount.of("31549.20"), total(r, C, WORKPLACE).allocation());
    assertEquals(Amount.of("10412.50"), total(r, A, SUPPORT).allocation());
  }

  @Test
  void bindingFollowsNextYearsModelPlanFromJanuary() {
    Result r = demo();
    AreaTotal workplace = total(r, A, WORKPLACE);
    assertEquals(FinancingModel.ALLOCATION, workplace.binding());
    assertEquals(Amount.of("600000.01"), workplace.bindingAmount());
    assertEquals(Amount.of("978025.20"), workplace.shadowAmount());
    assertNull(workplace.switchMonth());
    AreaTotal hosting = total(r, B, HOSTING);
    assertEquals(FinancingModel.CHARGEBACK, hosting.binding());
    assertEquals(YearMonth.of(2027, 7), hosting.switchMonth());
    // A: 600 000,01 + 10 412,50; B: 400 000,00 + 12 360,00; C: 31 549,20
    assertEquals(Amount.of("610412.51"), Result.binding(r.totalsOf(A)));
    assertEquals(Amount.of("412360.00"), Result.binding(r.totalsOf(B)));
    assertEquals(Amount.of("31549.20"), Result.binding(r.totalsOf(C)));
  }

  @Test
  void theChangeSplitsIntoPriceAndVolumeEffect() {
    AreaTotal a = total(demo(), A, WORKPLACE);
    assertEquals(Amount.of("918000.00"), a.lastChargeback()); // 3 600 × 255,00
    assertEquals(Amount.of("28476.00"), a.priceEffect()); // (262,91 − 255,00) × 3 600
    assertEquals(Amount.of("31549.20"), a.volumeEffect()); // (3 720 − 3 600) × 262,91
    assertEquals(Amount.of("60025.20"), a.change());
    AreaTotal support = total(demo(), A, SUPPORT);
    assertEquals(Amount.of("525.00"), support.priceEffect()); // 50 × 10,5
    assertEquals(Amount.of("1487.50"), support.volumeEffect()); // 1,75 × 850
    AreaTotal b = total(demo(), B, HOSTING);
    assertEquals(Amount.of("360.00"), b.priceEffect());
    assertEquals(Amount.ZERO, b.volumeEffect());
  }

  @Test
  void priceAndVolumeEffectSumToTheChangeToTheOreEvenWhenTheyRound() {
    // last 3,3333 × 10,01 = 33,366333 → 33,37; next 4,4444 × 10,33 = 45,910652 → 45,91;
    // price (10,33 − 10,01) × 3,3333 = 1,066656 → 1,07; volume = 45,91 − 33,37 − 1,07 = 11,47
    // (the formula (4,4444 − 3,3333) × 10,33 = 11,477663 would round to 11,48).
    Effect e = BudgetBasis.effect(new PlannedVolume(A, 1, new BigDecimal("3.3333"),
        new BigDecimal("10.01"), new BigDecimal("4.4444"), true), new BigDecimal("10.33"));
    assertEquals(Amount.of("33.37"), e.last());
    assertEquals(Amount.of("45.91"), e.next());
    assertEquals(Amount.of("1.07"), e.price());
    assertEquals(Amount.of("11.47"), e.volume());
    assertEquals(e.next().minus(e.last()), e.price().plus(e.volume()));
  }

  @Test
  void aLevelNewNextYearIsAllVolumeEffect() {
    Effect e = BudgetBasis.effect(new PlannedVolume(A, 1, BigDecimal.ZERO, null,
        new BigDecimal("5"), true), new BigDecimal("100.00"));
    assertEquals(Amount.ZERO, e.price());
    assertEquals(Amount.of("500.00"), e.volume());
  }

  @Test
  void runRateIsTheAveragePerMonthTimesTwelve() {
    List<BigDecimal> twelve = java.util.Collections.nCopies(12, new BigDecimal("300"));
    assertEquals(new BigDecimal("3600.0000"), PlannedVolume.runRate(twelve));
    assertEquals(new BigDecimal("132.0000"), PlannedVolume.runRate(List.of(
        new BigDecimal("10"), new BigDecimal("11"), new BigDecimal("12"))));
    // 1 × 12 / 7 = 1,714285… → 1,7143
    assertEquals(new BigDecimal("1.7143"), PlannedVolume.runRate(List.of(BigDecimal.ONE,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO)));
    assertEquals(new BigDecimal("0.0000"), PlannedVolume.runRate(List.of()));
    assertEquals(new BigDecimal("24.0000"), PlannedVolume.subscribedYear(new BigDecimal("2")));
  }
}
