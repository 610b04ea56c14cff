package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
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

/** Who gets in where: form login for pages, HTTP Basic for the API, roles on both. */
@ExtendWith(ArquillianExtension.class)
class PortalSecurityIT {
  private static final String PASSWORD = "demo";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  /** A demo user, what their menu must show and what it must not. */
  record DemoUser(String username, String displayName, String roleLabel, String org,
      boolean seesAdminMenu) {}

  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("admin", "Ada Admin", "Administratör", null, true),
      new DemoUser("it", "Ivar Controller", "IT-controller", null, false),
      new DemoUser("ekonom.gsf", "Eva Ekonom", "Ekonomichef", "Grundskoleförvaltningen", false),
      new DemoUser("ekonom.bostad", "Bo Ekonom", "Ekonomichef", "Bostads AB", false),
      new DemoUser("personal.gsf", "Petra Personal", "Medarbetare", "Grundskoleförvaltningen",
          false));

  @Test
  void anonymousApiCallGets401AsProblemJsonNotARedirect() {
    Page page = new PortalClient(base).get("api/v1/organisations");
    assertEquals(401, page.status());
    assertTrue(page.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(page.header("WWW-Authenticate").startsWith("Basic"));
    JsonObject problem = json(page.body()).asJsonObject();
    assertEquals(401, problem.getInt("status"));
    assertTrue(problem.getString("detail").contains("logga in"));
  }

  @Test
  void wrongBasicCredentialsGet401() {
    Page page = new PortalClient(base).getWithBasic("api/v1/organisations", "it", "wrong");
    assertEquals(401, page.status());
    assertTrue(page.header("Content-Type").startsWith("application/problem+json"));
  }

  @Test
  void anonymousPageRequestIsSentToTheLoginPage() {
    PortalClient client = new PortalClient(base);
    for (String path : List.of("", "index.xhtml", "organisation/orgs.xhtml", "admin/users.xhtml")) {
      Page page = client.get(path);
      assertEquals(302, page.status(), path);
      assertTrue(page.header("Location").endsWith("/login.xhtml"), path);
    }
    Page login = client.get("login.xhtml");
    assertEquals(200, login.status());
    assertTrue(login.body().contains("lang=\"sv\""));
    assertTrue(login.body().contains("Logga in"));
    assertTrue(login.body().contains("Användarnamn"));
  }

  @Test
  void wrongPasswordIsRefusedWithASwedishMessage() {
    PortalClient client = new PortalClient(base);
    Page page = client.login("it", "not-the-password");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Fel användarnamn eller lösenord."), page.body());
    assertEquals(302, client.get("index.xhtml").status(), "still anonymous");
  }

  @Test
  void eachDemoRoleLogsInAndSeesTheMenuOfItsRole() {
    assertAll(DEMO_USERS.stream().map(user -> () -> {
      PortalClient client = new PortalClient(base);
      Page login = client.login(user.username(), PASSWORD);
      assertEquals(302, login.status(), user.username() + " login");
      assertTrue(login.header("Location").endsWith("/index.xhtml"), login.header("Location"));
      Page start = client.get("index.xhtml");
      assertEquals(200, start.status());
      String html = start.body();
      assertTrue(html.contains("Sjöstads kommun"), "municipality in header");
      assertTrue(html.contains(user.displayName()), user.username() + " name shown");
      assertTrue(html.contains(user.roleLabel()), user.username() + " role shown");
      if (user.org() != null) {
        assertTrue(html.contains(user.org()), user.username() + " org shown");
      }
      assertTrue(html.contains("Organisationer") && html.contains("Nyckelvärden"));
      assertEquals(user.seesAdminMenu(), html.contains("Användare"),
          user.username() + " admin menu");
      assertEquals(user.seesAdminMenu(), html.contains("Inställningar"),
          user.username() + " settings menu");
    }));
  }

  @Test
  void loginReturnsToThePageAskedFor() {
    PortalClient client = new PortalClient(base);
    client.get("organisation/orgs.xhtml");
    Page login = client.login("it", PASSWORD);
    assertTrue(login.header("Location").endsWith("/organisation/orgs.xhtml"),
        login.header("Location"));
  }

  @Test
  void viewerGets403OnAdminPagesAndEndpoints() {
    PortalClient client = new PortalClient(base);
    client.login("personal.gsf", PASSWORD);
    Page users = client.get("admin/users.xhtml");
    assertEquals(403, users.status());
    assertTrue(users.body().contains("Ingen behörighet"), "Swedish error page");
    assertFalse(users.body().contains("\tat "), "no stack trace");
    assertEquals(403, client.get("admin/settings.xhtml").status());

    Page api = new PortalClient(base).getWithBasic("api/v1/users", "personal.gsf", PASSWORD);
    assertEquals(403, api.status());
    assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(200,
        new PortalClient(base).getWithBasic("api/v1/users", "admin", PASSWORD).status());
  }

  @Test
  void pagesAndApiCarrySecurityHeaders() {
    PortalClient client = new PortalClient(base);
    for (Page page : List.of(client.get("login.xhtml"), client.get("api/v1/organisations"))) {
      assertEquals("DENY", page.header("X-Frame-Options"));
      assertEquals("nosniff", page.header("X-Content-Type-Options"));
      assertNotNull(page.header("Content-Security-Policy"));
    }
  }

  @Test
  void logoutEndsTheSession() {
    PortalClient client = new PortalClient(base);
    client.login("it", PASSWORD);
    Page start = client.get("index.xhtml");
    assertEquals(200, start.status());
    var fields = PortalClient.inputs(start.body(), "userForm");
    fields.put("userForm:logout", "");
    Page out = client.post("index.xhtml", fields);
    assertEquals(302, out.status());
    assertTrue(out.header("Location").contains("login.xhtml?loggedOut=true"));
    assertEquals(302, client.get("index.xhtml").status(), "logged out");
  }

  @Test
  void healthAndOpenApiNeedNoLogin() {
    PortalClient client = new PortalClient(base);
    Page health = client.get("health/ready");
    assertEquals(200, health.status());
    assertTrue(health.body().contains("\"database\""));
    Page openapi = client.get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/organisations"));
  }

  @Test
  void organisationsApiListsTheDemoRegister() {
    Page page = new PortalClient(base).getWithBasic("api/v1/organisations", "personal.gsf",
        PASSWORD);
    assertEquals(200, page.status());
    JsonArray orgs = json(page.body()).asJsonArray();
    var codes = orgs.stream().map(v -> v.asJsonObject().getString("code")).toList();
    // Other test classes may have added orgs to the shared test database.
    assertTrue(codes.containsAll(List.of("SLK", "SF", "OFN", "GSF", "FSF", "GVF", "FUF", "HVOF",
        "ASF", "MF", "SBK", "FGK", "KF", "FRF", "BOAB", "SNAB", "EAB", "PAB")), codes.toString());
    JsonObject gsf = orgs.stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("code").equals("GSF")).findFirst().orElseThrow();
    assertEquals("Grundskoleförvaltningen", gsf.getString("name"));
    assertEquals("ADMINISTRATION", gsf.getString("kind"));
    assertEquals("2100", gsf.getString("costCentre"));
    assertEquals("1", gsf.getString("counterpartCode"));
    JsonObject bostad = orgs.stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("code").equals("BOAB")).findFirst().orElseThrow();
    assertEquals("COMPANY", bostad.getString("kind"));
    assertEquals("5", bostad.getString("counterpartCode"));
  }

  @Test
  void adminCreatesAUserWhoCanLogInAndDeactivationShutsThemOut() {
    PortalClient admin = new PortalClient(base);
    admin.login("admin", PASSWORD);
    String usersPage = "admin/users.xhtml";
    Page list = admin.get(usersPage);
    Map<String, String> form = PortalClient.inputs(list.body(), "userDialogForm");
    form.put("userDialogForm:username", "kim.kultur");
    form.put("userDialogForm:displayName", "Kim Ekonom");
    form.put("userDialogForm:role_input", "ORG_FINANCE");
    form.put("userDialogForm:org_input", "");
    form.put("userDialogForm:password", "kort");
    Page refused = admin.ajax(usersPage, form, "userDialogForm:save", "userDialogForm",
        "userDialogForm");
    assertTrue(refused.body().contains("Organisation: medarbetare och ekonomichefer måste"
        + " tillhöra en organisation."), refused.body());
    assertTrue(refused.body().contains("Lösenord: minst 8 tecken."), refused.body());

    Matcher kf = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Kulturförvaltningen</option>")
        .matcher(list.body());
    assertTrue(kf.find(), "Kulturförvaltningen offered");
    form.put("userDialogForm:org_input", kf.group(1));
    form.put("userDialogForm:password", "hemligt-lösen");
    Page created = admin.ajax(usersPage, form, "userDialogForm:save", "userDialogForm",
        "userDialogForm users:table");
    assertTrue(created.body().contains("Användaren kim.kultur har skapats."), created.body());

    PortalClient kim = new PortalClient(base);
    assertEquals(302, kim.login("kim.kultur", "hemligt-lösen").status());
    assertTrue(kim.get("index.xhtml").body().contains("Kulturförvaltningen"));

    Page again = admin.get(usersPage);
    Matcher edit = Pattern.compile("<button id=\"(users:table:\\d+:edit)\"[^>]*title=\"Redigera"
        + " kim.kultur\"").matcher(again.body());
    assertTrue(edit.find(), "edit button for the new user");
    Map<String, String> listFields = PortalClient.inputs(again.body(), "users");
    Page dialog = admin.ajax(usersPage, listFields, edit.group(1), edit.group(1),
        "userDialogForm");
    Map<String, String> editForm = PortalClient.inputs(dialog.body(), "userDialogForm");
    editForm.put("jakarta.faces.ViewState", listFields.get("jakarta.faces.ViewState"));
    assertTrue(editForm.containsKey("userDialogForm:active_input"), "active before");
    editForm.remove("userDialogForm:active_input");
    Page saved = admin.ajax(usersPage, editForm, "userDialogForm:save", "userDialogForm",
        "userDialogForm");
    assertTrue(saved.body().contains("Ändringarna för kim.kultur har sparats."), saved.body());

    Page shutOut = new PortalClient(base).login("kim.kultur", "hemligt-lösen");
    assertTrue(shutOut.body().contains("Fel användarnamn eller lösenord."), "deactivated");
    assertEquals(401, new PortalClient(base).getWithBasic("api/v1/organisations", "kim.kultur",
        "hemligt-lösen").status());
  }

  private static jakarta.json.JsonValue json(String body) {
    return Json.createReader(new StringReader(body)).readValue();
  }
}
