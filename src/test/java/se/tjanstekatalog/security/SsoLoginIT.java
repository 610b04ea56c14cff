package se.tjanstekatalog.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;

/**
 * Single sign-on in the container (ADR 0009) against mock-oauth2-server on the port the build
 * reserved and gave the portal as TK_OIDC_ISSUER: the first login creates a local account keyed
 * by issuer + subject that never takes a local account's name; the mapped groups give role and
 * org at each login (a higher group later wins and renews the account's revision); two orgs for
 * the winning role, or a deactivated account, are refused with the Swedish page. Writes only
 * its own mappings ({@code it-sso-*}) and accounts, and removes them.
 */
@ExtendWith(ArquillianExtension.class)
class SsoLoginIT {
  private static final String ISSUER_ID = "kommun";
  private static final String SUBJECT = "sso-it-anna";
  private static MockOAuth2Server provider;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void start() throws SQLException {
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), Integer.getInteger("tk.test.oidc.port"));
    cleanUp();
    execute("INSERT INTO sso_group_mapping (group_name, role, org_id) SELECT 'it-sso-gsf',"
        + " 'ORG_FINANCE', id FROM org_unit WHERE code = 'GSF'");
    execute("INSERT INTO sso_group_mapping (group_name, role, org_id) SELECT 'it-sso-fsf',"
        + " 'ORG_FINANCE', id FROM org_unit WHERE code = 'FSF'");
    execute("INSERT INTO sso_group_mapping (group_name, role) VALUES ('it-sso-it',"
        + " 'IT_CONTROLLER')");
  }

  @AfterAll
  static void stop() throws SQLException {
    provider.shutdown();
    cleanUp();
  }

  private static void cleanUp() throws SQLException {
    execute("DELETE FROM sso_group_mapping WHERE group_name LIKE 'it-sso-%'");
    execute("DELETE FROM app_user WHERE sso_subject LIKE 'sso-it-%'");
  }

  @Test
  void theMappedGroupsGiveRoleAndOrgAtEachLoginAndTheAccountIsKeyedByIssuerAndSubject()
      throws SQLException {
    // preferred_username "admin": the local admin's name is not taken over
    Page start = ssoLogin(List.of("alla", "it-sso-gsf"), "admin");
    assertEquals(200, start.status());
    assertTrue(start.body().contains("Grundskoleförvaltningen"), "GSF's start page");
    String account = "SELECT %s FROM app_user WHERE sso_subject = '" + SUBJECT + "'";
    assertEquals("admin-2", TestDatabase.text(account.formatted("username")));
    assertEquals("ORG_FINANCE", TestDatabase.text(account.formatted("role")));
    assertEquals("GSF", TestDatabase.text("SELECT o.code FROM app_user u JOIN org_unit o"
        + " ON o.id = u.org_id WHERE u.sso_subject = '" + SUBJECT + "'"));
    assertEquals("Anna Sso", TestDatabase.text(account.formatted("display_name")));
    assertEquals("anna.sso@kommun.test", TestDatabase.text(account.formatted("email")));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username = 'admin'"
        + " AND role = 'ADMIN' AND sso_issuer IS NULL"), "the local admin is as it was");
    long revision = TestDatabase.count(account.formatted("auth_revision"));

    // Next time a higher group counts too: the highest role wins, without an org
    Page again = ssoLogin(List.of("it-sso-gsf", "it-sso-it"), "admin");
    assertEquals(200, again.status());
    assertEquals("IT_CONTROLLER", TestDatabase.text(account.formatted("role")));
    assertEquals(null, TestDatabase.text(account.formatted("org_id")));
    assertEquals("admin-2", TestDatabase.text(account.formatted("username")), "the same row");
    assertTrue(TestDatabase.count(account.formatted("auth_revision")) > revision,
        "open sessions follow the new role");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE sso_subject = '"
        + SUBJECT + "'"));

    // Two orgs for the winning role: refused, and nothing changes
    Page ambiguous = ssoLogin(List.of("it-sso-gsf", "it-sso-fsf"), "admin");
    assertTrue(ambiguous.body().contains("samma roll i flera organisationer"), ambiguous.body());
    assertEquals("IT_CONTROLLER", TestDatabase.text(account.formatted("role")));

    // A deactivated account stays out
    execute("UPDATE app_user SET active = FALSE WHERE sso_subject = '" + SUBJECT + "'");
    Page inactive = ssoLogin(List.of("it-sso-gsf"), "admin");
    assertTrue(inactive.body().contains("Ditt konto i Tjänstekatalogen är inaktiverat"),
        inactive.body());
  }

  @Test
  void aPersonWithoutAMappedGroupIsRefusedWithTheSwedishPage() {
    Page refused = ssoLogin(List.of("alla", "vpn"), "sso-it-bertil");
    assertTrue(refused.body().contains("ingen av dina grupper ger behörighet"), refused.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE sso_subject ="
        + " 'sso-it-bertil'"), "no account for a refused person");
  }

  /**
   * The login page's button in a new browser session, the provider answering at once with a
   * token for {@code SUBJECT} (or {@code preferred} as subject for another person), every
   * redirect followed; the last page.
   */
  private Page ssoLogin(List<String> groups, String preferred) {
    String subject = preferred.startsWith("sso-it-") ? preferred : SUBJECT;
    provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT",
        List.of("tjanstekatalogen"), Map.of("groups", groups, "preferred_username", preferred,
            "name", "Anna Sso", "email", "anna.sso@kommun.test")));
    PortalClient browser = new PortalClient(base);
    Page page = browser.get("sso/login");
    URI at = browser.uri("sso/login");
    for (int i = 0; i < 6 && page.status() / 100 == 3; i++) {
      at = at.resolve(page.header("Location"));
      page = browser.send(HttpRequest.newBuilder(at).GET().build());
    }
    assertEquals(200, page.status(), at.toString());
    return page;
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
