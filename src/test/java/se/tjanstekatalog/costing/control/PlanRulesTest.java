package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.control.PlanRules.Checked;
import se.tjanstekatalog.costing.control.PlanRules.Existing;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Violation;

class PlanRulesTest {
  private static final long ARBETSPLATS = 1;
  private static final long KOMMUNIKATION = 2;
  private static final List<Existing> DEMO =
      List.of(new Existing(10, ARBETSPLATS, YearMonth.of(2026, 7)));

  private static Checked add(Long area, String from, YearMonth latestLocked) {
    return PlanRules.check(null, area, area == null ? null : "Kommunikation", from,
        FinancingModel.ALLOCATION, "Beslut", DEMO, latestLocked);
  }

  private static List<String> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).toList();
  }

  @Test
  void aWellFormedNewEntryPassesWithItsMonth() {
    Checked c = add(KOMMUNIKATION, " 2026-11 ", null);
    assertTrue(c.ok(), c.violations().toString());
    assertEquals(YearMonth.of(2026, 11), c.from());
  }

  @Test
  void monthsMustBeWrittenYearDashMonth() {
    for (String bad : List.of("2026-13", "2026-1", "26-11", "nov 2026", "2026/11", "2026-00",
        "2026-11-01")) {
      Checked c = add(KOMMUNIKATION, bad, null);
      assertNull(c.from(), bad);
      assertEquals(List.of("Från månad: ”" + bad + "” är ingen månad. Skriv den som ÅÅÅÅ-MM,"
          + " t.ex. 2027-01."), messages(c.violations()), bad);
    }
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    Checked c = PlanRules.check(null, null, null, "  ", null, null, DEMO, null);
    assertEquals(List.of("Tjänsteområde: välj ett tjänsteområde.",
        "Från månad: ange en månad som ÅÅÅÅ-MM.",
        "Skarp modell: välj internfakturering eller solidarisk fördelning."),
        messages(c.violations()));
  }

  @Test
  void aSecondEntryForTheSameAreaAndMonthIsRefused() {
    Checked c = PlanRules.check(null, ARBETSPLATS, "Arbetsplats", "2026-07",
        FinancingModel.CHARGEBACK, null, DEMO, null);
    assertEquals(List.of("Från månad: det finns redan en post för Arbetsplats från 2026-07."
        + " Ändra den i stället."), messages(c.violations()));
  }

  @Test
  void changingAnEntryDoesNotCollideWithItself() {
    Existing editing = DEMO.get(0);
    Checked c = PlanRules.check(editing, ARBETSPLATS, "Arbetsplats", "2026-07",
        FinancingModel.CHARGEBACK, "Ångrat", DEMO, null);
    assertTrue(c.ok(), c.violations().toString());
  }

  @Test
  void aLockedMonthAndEveryMonthBeforeItAreRefusedNamingTheLockedMonth() {
    YearMonth locked = YearMonth.of(2035, 1);
    assertEquals(List.of("Från månad: 2035-01 går inte, eftersom 2035-01 är låst. Planen kan"
        + " bara ändras från 2035-02."), messages(add(KOMMUNIKATION, "2035-01", locked)
        .violations()));
    assertEquals(List.of("Från månad: 2026-11 går inte, eftersom 2035-01 är låst. Planen kan"
        + " bara ändras från 2035-02."), messages(add(KOMMUNIKATION, "2026-11", locked)
        .violations()));
    assertTrue(add(KOMMUNIKATION, "2035-02", locked).ok());
  }

  @Test
  void anEntryReachingALockedMonthCanNeitherMoveNorGo() {
    Existing editing = DEMO.get(0);
    YearMonth locked = YearMonth.of(2026, 9);
    Checked moved = PlanRules.check(editing, ARBETSPLATS, "Arbetsplats", "2027-01",
        FinancingModel.ALLOCATION, null, DEMO, locked);
    assertEquals(List.of("Posten från 2026-07 kan inte ändras eller tas bort, eftersom 2026-09"
        + " är låst. Planen kan bara ändras från 2026-10."), messages(moved.violations()));
    assertEquals(1, PlanRules.checkRemove(editing, locked).size());
    assertTrue(PlanRules.checkRemove(editing, YearMonth.of(2026, 6)).isEmpty());
    assertFalse(PlanRules.changeable(YearMonth.of(2026, 9), locked));
    assertTrue(PlanRules.changeable(YearMonth.of(2026, 10), locked));
  }

  @Test
  void aNoteHasAtMost500Characters() {
    Checked c = PlanRules.check(null, KOMMUNIKATION, "Kommunikation", "2027-01",
        FinancingModel.ALLOCATION, "x".repeat(501), DEMO, null);
    assertEquals(List.of("Anteckning: högst 500 tecken."), messages(c.violations()));
  }
}
