package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 17, part 2: IT_CONTROLLER corrects a service's unit and financing and a level's name
 * and description on the service page, each change in the audit trail. A correction of the
 * financing marks stale the computed, open months that use the service, and only those, and
 * records why for the month's pages. Works on the demo's Utvecklingstimmar (DIG-UTV, used in
 * every demo month, by no other container-test class); puts every value back.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueCorrectionIT {
  private static final String PATH = "catalogue/service.xhtml?code=DIG-UTV&asOf=2026-11";
  private static final String USED_IN_MONTH = "SELECT DATE_FORMAT(r.period, '%Y-%m')"
      + " FROM costing_run r JOIN service sv ON sv.code = 'DIG-UTV'"
      + " WHERE NOT EXISTS (SELECT 1 FROM period p WHERE p.period = r.period"
      + " AND p.status = 'LOCKED')"
      + " AND (EXISTS (SELECT 1 FROM consumption_sum cs JOIN service_level l ON l.id = cs.level_id"
      + " WHERE l.service_id = sv.id AND cs.period = r.period)"
      + " OR EXISTS (SELECT 1 FROM subscription s WHERE s.service_id = sv.id"
      + " AND s.valid_from <= LAST_DAY(r.period)"
      + " AND (s.valid_to IS NULL OR s.valid_to >= r.period))) ORDER BY r.period";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aFinancingCorrectionMarksTheMonthsThatUseTheServiceStaleAndIsAudited()
      throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    List<String> used = strings(USED_IN_MONTH);
    assertFalse(used.isEmpty(), "the demo year uses DIG-UTV in computed months");
    assertTrue(used.containsAll(List.of("2026-01", "2026-06", "2026-12")), "" + used);
    String current = "SELECT DATE_FORMAT(period, '%Y-%m') FROM costing_run WHERE stale = FALSE"
        + " ORDER BY period";
    List<String> currentBefore = strings(current);
    String reasons = "SELECT DATE_FORMAT(period, '%Y-%m') FROM input_change"
        + " WHERE kind = 'CATALOGUE' AND changed_by = 'it' AND detail = 'DIG-UTV Utvecklingstimmar'"
        + " ORDER BY period, id";
    List<String> reasonsBefore = strings(reasons);

    Page saved = saveFacts(it, "POOLED");
    assertTrue(saved.body().contains("Uppgifterna för Utvecklingstimmar har sparats."), saved.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM costing_run WHERE stale = FALSE"
        + " AND DATE_FORMAT(period, '%Y-%m') IN ('" + String.join("','", used) + "')"),
        "every month that uses the service is stale");
    List<String> usedNow = strings(USED_IN_MONTH);
    List<String> expectedCurrent = new ArrayList<>(currentBefore);
    expectedCurrent.removeAll(usedNow);
    assertEquals(expectedCurrent, strings(current),
        "only the months that use the service went stale (used before: " + used + ")");
    List<String> added = new ArrayList<>(strings(reasons));
    reasonsBefore.forEach(added::remove);
    assertEquals(usedNow, added,
        "each month that uses the service, and only such a month, says why");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit a JOIN service s"
        + " ON s.id = a.service_id WHERE s.code = 'DIG-UTV' AND a.field = 'financing'"
        + " AND a.old_value = 'ALWAYS_CHARGED' AND a.new_value = 'POOLED'"
        + " AND a.username = 'it'"), "audited old → new");
    String page = it.get(PATH).body();
    assertTrue(page.contains("Kan ingå i pool"), "the page shows the new financing");
    String history = page.substring(page.indexOf("id=\"history\""));
    history = history.substring(0, history.indexOf("</table>"));
    assertTrue(history.contains(">Debiteras alltid per styck, i båda modellerna<")
        && history.contains(">Kan ingå i pool"), "the history names the financings: " + history);
    assertFalse(history.contains("ALWAYS_CHARGED"), "not their code names: " + history);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE username = 'it'"
        + " AND summary LIKE '%Finansiering Debiteras alltid per styck, i båda modellerna → Kan"
        + " ingå i pool%'"), "the audit log names them too");

    // Put back (the months stay stale: the demo year's readers recompute what they need).
    assertTrue(saveFacts(it, "ALWAYS_CHARGED").body().contains("har sparats"));
    assertEquals("ALWAYS_CHARGED", TestDatabase.text(
        "SELECT financing FROM service WHERE code = 'DIG-UTV'"));
  }

  @Test
  void aLevelsNameAndDescriptionAreCorrectedAndAudited() throws SQLException {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(PATH);
    String viewState = PortalClient.inputs(page.body(), "editForm")
        .get("jakarta.faces.ViewState");
    Page opened = it.ajax(PATH, PortalClient.inputs(page.body(), "editForm"),
        "editForm:editLevel", "editForm:editLevel", "levelForm");
    Map<String, String> form = PortalClient.inputs(opened.body(), "levelForm");
    form.put("jakarta.faces.ViewState", viewState);
    String levelId = form.get("levelForm:level_input");
    String oldName = TestDatabase.text("SELECT name FROM service_level WHERE id = " + levelId);
    String oldDescription = TestDatabase.text(
        "SELECT COALESCE(description, '') FROM service_level WHERE id = " + levelId);
    assertEquals(oldName, form.get("levelForm:levelName"), "the dialog shows the level's name");

    form.put("levelForm:levelName", "");
    Page refused = it.ajax(PATH, form, "levelForm:saveLevel", "levelForm", "levelForm");
    assertTrue(refused.body().contains("Nivåns namn: ange ett namn på högst 80 tecken."),
        refused.body());
    assertEquals(oldName, TestDatabase.text("SELECT name FROM service_level WHERE id = "
        + levelId), "nothing saved");

    form.put("levelForm:levelName", oldName + " (rättad)");
    form.put("levelForm:levelDescription", "Rättad beskrivning av nivån.");
    Page saved = it.ajax(PATH, form, "levelForm:saveLevel", "levelForm", "levelForm");
    assertTrue(saved.body().contains("Nivån " + oldName + " (rättad) har sparats."),
        saved.body());
    assertEquals(oldName + " (rättad)", TestDatabase.text(
        "SELECT name FROM service_level WHERE id = " + levelId));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM catalogue_audit a JOIN service s"
        + " ON s.id = a.service_id WHERE s.code = 'DIG-UTV' AND a.field = 'levelDescription'"
        + " AND a.new_value = 'Rättad beskrivning av nivån.' AND a.username = 'it'"));
    String shown = it.get(PATH).body();
    assertTrue(shown.contains("Rättad beskrivning av nivån."), "the page shows the correction");

    // Put back, through the same dialog (a version later).
    Page again = it.get(PATH);
    Page reopened = it.ajax(PATH, PortalClient.inputs(again.body(), "editForm"),
        "editForm:editLevel", "editForm:editLevel", "levelForm");
    Map<String, String> back = PortalClient.inputs(reopened.body(), "levelForm");
    back.put("jakarta.faces.ViewState", PortalClient.inputs(again.body(), "editForm")
        .get("jakarta.faces.ViewState"));
    back.put("levelForm:level_input", levelId);
    back.put("levelForm:levelName", oldName);
    back.put("levelForm:levelDescription", oldDescription);
    assertTrue(it.ajax(PATH, back, "levelForm:saveLevel", "levelForm", "levelForm").body()
        .contains("har sparats"));
    assertEquals(oldName, TestDatabase.text("SELECT name FROM service_level WHERE id = "
        + levelId));
  }

  private Page saveFacts(PortalClient it, String financing) {
    Page page = it.get(PATH);
    String viewState = PortalClient.inputs(page.body(), "editForm")
        .get("jakarta.faces.ViewState");
    Page opened = it.ajax(PATH, PortalClient.inputs(page.body(), "editForm"), "editForm:edit",
        "editForm:edit", "factsForm");
    Map<String, String> form = PortalClient.inputs(opened.body(), "factsForm");
    form.put("jakarta.faces.ViewState", viewState);
    Matcher unit = Pattern.compile("name=\"factsForm:unit_input\"").matcher(opened.body());
    assertTrue(unit.find(), "the dialog offers the unit");
    form.put("factsForm:financing_input", financing);
    return it.ajax(PATH, form, "factsForm:save", "factsForm", "factsForm");
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
