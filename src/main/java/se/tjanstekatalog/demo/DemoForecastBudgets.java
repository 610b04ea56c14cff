package se.tjanstekatalog.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Map;
import se.tjanstekatalog.organisation.entity.OrgUnit;

/**
 * The demo's yearly IT budgets for 2026 (the helårsprognos's budget; there is no budgetunderlag
 * for 2026): each near the org's 2026 binding prognosis (January–November stored + the run-rate
 * of September–November for December), some under and some over it, three of them (FGK, GSF,
 * OFN) by more than the work queue's 5 %. Only the forecast_budget table; no figure of 2026
 * changes.
 */
final class DemoForecastBudgets {
  static final int YEAR = 2026;

  /** Org code → the year's IT budget, kr. */
  static final Map<String, String> BUDGETS = Map.ofEntries(
      Map.entry("ASF", "35000000"), Map.entry("BOAB", "1850000"),
      Map.entry("EAB", "4300000"), Map.entry("FGK", "16000000"),
      Map.entry("FRF", "6700000"), Map.entry("FSF", "54000000"),
      Map.entry("FUF", "42000000"), Map.entry("GSF", "105000000"),
      Map.entry("GVF", "35500000"), Map.entry("HVOF", "96000000"),
      Map.entry("KF", "7500000"), Map.entry("MF", "3100000"),
      Map.entry("OFN", "600000"), Map.entry("PAB", "250000"),
      Map.entry("SBK", "9500000"), Map.entry("SF", "36000000"),
      Map.entry("SLK", "6300000"), Map.entry("SNAB", "470000"));

  private DemoForecastBudgets() {}

  static void load(EntityManager em, Map<String, OrgUnit> orgs) {
    em.flush();
    BUDGETS.forEach((code, amount) -> {
      OrgUnit org = orgs.get(code);
      if (org != null) {
        em.createNativeQuery("INSERT INTO forecast_budget (budget_year, org_id, amount,"
            + " changed_by) VALUES (?, ?, ?, 'it')")
            .setParameter(1, YEAR).setParameter(2, org.getId())
            .setParameter(3, new BigDecimal(amount)).executeUpdate();
      }
    });
  }
}
