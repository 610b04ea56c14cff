package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The org register and key value grid through their pages, as the browser posts them:
 * Swedish messages for bad input, nothing saved, and the optimistic-lock message when two
 * people edit the same org.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationRegisterIT {
  private static final String ORGS = "organisation/orgs.xhtml";
  private static final String GRID = "organisation/keyvalues.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void everyoneBrowsesTheRegisterButOnlyAdminSeesEditControls() {
    PortalClient viewer = loggedIn("personal.gsf");
    String html = viewer.get(ORGS).body();
    assertTrue(html.contains("Grundskoleförvaltningen"));
    assertTrue(html.contains("Parkerings AB"));
    assertFalse(html.contains("Ny organisation"), "no create button for a viewer");
    assertFalse(html.contains(":edit\""), "no edit buttons for a viewer");

    String adminHtml = loggedIn("admin").get(ORGS).body();
    assertTrue(adminHtml.contains("Ny organisation"));
  }

  @Test
  void badOrgInputGivesSwedishMessagesAndSavesNothing() {
    PortalClient admin = loggedIn("admin");
    Page page = admin.get(ORGS);
    Map<String, String> fields = PortalClient.inputs(page.body(), "orgDialogForm");
    fields.put("orgDialogForm:code", "GSF");
    fields.put("orgDialogForm:name", "Dubblett");
    fields.put("orgDialogForm:costCentre", "9999");
    fields.put("orgDialogForm:counterpart", "6");
    fields.put("orgDialogForm:activeFrom_input", "2026-05-01");
    fields.put("orgDialogForm:activeTo_input", "2026-01-31");
    Page response = admin.ajax(ORGS, fields, "orgDialogForm:save", "orgDialogForm",
        "orgDialogForm");
    String body = response.body();
    assertTrue(body.contains("Kod: ”GSF” används redan av Grundskoleförvaltningen."), body);
    assertTrue(body.contains("Aktiv till: slutdatumet 2026-01-31 ligger före startdatumet"
        + " 2026-05-01."), body);
    assertTrue(body.contains("Motpart: ”6” är en bolagskod; en förvaltning har motpart 1–4."),
        body);
    assertEquals(0, count("SELECT COUNT(*) FROM org_unit WHERE name = 'Dubblett'"));
  }

  @Test
  void adminCreatesAnOrgThatEveryoneThenSees() {
    PortalClient admin = loggedIn("admin");
    Map<String, String> fields = PortalClient.inputs(admin.get(ORGS).body(), "orgDialogForm");
    fields.put("orgDialogForm:code", "VAAB");
    fields.put("orgDialogForm:name", "Vatten AB");
    fields.put("orgDialogForm:kind_input", "COMPANY");
    fields.put("orgDialogForm:costCentre", "8500");
    fields.put("orgDialogForm:counterpart", "5");
    fields.put("orgDialogForm:activeFrom_input", "2026-01-01");
    fields.put("orgDialogForm:activeTo_input", "");
    Page response = admin.ajax(ORGS, fields, "orgDialogForm:save", "orgDialogForm",
        "orgDialogForm orgs:table");
    assertTrue(response.body().contains("Organisationen Vatten AB har skapats."),
        response.body());
    assertEquals(1, count("SELECT COUNT(*) FROM org_unit WHERE code = 'VAAB'"
        + " AND kind = 'COMPANY'"));
    Page api = new PortalClient(base).getWithBasic("api/v1/organisations/VAAB", "personal.gsf",
        "demo");
    assertEquals(200, api.status());
    assertTrue(api.body().contains("\"name\":\"Vatten AB\""));
  }

  /** The demo name is put back afterwards: other classes show Miljöförvaltningen by name. */
  @Test
  void twoAdminsEditingTheSameOrgGiveTheSecondAnOptimisticLockMessage() {
    try {
      twoAdminsEditTheSameOrg();
    } finally {
      update("UPDATE org_unit SET name = ? WHERE code = ?", "Miljöförvaltningen", "MF");
    }
  }

  private void twoAdminsEditTheSameOrg() {
    PortalClient first = loggedIn("admin");
    PortalClient second = loggedIn("admin");
    Map<String, String> firstDialog = openEditDialog(first, "Miljöförvaltningen");
    Map<String, String> secondDialog = openEditDialog(second, "Miljöförvaltningen");

    firstDialog.put("orgDialogForm:name", "Miljö- och hälsoskyddsförvaltningen");
    Page saved = first.ajax(ORGS, firstDialog, "orgDialogForm:save", "orgDialogForm",
        "orgDialogForm");
    assertTrue(saved.body().contains("Ändringarna för Miljö- och hälsoskyddsförvaltningen"
        + " har sparats."), saved.body());

    secondDialog.put("orgDialogForm:costCentre", "4199");
    Page conflict = second.ajax(ORGS, secondDialog, "orgDialogForm:save", "orgDialogForm",
        "orgDialogForm");
    assertTrue(conflict.body().contains("Någon annan har ändrat Miljö- och"
        + " hälsoskyddsförvaltningen medan du redigerade."), conflict.body());
    assertEquals(0, count("SELECT COUNT(*) FROM org_unit WHERE cost_centre = '4199'"));
  }

  /** The two changed demo values are put back afterwards (they are the demo year's inputs). */
  @Test
  void controllerSavesKeyValuesAndANegativeHeadcountSavesNothing() throws Exception {
    String gsfAprilBefore = Long.toString(headcount("GSF", "2026-04-01"));
    String slkMarchBefore = Long.toString(headcount("SLK", "2026-03-01"));
    try {
      savesKeyValuesAndANegativeHeadcountSavesNothing();
    } finally {
      update(HEADCOUNT_BACK, gsfAprilBefore, "GSF", "2026-04-01");
      update(HEADCOUNT_BACK, slkMarchBefore, "SLK", "2026-03-01");
    }
  }

  private void savesKeyValuesAndANegativeHeadcountSavesNothing() {
    PortalClient it = loggedIn("it");
    Page grid = it.get(GRID);
    assertTrue(grid.body().contains("Antal medarbetare 2026"), "grid caption shown");
    Map<String, String> fields = PortalClient.inputs(grid.body(), "kv");
    String gsfMarch = cellName(grid.body(), "Grundskoleförvaltningen 2026-03");
    String gsfApril = cellName(grid.body(), "Grundskoleförvaltningen 2026-04");
    String slkMarch = cellName(grid.body(), "Stadsledningskontoret 2026-03");
    fields.put("kv:year_input", "2026");
    fields.put(gsfMarch, "-5");
    fields.put(slkMarch, "431");
    Page refused = it.ajax(GRID, fields, "kv:save", "kv", "kv");
    assertTrue(refused.body().contains("GSF 2026-03: Antal medarbetare kan inte vara negativt"
        + " (-5)."), refused.body());
    assertEquals(0, count("SELECT COUNT(*) FROM org_key_value k JOIN org_unit o ON o.id ="
        + " k.org_id WHERE o.code = 'SLK' AND k.period = '2026-03-01' AND k.headcount = 431"),
        "nothing saved when one cell is bad");

    Map<String, String> good = PortalClient.inputs(it.get(GRID).body(), "kv");
    good.put(gsfApril, "9 123");
    good.put(slkMarch, "431");
    Page saved = it.ajax(GRID, good, "kv:save", "kv", "kv");
    assertTrue(saved.body().contains("Nyckelvärdena har sparats (2 ändrade värden)."),
        saved.body());
    assertEquals(1, count("SELECT COUNT(*) FROM org_key_value k JOIN org_unit o ON o.id ="
        + " k.org_id WHERE o.code = 'GSF' AND k.period = '2026-04-01' AND k.headcount = 9123"));
  }

  @Test
  void viewerCannotSaveKeyValues() {
    PortalClient viewer = loggedIn("personal.gsf");
    String html = viewer.get(GRID).body();
    assertFalse(html.contains("kv:save"), "no save button for a viewer");
    assertFalse(html.contains("class=\"tk-cell"), "no inputs for a viewer");
  }

  private Map<String, String> openEditDialog(PortalClient client, String orgName) {
    Page page = client.get(ORGS);
    Matcher m = Pattern.compile("<button id=\"(orgs:table:\\d+:edit)\"[^>]*title=\"Redigera "
        + Pattern.quote(orgName) + "\"").matcher(page.body());
    assertTrue(m.find(), "edit button for " + orgName);
    Map<String, String> listFields = PortalClient.inputs(page.body(), "orgs");
    Page dialog = client.ajax(ORGS, listFields, m.group(1), m.group(1), "orgDialogForm");
    Map<String, String> fields = PortalClient.inputs(dialog.body(), "orgDialogForm");
    fields.put("jakarta.faces.ViewState", listFields.get("jakarta.faces.ViewState"));
    return fields;
  }

  /** The grid input whose accessible name is "<org name> <month>". */
  private static String cellName(String html, String label) {
    Matcher m = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*aria-label=\""
        + Pattern.quote(label) + "\"").matcher(html);
    assertTrue(m.find(), "cell " + label);
    return m.group(1);
  }

  private static final String HEADCOUNT_BACK = "UPDATE org_key_value k JOIN org_unit o"
      + " ON o.id = k.org_id SET k.headcount = ? WHERE o.code = ? AND k.period = ?";

  private static long headcount(String org, String period) {
    return count("SELECT k.headcount FROM org_key_value k JOIN org_unit o ON o.id = k.org_id"
        + " WHERE o.code = '" + org + "' AND k.period = '" + period + "'");
  }

  private static void update(String sql, String... values) {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 1, values[i]);
      }
      assertEquals(1, ps.executeUpdate(), sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private PortalClient loggedIn(String user) {
    return PortalClient.loggedIn(base, user, "demo");
  }

  private static long count(String sql) {
    return TestDatabase.count(sql);
  }
}
