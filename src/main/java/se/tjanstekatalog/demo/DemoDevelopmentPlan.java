package se.tjanstekatalog.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.devplan.control.DevPlanStore;
import se.tjanstekatalog.devplan.control.DevPlanStore.InitiativeRow;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.Initiative.Budget;
import se.tjanstekatalog.devplan.domain.Initiative.Decision;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.devplan.domain.Quarter;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.shared.Amount;

/**
 * The demo's utvecklingsplan 2026: 7 000 000 kr decided of 41 000 000 kr requested (KS
 * 2025-09-15 § 426), five initiatives whose 2026 budgets sum to exactly the frame, statuses
 * for Q1–Q3 (Q4 for two), some manual costs and expected and realised benefits. Only the
 * digital school platform is linked to billed development consumption (DIG-UTV of
 * Grundskoleförvaltningen and Gymnasie- och vuxenutbildningsförvaltningen): it reads the demo's
 * existing consumption and adds none, so the demo's computed figures stay as they are.
 */
final class DemoDevelopmentPlan {
  static final int YEAR = 2026;
  private static final String BY = "it";
  private static final Decision KS = new Decision("KS", LocalDate.of(2025, 9, 15), "§ 426");

  private DemoDevelopmentPlan() {}

  static void load(EntityManager em, Map<String, OrgUnit> orgs) {
    em.flush();
    Connection c = em.unwrap(Connection.class);
    try {
      long plan = DevPlanStore.savePlan(c, YEAR, kr(7_000_000), kr(41_000_000),
          "KS 2025-09-15 § 426", BY);
      long eService = initiative(c, plan, orgs, "E-tjänsteplattform",
          "Invånarna gör sina ärenden digitalt dygnet runt: 40 nya e-tjänster till 2027.",
          "Lena Lindqvist, digitaliseringschef", KS, null, List.of("SLK", "SBK", "ASF"),
          budget(2026, Financing.CENTRAL, 1_800_000), budget(2027, Financing.CENTRAL, 600_000));
      long integration = initiative(c, plan, orgs, "Gemensam integrationsplattform",
          "En plattform för alla verksamhetssystemens integrationer i stället för punkt till"
              + " punkt.", "Anders Sundberg, IT-chef", KS, null, List.of("SF"),
          budget(2026, Financing.CENTRAL, 1_500_000));
      long school = initiative(c, plan, orgs, "Digital skolplattform",
          "En lärplattform för grundskola och gymnasium med gemensam inloggning.",
          "Johan Ek, förvaltningschef", new Decision("KS", LocalDate.of(2025, 9, 15), "§ 427"),
          "DIG-UTV", List.of("GSF", "GVF"), budget(2026, Financing.CENTRAL, 1_200_000),
          budget(2026, Financing.ORG_BILLED, 800_000));
      long ai = initiative(c, plan, orgs, "AI-stöd i ärendehantering",
          "Kortare handläggningstider med AI-stöd för sortering och utkast till beslut.",
          "Fatima Hassan, utvecklingsledare", KS, null, List.of("ASF", "HVOF"),
          budget(2026, Financing.CENTRAL, 700_000), budget(2026, Financing.EXTERNAL, 300_000));
      long security = initiative(c, plan, orgs, "Informationssäkerhetslyft",
          "Alla förvaltningar klassar sin information och utbildar sina medarbetare.",
          "Per Åström, säkerhetschef", KS, null, List.of("SLK", "HVOF", "FUF"),
          budget(2026, Financing.CENTRAL, 700_000));

      status(c, eService, 1, InitiativeStatus.ON_TRACK, "Plattformen upphandlad, avtal tecknat.");
      status(c, eService, 2, InitiativeStatus.ON_TRACK, "De tio första e-tjänsterna i drift.");
      status(c, eService, 3, InitiativeStatus.AT_RISK,
          "Integrationen mot ärendesystemet är försenad hos leverantören.");
      status(c, integration, 1, InitiativeStatus.ON_TRACK, "Arkitektur beslutad.");
      status(c, integration, 2, InitiativeStatus.LATE, "Upphandlingen överprövades.");
      status(c, integration, 3, InitiativeStatus.LATE,
          "Ny tilldelning i augusti; start flyttad till oktober.");
      status(c, school, 1, InitiativeStatus.ON_TRACK, "Pilot på fyra skolor.");
      status(c, school, 2, InitiativeStatus.ON_TRACK, "Alla grundskolor anslutna.");
      status(c, school, 3, InitiativeStatus.ON_TRACK, "Gymnasiet anslutet till skolstarten.");
      status(c, school, 4, InitiativeStatus.DONE, "Driften överlämnad till förvaltningen.");
      status(c, ai, 1, InitiativeStatus.ON_TRACK, "Förstudie klar.");
      status(c, ai, 2, InitiativeStatus.AT_RISK, "Juridisk bedömning av personuppgifter dröjer.");
      status(c, ai, 3, InitiativeStatus.ON_TRACK, "Test i försörjningsstödet.");
      status(c, security, 1, InitiativeStatus.ON_TRACK, "Utbildningsmaterial klart.");
      status(c, security, 2, InitiativeStatus.ON_TRACK, "Hälften av förvaltningarna utbildade.");
      status(c, security, 3, InitiativeStatus.ON_TRACK, "Informationsklassning pågår.");
      status(c, security, 4, InitiativeStatus.ON_TRACK, "Sista utbildningarna i november.");

      cost(c, eService, "2026-03-31", "640000.00", "Licens e-tjänsteplattform 2026");
      cost(c, eService, "2026-06-30", "385250.00", "Konsulter, formulärutveckling");
      cost(c, integration, "2026-10-31", "212400.00", "Konsulter, integrationsarkitekt");
      cost(c, school, "2026-04-30", "455000.00", "Licenser lärplattform");
      cost(c, ai, "2026-05-31", "180000.00", "Förstudie, extern part");
      cost(c, security, "2026-09-30", "265800.00", "Utbildningar, extern leverantör");

      benefit(c, eService, orgs, "SBK", "450000.00", "900", "120000.00", "260");
      benefit(c, eService, orgs, "ASF", "600000.00", "1500", "90000.00", "210");
      benefit(c, school, orgs, "GSF", "900000.00", "2400", "350000.00", "1100");
      benefit(c, school, orgs, "GVF", "300000.00", "800", "80000.00", "300");
      benefit(c, ai, orgs, "ASF", "1200000.00", "3000", "0.00", "0");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo's utvecklingsplan", e);
    }
  }

  private static long initiative(Connection c, long plan, Map<String, OrgUnit> orgs, String name,
      String goal, String owner, Decision decision, String service, List<String> orgCodes,
      Budget... budgets) throws SQLException {
    List<Long> ids = new ArrayList<>();
    orgCodes.forEach(code -> ids.add(orgs.get(code).getId()));
    Long serviceId = service == null ? null : DevPlanStore.serviceId(c, service).orElseThrow();
    return DevPlanStore.saveInitiative(c, plan, null, new InitiativeRow(name, goal, owner,
        decision, serviceId, ids, List.of(budgets)), BY);
  }

  private static void status(Connection c, long initiative, int quarter, InitiativeStatus s,
      String text) throws SQLException {
    DevPlanStore.saveStatus(c, initiative, new Quarter(YEAR, quarter), s, text, BY);
  }

  private static void cost(Connection c, long initiative, String date, String amount,
      String text) throws SQLException {
    DevPlanStore.addCost(c, initiative, LocalDate.parse(date), Amount.of(amount), text, BY);
  }

  private static void benefit(Connection c, long initiative, Map<String, OrgUnit> orgs,
      String org, String expectedKr, String expectedHours, String realisedKr,
      String realisedHours) throws SQLException {
    DevPlanStore.saveBenefit(c, initiative, orgs.get(org).getId(), Amount.of(expectedKr),
        new BigDecimal(expectedHours), Amount.of(realisedKr), new BigDecimal(realisedHours), BY);
  }

  private static Budget budget(int year, Financing financing, long kronor) {
    return new Budget(year, financing, kr(kronor));
  }

  private static Amount kr(long kronor) {
    return Amount.of(BigDecimal.valueOf(kronor));
  }
}
