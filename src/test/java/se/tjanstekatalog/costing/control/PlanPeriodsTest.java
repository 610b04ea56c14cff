package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.control.PlanPeriods.Area;
import se.tjanstekatalog.costing.control.PlanPeriods.Entry;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.costing.control.PlanPeriods.Range;
import se.tjanstekatalog.ledger.domain.FinancingModel;

class PlanPeriodsTest {
  private static final Area ARBETSPLATS = new Area(1, "ARBETSPLATS", "Arbetsplats");
  private static final Area KOMMUNIKATION = new Area(2, "KOMMUNIKATION", "Kommunikation");
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth DEC = YearMonth.of(2026, 12);

  private static Entry entry(long id, Area area, YearMonth from, FinancingModel model) {
    return new Entry(id, 0, area.id(), from, model, null, "it", null);
  }

  @Test
  void theDemoPlanShowsArbetsplatsSwitchingInJulyAndTheRestOnChargeback() {
    List<Entry> entries = List.of(entry(1, ARBETSPLATS, YearMonth.of(2026, 7),
        FinancingModel.ALLOCATION));
    Range range = PlanPeriods.range(entries, JAN, DEC, YearMonth.of(2026, 11));
    assertEquals(new Range(JAN, YearMonth.of(2027, 7)), range, "12 months after the entry");

    List<Period> periods = PlanPeriods.periods(List.of(ARBETSPLATS, KOMMUNIKATION), entries,
        range, null);
    assertEquals(3, periods.size());
    Period before = periods.get(0);
    assertEquals(JAN, before.from());
    assertEquals(YearMonth.of(2026, 6), before.to());
    assertEquals(FinancingModel.CHARGEBACK, before.model());
    assertEquals(FinancingModel.ALLOCATION, before.shadow());
    assertNull(before.entry(), "the default stretch has no entry");
    Period after = periods.get(1);
    assertEquals(YearMonth.of(2026, 7), after.from());
    assertNull(after.to(), "the last period runs on");
    assertEquals(FinancingModel.ALLOCATION, after.model());
    assertEquals(FinancingModel.CHARGEBACK, after.shadow());
    assertTrue(after.changeable());
    assertEquals(YearMonth.of(2027, 8), after.drawnEnd(range.last()));
    Period komm = periods.get(2);
    assertEquals(KOMMUNIKATION, komm.area());
    assertEquals(JAN, komm.from());
    assertNull(komm.to());
    assertEquals(FinancingModel.CHARGEBACK, komm.model());
  }

  @Test
  void periodsOfAnAreaFollowOneAnotherWithoutGapsOrOverlap() {
    List<Entry> entries = List.of(
        entry(3, KOMMUNIKATION, YearMonth.of(2028, 1), FinancingModel.ALLOCATION),
        entry(1, KOMMUNIKATION, YearMonth.of(2026, 3), FinancingModel.ALLOCATION),
        entry(2, KOMMUNIKATION, YearMonth.of(2027, 1), FinancingModel.CHARGEBACK));
    Range range = PlanPeriods.range(entries, JAN, DEC, JAN);
    assertEquals(YearMonth.of(2029, 1), range.last());
    List<Period> periods = PlanPeriods.periods(List.of(KOMMUNIKATION), entries, range,
        YearMonth.of(2026, 12));
    assertEquals(4, periods.size());
    for (int i = 1; i < periods.size(); i++) {
      assertEquals(periods.get(i - 1).to().plusMonths(1), periods.get(i).from());
    }
    assertEquals(List.of(FinancingModel.CHARGEBACK, FinancingModel.ALLOCATION,
        FinancingModel.CHARGEBACK, FinancingModel.ALLOCATION),
        periods.stream().map(Period::model).toList());
    assertFalse(periods.get(1).changeable(), "2026-03 is at or before the locked 2026-12");
    assertTrue(periods.get(2).changeable());
  }

  @Test
  void anEntryBeforeTheFirstResultStartsTheRangeAndLeavesNoDefaultStretch() {
    List<Entry> entries = List.of(entry(1, ARBETSPLATS, YearMonth.of(2025, 9),
        FinancingModel.ALLOCATION));
    Range range = PlanPeriods.range(entries, JAN, DEC, JAN);
    assertEquals(YearMonth.of(2025, 9), range.first());
    assertEquals(DEC, range.last(), "the last result is after entry + 12");
    List<Period> periods = PlanPeriods.periods(List.of(ARBETSPLATS), entries, range, null);
    assertEquals(1, periods.size());
    assertEquals(FinancingModel.ALLOCATION, periods.get(0).model());
  }

  @Test
  void withoutResultsOrEntriesTheRangeIsTheComingYear() {
    Range range = PlanPeriods.range(List.of(), null, null, YearMonth.of(2027, 3));
    assertEquals(new Range(YearMonth.of(2027, 3), YearMonth.of(2028, 2)), range);
  }
}
