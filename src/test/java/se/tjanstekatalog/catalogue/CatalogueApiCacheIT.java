package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
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
 * {@code GET /api/v1/services} and {@code /api/v1/services/{code}} answer from the per-month
 * cache with a strong ETag: 304 on If-None-Match while nothing changed, a new tag and body
 * after a catalogue change (a demo service's description, changed through its page and put
 * back), the same roles as before. Reads the demo year only; the one write is undone.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueApiCacheIT {
  private static final String LIST = "api/v1/services?asOf=2026-11";
  private static final String ONE = "api/v1/services/ARB-DATOR?asOf=2026-11";
  private static final String PAGE = "catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-11";

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void theListAndOneServiceCarryAnETagAndAnswer304WhileUnchanged() {
    PortalClient client = new PortalClient(base);
    for (String path : new String[] {LIST, ONE, LIST + "&area=ARBETSPLATS"}) {
      Page first = client.getWithBasic(path, "personal.gsf", "demo");
      assertEquals(200, first.status(), path);
      String tag = first.header("ETag");
      assertNotNull(tag, path + " has an ETag");
      assertTrue(tag.matches("\"[A-Za-z0-9_-]{20,}\""), "a strong tag: " + tag);
      assertTrue(first.header("Cache-Control").contains("no-cache"), "clients ask again");
      assertTrue(first.header("Cache-Control").contains("private"), "no shared cache");

      Page again = conditional(path, "personal.gsf", tag);
      assertEquals(304, again.status(), path);
      assertEquals("", again.body());
      assertEquals(tag, again.header("ETag"));

      // The catalogue is the same for every role: another user's tag is as good.
      assertEquals(304, conditional(path, "it", tag).status(), path);
      assertEquals(304, conditional(path, "personal.gsf", "\"other\", " + tag).status());
      assertEquals(200, conditional(path, "personal.gsf", "\"other\"").status(), path);
    }
    Page area = client.getWithBasic(LIST + "&area=ARBETSPLATS", "it", "demo");
    assertNotEquals(client.getWithBasic(LIST, "it", "demo").header("ETag"),
        area.header("ETag"), "the area's list is another answer");
    assertEquals(404, client.getWithBasic("api/v1/services/FINNS-EJ?asOf=2026-11", "it",
        "demo").status());
  }

  @Test
  void withoutLoginTheApiIsRefusedEvenWithATag() {
    Page page = new PortalClient(base).getWithBasic(LIST, "personal.gsf", "demo");
    String tag = page.header("ETag");
    Page anonymous = new PortalClient(base).send(HttpRequest.newBuilder(
        new PortalClient(base).uri(LIST)).header("If-None-Match", tag)
        .header("Accept", "application/json").GET().build());
    assertEquals(401, anonymous.status());
    Page wrong = new PortalClient(base).getWithBasic(LIST, "personal.gsf", "fel");
    assertEquals(401, wrong.status());
  }

  @Test
  void aCatalogueChangeGivesANewTagAndBodyAndPuttingItBackTheOldTag() {
    PortalClient client = new PortalClient(base);
    Page listBefore = client.getWithBasic(LIST, "it", "demo");
    Page oneBefore = client.getWithBasic(ONE, "it", "demo");
    String original = description(oneBefore.body());
    String changed = "Tillfällig text från CatalogueApiCacheIT " + System.nanoTime();
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    try {
      saveDescription(it, changed);
      Page listAfter = conditional(LIST, "it", listBefore.header("ETag"));
      assertEquals(200, listAfter.status(), "changed catalogue, full answer");
      assertNotEquals(listBefore.header("ETag"), listAfter.header("ETag"));
      assertTrue(listAfter.body().contains(changed), "the new text in the list");
      Page oneAfter = conditional(ONE, "it", oneBefore.header("ETag"));
      assertEquals(200, oneAfter.status());
      assertEquals(changed, description(oneAfter.body()));
      assertNotEquals(oneBefore.header("ETag"), oneAfter.header("ETag"));
      assertEquals(304, conditional(ONE, "personal.gsf", oneAfter.header("ETag")).status());
    } finally {
      saveDescription(it, original);
    }
    Page restored = client.getWithBasic(LIST, "it", "demo");
    assertEquals(listBefore.header("ETag"), restored.header("ETag"),
        "the tag is a hash of the body: the old text gives the old tag");
    assertFalse(restored.body().contains(changed));
  }

  /** Changes ARB-DATOR's description through its page's facts dialog, as IT_CONTROLLER. */
  private static void saveDescription(PortalClient it, String description) {
    Page page = it.get(PAGE);
    assertEquals(200, page.status());
    Map<String, String> edit = PortalClient.inputs(page.body(), "editForm");
    Page dialog = it.ajax(PAGE, edit, "editForm:edit", "editForm:edit", "factsForm");
    Map<String, String> facts = PortalClient.inputs(dialog.body(), "factsForm");
    facts.put("factsForm:description", description);
    facts.put("jakarta.faces.ViewState", edit.get("jakarta.faces.ViewState"));
    Page saved = it.ajax(PAGE, facts, "factsForm:save", "factsForm", "factsForm");
    assertTrue(saved.body().contains("har sparats"), saved.body());
  }

  private Page conditional(String path, String user, String tag) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    PortalClient client = new PortalClient(base);
    return client.send(HttpRequest.newBuilder(client.uri(path))
        .header("Authorization", "Basic " + token).header("Accept", "application/json")
        .header("If-None-Match", tag).GET().build());
  }

  private static String description(String json) {
    JsonObject service = Json.createReader(new StringReader(json)).readObject();
    return service.getString("description");
  }
}
