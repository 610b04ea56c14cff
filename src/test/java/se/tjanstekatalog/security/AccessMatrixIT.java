package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/**
 * The URL × role walk a security review does, kept as a regression test: every page and
 * every read endpoint, asked by an anonymous caller and by each role, answers exactly as the
 * role table in docs/SECURITY.md says. A page or endpoint added without a line here fails
 * nothing, so add it here when you add it (the walk counts what it asked).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
  private static final String PASSWORD = "demo";
  /** A computed month of the demo year (the container tests keep its months open). */
  private static final String MONTH = "2026-06";

  private static final String VIEWER = "personal.gsf";
  private static final String ORG_FINANCE = "ekonom.gsf";
  private static final String IT = "it";
  private static final String ADMIN = "admin";
  private static final List<String> ROLES = List.of(VIEWER, ORG_FINANCE, IT, ADMIN);
  private static final Set<String> EVERYONE = Set.copyOf(ROLES);
  private static final Set<String> FINANCE_IT_ADMIN = Set.of(ORG_FINANCE, IT, ADMIN);

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  /** Pages and who may open them (the rest get 403, anonymous callers the login page). */
  static Map<String, Set<String>> pages() {
    Map<String, Set<String>> pages = new LinkedHashMap<>();
    pages.put("index.xhtml", EVERYONE);
    pages.put("catalogue/catalogue.xhtml", EVERYONE);
    pages.put("catalogue/service.xhtml?code=ARB-DATOR", EVERYONE);
    pages.put("catalogue/subscriptions.xhtml", EVERYONE);
    pages.put("catalogue/proposals.xhtml", FINANCE_IT_ADMIN);
    pages.put("catalogue/pricelists.xhtml", Set.of(IT));
    pages.put("catalogue/areas.xhtml", Set.of(IT));
    pages.put("consumption/overview.xhtml", EVERYONE);
    pages.put("consumption/imports.xhtml", Set.of(IT));
    pages.put("consumption/manual.xhtml", Set.of(IT));
    pages.put("consumption/focus.xhtml", Set.of(IT));
    pages.put("consumption/rates.xhtml", Set.of(IT));
    pages.put("consumption/tokens.xhtml", Set.of(IT));
    pages.put("organisation/orgs.xhtml", EVERYONE);
    pages.put("organisation/org.xhtml?code=GSF", EVERYONE);
    pages.put("organisation/keyvalues.xhtml", EVERYONE);
    pages.put("costing/runs.xhtml", Set.of(IT));
    pages.put("costing/pools.xhtml", Set.of(IT));
    pages.put("costing/whatif.xhtml", Set.of(IT));
    pages.put("costing/comparison.xhtml", FINANCE_IT_ADMIN);
    pages.put("costing/kommuner.xhtml?year=2026", Set.of(IT, ADMIN));
    pages.put("costing/budget.xhtml", FINANCE_IT_ADMIN);
    pages.put("budget/budgetunderlag.xhtml", FINANCE_IT_ADMIN);
    pages.put("costing/plan.xhtml", FINANCE_IT_ADMIN);
    pages.put("costing/annual.xhtml", FINANCE_IT_ADMIN);
    pages.put("statements/statement.xhtml?month=" + MONTH + "&org=GSF", EVERYONE);
    pages.put("statements/summary.xhtml?month=" + MONTH, FINANCE_IT_ADMIN);
    pages.put("statements/dashboard.xhtml", FINANCE_IT_ADMIN);
    pages.put("statements/review.xhtml", Set.of(ORG_FINANCE, IT));
    pages.put("statements/periods.xhtml", Set.of(IT));
    pages.put("statements/adjustments.xhtml", Set.of(IT));
    pages.put("statements/accounting.xhtml", Set.of(IT, ADMIN));
    pages.put("notifications.xhtml", EVERYONE);
    pages.put("help/glossary.xhtml", EVERYONE);
    pages.put("admin/users.xhtml", Set.of(ADMIN));
    pages.put("admin/settings.xhtml", Set.of(ADMIN));
    pages.put("admin/audit.xhtml", Set.of(IT, ADMIN));
    pages.put("admin/sso.xhtml", Set.of(ADMIN));
    pages.put("admin/kommuner.xhtml", Set.of(ADMIN));
    pages.put("admin/setup.xhtml", Set.of(IT, ADMIN));
    // Payara's MicroProfile Metrics, served in the application's context
    pages.put("metrics", Set.of(IT, ADMIN));
    return pages;
  }

  /** Read endpoints and who may call them (the rest get 403, anonymous callers 401). */
  static Map<String, Set<String>> endpoints() {
    Map<String, Set<String>> api = new LinkedHashMap<>();
    api.put("api/v1/services", EVERYONE);
    api.put("api/v1/services/ARB-DATOR", EVERYONE);
    api.put("api/v1/catalogue/export.pdf", EVERYONE);
    api.put("api/v1/catalogue/export.xlsx", EVERYONE);
    api.put("api/v1/catalogue/workbook?year=2026", Set.of(IT, ADMIN));
    api.put("api/v1/catalogue/workbook/template", Set.of(IT, ADMIN));
    api.put("api/v1/organisations", EVERYONE);
    api.put("api/v1/organisations/GSF", EVERYONE);
    api.put("api/v1/organisations/workbook", Set.of(IT, ADMIN));
    api.put("api/v1/organisations/workbook/template", Set.of(IT, ADMIN));
    api.put("api/v1/periods/" + MONTH + "/results", EVERYONE);
    api.put("api/v1/periods/" + MONTH + "/statements/GSF", EVERYONE);
    api.put("api/v1/periods/" + MONTH + "/statements/GSF.pdf", EVERYONE);
    api.put("api/v1/periods/" + MONTH + "/statements/GSF.xlsx", EVERYONE);
    api.put("api/v1/periods/" + MONTH + "/statements/GSF.csv", EVERYONE);
    api.put("api/v1/periods/" + MONTH + "/statements.zip", Set.of(IT, ADMIN));
    api.put("api/v1/comparison/export.xlsx", FINANCE_IT_ADMIN);
    api.put("api/v1/dashboard?year=2026", FINANCE_IT_ADMIN);
    api.put("api/v1/dashboard/export.xlsx?year=2026", FINANCE_IT_ADMIN);
    api.put("api/v1/annual-report/2026", FINANCE_IT_ADMIN);
    api.put("api/v1/consumption/overview.xlsx?month=" + MONTH, EVERYONE);
    api.put("api/v1/periods/overview.xlsx?year=2026", Set.of(IT));
    api.put("api/v1/users", Set.of(ADMIN));
    api.put("api/v1/consumption/" + MONTH, EVERYONE);
    api.put("api/v1/keyvalues/" + MONTH, EVERYONE);
    api.put("api/v1/pools/" + MONTH, EVERYONE);
    api.put("api/v1/pricelists", EVERYONE);
    api.put("api/v1/modelplan", FINANCE_IT_ADMIN);
    api.put("api/v1/kommuner?year=2026", Set.of(IT, ADMIN));
    api.put("api/v1/budget/2027", FINANCE_IT_ADMIN);
    api.put("api/v1/audit", Set.of(IT, ADMIN));
    api.put("api/v1/audit/export.xlsx", Set.of(IT, ADMIN));
    api.put("api/v1/exchange-rates", Set.of(IT, ADMIN));
    return api;
  }

  @Test
  void everyPageAnswersEachRoleAsTheRoleTableSays() {
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (var page : pages().entrySet()) {
      Page anonymous = new PortalClient(base).get(page.getKey());
      asked++;
      if (anonymous.status() != 302
          || !anonymous.header("Location").contains("/login.xhtml")) {
        wrong.add("anonymous " + page.getKey() + " → " + anonymous.status());
      }
    }
    for (String user : ROLES) {
      PortalClient client = PortalClient.loggedIn(base, user, PASSWORD);
      for (var page : pages().entrySet()) {
        Page answer = client.get(page.getKey());
        asked++;
        int expected = page.getValue().contains(user) ? 200 : 403;
        if (answer.status() != expected) {
          wrong.add(user + " " + page.getKey() + " → " + answer.status() + ", expected "
              + expected);
        } else if (expected == 403) {
          assertFalse(answer.body().contains("\tat "), "no stack trace on " + page.getKey());
        }
      }
    }
    assertEquals(List.of(), wrong, "pages answered against the role table");
    assertEquals(pages().size() * (ROLES.size() + 1), asked);
  }

  @Test
  void everyReadEndpointAnswersEachRoleAsTheRoleTableSays() {
    List<String> wrong = new ArrayList<>();
    for (var endpoint : endpoints().entrySet()) {
      Page anonymous = new PortalClient(base).get(endpoint.getKey());
      if (anonymous.status() != 401) {
        wrong.add("anonymous " + endpoint.getKey() + " → " + anonymous.status());
      }
      for (String user : ROLES) {
        Page answer = basic(endpoint.getKey(), user);
        int expected = endpoint.getValue().contains(user) ? 200 : 403;
        if (answer.status() != expected) {
          wrong.add(user + " " + endpoint.getKey() + " → " + answer.status() + ", expected "
              + expected);
        }
      }
    }
    assertEquals(List.of(), wrong, "endpoints answered against the role table");
  }

  /** A GET with HTTP Basic that accepts any type, as a download link or an integration does. */
  private Page basic(String path, String user) {
    return new PortalClient(base).downloadWithBasic(path, user, PASSWORD);
  }


  /**
   * A VIEWER sees their own org only: another org's statement in every format, its
   * consumption and its statement page are refused, whatever the path.
   */
  @Test
  void aViewerNeverReadsAnotherOrgsStatementOrConsumption() {
    List<String> leaks = new ArrayList<>();
    PortalClient session = PortalClient.loggedIn(base, VIEWER, PASSWORD);
    Map<String, String> others = Map.of("SLK", "Stadsledningskontoret", "BOAB", "Bostads AB",
        "HVOF", "Hälsa-, vård- och omsorgsförvaltningen");
    for (String other : others.keySet()) {
      for (String suffix : List.of("", ".pdf", ".xlsx", ".csv")) {
        String path = "api/v1/periods/" + MONTH + "/statements/" + other + suffix;
        int viaBasic = basic(path, VIEWER).status();
        int viaSession = session.get(path).status();
        if (viaBasic != 403 || viaSession != 403) {
          leaks.add(path + " → " + viaBasic + "/" + viaSession);
        }
      }
      Page statementPage =
          session.get("statements/statement.xhtml?month=" + MONTH + "&org=" + other);
      if (statementPage.status() == 200 && statementPage.body().contains(others.get(other))) {
        leaks.add("statement page of " + other);
      }
      int foreignResults = session.get(
          "api/v1/periods/" + MONTH + "/results?org=" + other).status();
      if (foreignResults != 403) {
        leaks.add("results?org=" + other + " → " + foreignResults);
      }
    }
    Page overview = session.get("consumption/overview.xhtml?period=" + MONTH);
    assertEquals(200, overview.status());
    assertTrue(overview.body().contains(">GSF<"), "own org's consumption is there");
    for (String other : List.of("SLK", "BOAB", "HVOF")) {
      if (overview.body().contains(">" + other + "<")) {
        leaks.add("consumption overview shows " + other);
      }
    }
    Page results = session.get("api/v1/periods/" + MONTH + "/results");
    assertEquals(200, results.status());
    assertTrue(results.body().contains("\"GSF\""), "own org's results are there");
    for (String other : List.of("\"SLK\"", "\"BOAB\"", "\"HVOF\"")) {
      if (results.body().contains(other)) {
        leaks.add("results of " + other);
      }
    }
    assertEquals(List.of(), leaks, "another org's data reached a VIEWER");
  }
}
