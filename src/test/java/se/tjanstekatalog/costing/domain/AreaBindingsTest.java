package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaBinding;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaHistory;
import se.tjanstekatalog.costing.domain.AreaBindings.Kind;
import se.tjanstekatalog.costing.domain.AreaBindings.Reason;
import se.tjanstekatalog.costing.domain.AreaBindings.Stretch;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;

class AreaBindingsTest {
  static final YearMonth JAN = YearMonth.of(2027, 1);
  static final long ARBETSPLATS = 1;
  static final long TELEFONI = 2;
  static final long SYSTEM = 3;
  static final long SUPPORT = 4;
  static final PricedLevel PC = level(100, 10, ARBETSPLATS, false);
  static final PricedLevel PHONE = level(200, 20, TELEFONI, false);
  static final PricedLevel SCHOOL = level(300, 30, SYSTEM, true);
  static final PricedLevel GIS = level(310, 31, SYSTEM, false);
  static final PricedLevel HOUR = level(400, 40, SUPPORT, false);
  static final Org GSF = new Org(1, "GSF", false);
  static final Org BOLAG = new Org(2, "BOAB", true);

  /** Arbetsplats pools with bolag, telefoni without; system has a pool only for GIS. */
  static final List<Pool> POOLS = List.of(
      pool(1, "P-ARB", ARBETSPLATS, true, Set.of(10L)),
      pool(2, "P-TEL", TELEFONI, false, Set.of(20L)),
      pool(3, "P-SYS", SYSTEM, true, Set.of(31L, 30L)));

  static final Map<Long, FinancingModel> PLAN = Map.of(ARBETSPLATS, FinancingModel.ALLOCATION,
      TELEFONI, FinancingModel.ALLOCATION, SYSTEM, FinancingModel.ALLOCATION,
      SUPPORT, FinancingModel.ALLOCATION);

  @Test
  void aForvaltningSharesEveryPoolAndPaysPerUnitForAnAlwaysChargedService() {
    Map<Long, List<AreaBinding>> out = AreaBindings.of(inputs(List.of(
        use(GSF, PC), use(GSF, PHONE), use(GSF, SCHOOL), use(GSF, GIS), use(GSF, HOUR)), PLAN));
    assertEquals(List.of(
        new AreaBinding(ARBETSPLATS, Kind.ALLOCATION, Set.of()),
        new AreaBinding(TELEFONI, Kind.ALLOCATION, Set.of()),
        new AreaBinding(SYSTEM, Kind.ALLOCATION_PARTLY_CHARGED, Set.of(Reason.ALWAYS_CHARGED)),
        new AreaBinding(SUPPORT, Kind.CHARGED, Set.of(Reason.NO_POOL))), out.get(GSF.id()));
  }

  @Test
  void aBolagOutsideThePoolIsChargedPerUnitEvenWithoutConsumption() {
    Map<Long, List<AreaBinding>> out = AreaBindings.of(inputs(List.of(use(BOLAG, PC)), PLAN));
    assertEquals(List.of(
        new AreaBinding(ARBETSPLATS, Kind.ALLOCATION, Set.of()),
        new AreaBinding(TELEFONI, Kind.CHARGED, Set.of(Reason.COMPANY_OUTSIDE_POOL)),
        new AreaBinding(SYSTEM, Kind.ALLOCATION, Set.of()),
        new AreaBinding(SUPPORT, Kind.CHARGED, Set.of(Reason.NO_POOL))), out.get(BOLAG.id()));
  }

  @Test
  void internfaktureringInThePlanNeedsNoReason() {
    Map<Long, List<AreaBinding>> out = AreaBindings.of(inputs(List.of(use(BOLAG, PHONE)),
        Map.of(ARBETSPLATS, FinancingModel.ALLOCATION)));
    assertEquals(List.of(
        new AreaBinding(ARBETSPLATS, Kind.ALLOCATION, Set.of()),
        new AreaBinding(TELEFONI, Kind.CHARGEBACK, Set.of()),
        new AreaBinding(SYSTEM, Kind.CHARGEBACK, Set.of()),
        new AreaBinding(SUPPORT, Kind.CHARGEBACK, Set.of())), out.get(BOLAG.id()));
  }

  @Test
  void anAreaWithoutAPriceThatMonthIsLeftOut() {
    PeriodInputs in = new PeriodInputs(JAN, List.of(GSF), List.of(PC,
        new PricedLevel(500, "X", 50, 9, false, false, null)), List.of(), List.of(), POOLS,
        Map.of(), PLAN);
    assertEquals(List.of(new AreaBinding(ARBETSPLATS, Kind.ALLOCATION, Set.of())),
        AreaBindings.of(in).get(GSF.id()));
  }

  @Test
  void monthsJoinIntoStretchesPerArea() {
    AreaBinding chargeback = new AreaBinding(ARBETSPLATS, Kind.CHARGEBACK, Set.of());
    AreaBinding pooled = new AreaBinding(ARBETSPLATS, Kind.ALLOCATION, Set.of());
    AreaBinding phone = new AreaBinding(TELEFONI, Kind.CHARGED,
        Set.of(Reason.COMPANY_OUTSIDE_POOL));
    List<AreaHistory> h = AreaBindings.history(Map.of(
        JAN, List.of(chargeback, phone),
        JAN.plusMonths(1), List.of(chargeback, phone),
        JAN.plusMonths(2), List.of(pooled, phone),
        JAN.plusMonths(4), List.of(pooled, phone)));
    assertEquals(List.of(
        new AreaHistory(ARBETSPLATS, List.of(
            new Stretch(JAN, JAN.plusMonths(1), chargeback),
            new Stretch(JAN.plusMonths(2), JAN.plusMonths(2), pooled),
            new Stretch(JAN.plusMonths(4), JAN.plusMonths(4), pooled))),
        new AreaHistory(TELEFONI, List.of(
            new Stretch(JAN, JAN.plusMonths(2), phone),
            new Stretch(JAN.plusMonths(4), JAN.plusMonths(4), phone)))), h);
  }

  @Test
  void reasonsKeepTheirOrder() {
    AreaBinding b = new AreaBinding(SYSTEM, Kind.CHARGED,
        Set.of(Reason.NO_POOL, Reason.COMPANY_OUTSIDE_POOL, Reason.ALWAYS_CHARGED));
    assertEquals(List.of(Reason.COMPANY_OUTSIDE_POOL, Reason.ALWAYS_CHARGED, Reason.NO_POOL),
        List.copyOf(b.reasons()));
  }

  private static PeriodInputs inputs(List<Quantity> consumption,
      Map<Long, FinancingModel> plan) {
    return new PeriodInputs(JAN, List.of(GSF, BOLAG), List.of(PC, PHONE, SCHOOL, GIS, HOUR),
        consumption, List.of(), POOLS, Map.of(), plan);
  }

  private static Quantity use(Org org, PricedLevel level) {
    return new Quantity(org.id(), level.levelId(), BigDecimal.ONE);
  }

  private static PricedLevel level(long id, long serviceId, long areaId, boolean always) {
    return new PricedLevel(id, "L" + id, serviceId, areaId, always, false,
        new BigDecimal("100.00"));
  }

  private static Pool pool(long id, String code, long areaId, boolean companies,
      Set<Long> services) {
    return new Pool(id, code, areaId, AllocationKey.HEADCOUNT, companies, services,
        Amount.of("1000.00"), Map.of());
  }
}
