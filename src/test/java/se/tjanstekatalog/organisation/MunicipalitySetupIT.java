package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Setting a municipality up, on the demo: the setup checklist has every step done (so the
 * work queue does not link it), and the logo is uploaded, served with its cache headers,
 * shown in the header, refused when it is no image whatever its name, and removed. The demo
 * has no logo before and after.
 */
@ExtendWith(ArquillianExtension.class)
class MunicipalitySetupIT {
  private static final String SETUP = "admin/setup.xhtml";
  private static final String SETTINGS = "admin/settings.xhtml";
  private static final String LOGO = "api/v1/municipality/logo";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theDemoHasEveryStepOfTheChecklistDoneForAdminAndController() {
    for (String user : new String[] {"admin", "it"}) {
      PortalClient client = PortalClient.loggedIn(base, user, "demo");
      Page page = client.get(SETUP);
      assertEquals(200, page.status(), user);
      String html = page.body();
      assertTrue(html.contains("Alla steg är klara."), html);
      assertEquals(9, occurrences(html, "class=\"tk-setup-done\""), html);
      assertEquals(0, occurrences(html, "class=\"tk-setup-missing\""), html);
      assertTrue(html.contains("förvaltningar och bolag registrerade."), html);
      assertTrue(html.contains("/organisation/orgs.xhtml\""), "links to where it is done");
      String start = client.get("index.xhtml").body();
      assertFalse(start.contains("admin/setup.xhtml\">Uppstart"), "no task when complete");
    }
    assertEquals(403, PortalClient.loggedIn(base, "ekonom.gsf", "demo").get(SETUP).status());
  }

  @Test
  void aLogoIsUploadedServedCachedShownRefusedWhenNoImageAndRemoved() throws Exception {
    try {
      logoJourney();
    } finally {
      sql("UPDATE municipality SET logo = NULL, logo_type = NULL");
    }
  }

  private void logoJourney() throws Exception {
    PortalClient admin = PortalClient.loggedIn(base, "admin", "demo");
    assertEquals(404, admin.fetch(LOGO).status());
    assertFalse(admin.get("index.xhtml").body().contains(LOGO + "?v="), "no logo in the header");

    byte[] png = LogoRulesTest.image("png", 160);
    Page saved = upload(admin, "sjostad.png", png);
    assertTrue(saved.body().contains("Logotypen har sparats."), saved.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'SETTINGS'"
        + " AND summary LIKE 'Ny logotyp sjostad.png (image/png%'"));

    PortalClient.Download logo = admin.fetch(LOGO);
    assertEquals(200, logo.status());
    String type = logo.header("Content-Type");
    assertTrue(type.startsWith("image/png"), type); // the container adds a charset
    assertArrayEquals(png, logo.body());
    String cache = logo.header("Cache-Control");
    assertTrue(cache.contains("max-age=86400") && cache.contains("private"), cache);
    String etag = logo.header("ETag");
    PortalClient.Download again = admin.bytes(HttpRequest.newBuilder(admin.uri(LOGO))
        .header("If-None-Match", etag).GET().build());
    assertEquals(304, again.status());
    assertEquals(200, PortalClient.loggedIn(base, "personal.gsf", "demo").fetch(LOGO).status());
    assertTrue(admin.get("index.xhtml").body().contains(LOGO + "?v="), "the header shows it");

    Page refused = upload(admin, "logo.png",
        "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8));
    assertTrue(refused.body().contains("Logotyp: filen är varken en PNG- eller en JPEG-bild"),
        refused.body());
    assertArrayEquals(png, admin.fetch(LOGO).body(), "the refused file changed nothing");

    Page settings = admin.get(SETTINGS);
    Map<String, String> fields = PortalClient.inputs(settings.body(), "logoForm");
    Page removed = admin.ajax(SETTINGS, fields, "logoForm:removeLogo", "logoForm:removeLogo",
        "logoSection");
    assertTrue(removed.body().contains("Logotypen har tagits bort."), removed.body());
    assertEquals(404, admin.fetch(LOGO).status());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE kind = 'SETTINGS'"
        + " AND summary = 'Logotypen togs bort'"));
  }

  private static Page upload(PortalClient admin, String name, byte[] content) {
    Map<String, String> fields = PortalClient.inputs(admin.get(SETTINGS).body(), "logoForm");
    return admin.upload(SETTINGS, fields, "logoForm:logoUpload", name, content,
        "logoForm:logoUpload", "logoSection messages");
  }

  private static int occurrences(String html, String text) {
    Matcher m = Pattern.compile(Pattern.quote(text)).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }
}
