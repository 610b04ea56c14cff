package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.organisation.control.OrgRegisterWorkbook;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * The org register workbook against the demo: an export imported back changes nothing, a
 * workbook with new orgs creates them (valid only in this class's months, so no other class
 * meets them in a month it computes), and a bad workbook is refused whole with its sheet, row
 * and column named. The new orgs' codes are this class's own (OWB…).
 */
@ExtendWith(ArquillianExtension.class)
class OrgRegisterWorkbookIT {
  private static final String API = "api/v1/organisations/workbook";
  private static final String ORGS = "organisation/orgs.xhtml";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoRegisterExportedAndImportedBackChangesNothing() {
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    PortalClient.Download export = admin.fetch(API);
    assertEquals(200, export.status());
    long orgsBefore = TestDatabase.count("SELECT COUNT(*) FROM org_unit");
    long versionsBefore = TestDatabase.count("SELECT SUM(version) FROM org_unit");
    long auditBefore = TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'ORG'");

    Page imported = post(export.body(), "admin");
    assertEquals(200, imported.status(), imported.body());
    assertTrue(imported.body().contains("\"created\":[]"), imported.body());
    assertTrue(imported.body().contains("\"changed\":[]"), imported.body());
    assertTrue(imported.body().contains("\"unchanged\":" + orgsBefore), imported.body());
    assertEquals(orgsBefore, TestDatabase.count("SELECT COUNT(*) FROM org_unit"));
    assertEquals(versionsBefore, TestDatabase.count("SELECT SUM(version) FROM org_unit"));
    assertEquals(auditBefore,
        TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'ORG'"));
  }

  @Test
  void newOrgsInAWorkbookAreCreatedThroughThePageAndAudited() {
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    byte[] workbook = OrgRegisterWorkbook.write(List.of(
        org("OWBA", "Arbetsbokens förvaltning", OrgKind.ADMINISTRATION, "1"),
        org("OWBB", "Arbetsbokens bolag AB", OrgKind.COMPANY, "5")));
    Page page = admin.get(ORGS);
    Map<String, String> fields = PortalClient.inputs(page.body(), "orgImport");
    Page result = admin.upload(ORGS, fields, "orgImport:upload", "nya.xlsx", workbook,
        "orgImport:upload", "orgImportResult orgs:table");
    assertTrue(result.body().contains("Organisationsregistret har importerats: 2 nya,"
        + " 0 ändrade"), result.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM org_unit WHERE code = 'OWBB'"
        + " AND kind = 'COMPANY' AND counterpart_code = '5' AND active_from = '2024-01-01'"
        + " AND active_to = '2024-02-29'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'ORG'"
        + " AND org_code = 'OWBA' AND username = 'admin'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'IMPORT'"
        + " AND object = 'nya.xlsx'"));

    // The same workbook again: the orgs are there, nothing changes.
    Page again = post(workbook, "admin");
    assertTrue(again.body().contains("\"created\":[]"), again.body());
    assertTrue(again.body().contains("\"changed\":[]"), again.body());
    assertTrue(again.body().contains("\"unchanged\":2"), again.body());
  }

  /** The org form was not audited before issue 17: a new org by the dialog now is. */
  @Test
  void anOrgCreatedInTheFormIsInTheAuditTrail() {
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    Map<String, String> fields = PortalClient.inputs(admin.get(ORGS).body(), "orgDialogForm");
    fields.putAll(Map.of("orgDialogForm:code", "OWBE", "orgDialogForm:name", "Formulärets AB",
        "orgDialogForm:kind_input", "COMPANY", "orgDialogForm:costCentre", "9500",
        "orgDialogForm:counterpart", "6", "orgDialogForm:activeFrom_input", "2024-01-01",
        "orgDialogForm:activeTo_input", "2024-02-29"));
    Page saved = admin.ajax(ORGS, fields, "orgDialogForm:save", "orgDialogForm",
        "orgDialogForm");
    assertTrue(saved.body().contains("Organisationen Formulärets AB har skapats."),
        saved.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'ORG'"
        + " AND org_code = 'OWBE'"
        + " AND summary LIKE 'Ny organisation OWBE Formulärets AB (bolag,%'"));
  }

  @Test
  void aBadWorkbookIsRefusedWholeWithSheetRowAndColumnNamed() {
    long before = TestDatabase.count("SELECT COUNT(*) FROM org_unit");
    byte[] workbook = OrgRegisterWorkbook.write(List.of(
        org("OWBC", "Giltig förvaltning", OrgKind.ADMINISTRATION, "1"),
        org("OWBD", "Bolag med fel motpart", OrgKind.COMPANY, "2")));
    Page refused = post(workbook, "admin");
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(refused.body().contains("\"row\":3"), refused.body());
    assertTrue(refused.body().contains("\"column\":\"Organisationer, Motpart\""),
        refused.body());
    assertTrue(refused.body().contains("ett bolag har motpart 5–7"), refused.body());
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    Page page = admin.upload(ORGS, PortalClient.inputs(admin.get(ORGS).body(), "orgImport"),
        "orgImport:upload", "fel.xlsx", workbook, "orgImport:upload", "orgImportResult");
    assertTrue(page.body().contains("Importen sparades inte: 1 fel."), page.body());
    assertTrue(page.body().contains("Organisationer, Motpart"), page.body());
    assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM org_unit"));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM org_unit WHERE code = 'OWBC'"));
  }

  @Test
  void onlyAdminImportsWhileTheControllerMayExport() {
    assertEquals(403, post(OrgRegisterWorkbook.template(), "it").status());
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    assertEquals(200, it.fetch(API + "/template").status());
    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", "demo").fetch(API).status());
  }

  private static OrgUnitData org(String code, String name, OrgKind kind, String counterpart) {
    return new OrgUnitData(null, 0, code, name, kind, "9" + code.charAt(3) + "00", counterpart,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29));
  }

  private Page post(byte[] workbook, String user) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    PortalClient client = new PortalClient(base);
    return client.send(HttpRequest.newBuilder(client.uri(API))
        .header("Authorization", "Basic " + token)
        .header("Content-Type",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build());
  }
}
