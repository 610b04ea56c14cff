package se.tjanstekatalog.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class AreaBindingTextTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final Map<Long, String> NAMES = Map.of(1L, "Arbetsplats", 2L, "Telefoni",
      3L, "Systemförvaltning");

  @Test
  void oneLinePerAreaWithTheReasonWhereTheOrgIsChargedPerUnit() {
    List<String> lines = AreaBindingText.lines(List.of(
        one(new AreaBinding(1, Kind.ALLOCATION, Set.of())),
        one(new AreaBinding(2, Kind.CHARGED, Set.of(Reason.COMPANY_OUTSIDE_POOL))),
        one(new AreaBinding(3, Kind.ALLOCATION_PARTLY_CHARGED,
            Set.of(Reason.NO_POOL, Reason.ALWAYS_CHARGED)))), NAMES);
    assertEquals(List.of("Arbetsplats: Solidarisk",
        "Telefoni: Internfakturering (bolag utanför pool)",
        "Systemförvaltning: Solidarisk, delvis per styck (tjänst som alltid debiteras per"
            + " styck, ingen pool för tjänsten)"), lines);
    assertEquals("Arbetsplats: Solidarisk · Telefoni: Internfakturering (bolag utanför pool)",
        AreaBindingText.joined(lines.subList(0, 2)));
  }

  @Test
  void anAreaThatSwitchedNamesEachStretchWithItsMonths() {
    AreaHistory h = new AreaHistory(1, List.of(
        new Stretch(JAN, JAN.plusMonths(5), new AreaBinding(1, Kind.CHARGEBACK, Set.of())),
        new Stretch(JAN.plusMonths(6), JAN.plusMonths(6),
            new AreaBinding(1, Kind.ALLOCATION, Set.of()))));
    assertEquals(List.of("Arbetsplats: Internfakturering 2026-01–2026-06, Solidarisk 2026-07"),
        AreaBindingText.lines(List.of(h), NAMES));
  }

  @Test
  void anUnknownAreaShowsItsId() {
    assertEquals(List.of("9: Internfakturering"), AreaBindingText.lines(
        List.of(one(new AreaBinding(9, Kind.CHARGEBACK, Set.of()))), NAMES));
  }

  private static AreaHistory one(AreaBinding b) {
    return new AreaHistory(b.areaId(), List.of(new Stretch(JAN, JAN, b)));
  }
}
