package se.tjanstekatalog.start.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgMonth;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.start.domain.WorkQueue.Item;

/** Att göra's helårsprognos items: over budget by more than 5 %, and a budget missing. */
class ForecastItemsTest {
  static final OrgInfo GSF = new OrgInfo(1, "GSF", "Grundskoleförvaltningen", false);
  static final OrgInfo SBK = new OrgInfo(2, "SBK", "Stadsbyggnadskontoret", false);
  static final OrgInfo KF = new OrgInfo(3, "KF", "Kulturförvaltningen", false);
  static final OrgInfo BOAB = new OrgInfo(4, "BOAB", "Bostads AB", true);

  /** Each org 1 000,00 binding a month, January–November: prognosis 12 000,00. */
  static YearForecast forecast() {
    List<OrgMonth> rows = new ArrayList<>();
    List<YearMonth> months = new ArrayList<>();
    for (int m = 1; m <= 11; m++) {
      YearMonth p = YearMonth.of(2026, m);
      months.add(p);
      for (long org = 1; org <= 4; org++) {
        rows.add(new OrgMonth(org, p, new Models(Amount.of("1000.00"), Amount.of("800.00"),
            Amount.of("1000.00"))));
      }
    }
    // GSF 6,7 % over; SBK exactly 5,0 % over (not a task); KF and BOAB without a budget
    return YearForecast.of(2026, months, List.of(GSF, SBK, KF, BOAB), rows, Map.of(),
        Map.of(1L, Amount.of("11250.00"), 2L, Amount.of("11428.58")));
  }

  @Test
  void theOwnOrgOverBudgetByMoreThanFivePercentOrWithoutABudget() {
    YearForecast f = forecast();
    assertEquals(List.of(new Item("forecastOver", List.of("GSF", "2026", "6,7\u00a0%"),
        "statements/dashboard.xhtml?year=2026&org=GSF&section=forecast#forecast")),
        WorkQueue.overBudget(f, 1L));
    assertEquals(List.of(), WorkQueue.overBudget(f, 2L));
    assertEquals(List.of(), WorkQueue.budgetMissing(f, 1L));
    assertEquals(List.of(new Item("forecastBudget", List.of("KF", "2026"),
        "statements/dashboard.xhtml?year=2026&org=KF&section=forecast#forecast")),
        WorkQueue.budgetMissing(f, 3L));
  }

  @Test
  void theControllerSeesEveryOrgOverBudgetAndOneItemForTheOrgsWithoutABudget() {
    YearForecast f = forecast();
    assertEquals(List.of("GSF"), WorkQueue.overBudget(f, null).stream()
        .map(i -> i.args().get(0)).toList());
    assertEquals(List.of(new Item("forecastBudgets", List.of("2026", "2", "BOAB, KF"),
        "statements/dashboard.xhtml?year=2026&section=forecast#forecast")),
        WorkQueue.budgetMissing(f, null));
  }
}
