package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The consumption feed API end to end: IT_CONTROLLER creates a feed's token on the tokens
 * page (read from the page, once), the feed posts JSON or CSV with it, repeats are safe,
 * bad rows save nothing, revoked tokens and other roles are refused.
 *
 * <p>Each test has its own feed (token name) and month, and its bodies differ, so the tests
 * do not replace or repeat each other's imports in the shared database.
 */
@ExtendWith(ArquillianExtension.class)
class FeedApiIT {
  private static final String TOKENS = "consumption/tokens.xhtml";
  private static final String FEED = "api/v1/consumption";
  private static final Pattern TOKEN = Pattern.compile("tk_[A-Za-z0-9_-]{43}");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aFeedPostsJsonWithItsTokenAndTheRowsAreStoredUnderItsName() throws Exception {
    String feed = feedName("Servicedesk");
    String token = createToken(feed);

    Page page = post(jsonRows("2026-02", "GSF", "12", "SBK", "3.5"), "application/json",
        bearer(token), null);
    assertEquals(201, page.status(), page.body());
    JsonObject receipt = json(page.body());
    long batchId = receipt.getJsonNumber("batchId").longValue();
    assertEquals(feed, receipt.getString("source"));
    assertEquals("2026-02", receipt.getString("period"));
    assertEquals(2, receipt.getInt("rows"));
    assertEquals("ACTIVE", receipt.getString("status"));
    assertFalse(receipt.getBoolean("repeated"));
    assertEquals("feed:" + feed, receipt.getString("importedBy"));
    assertEquals(List.of(), receipt.getJsonArray("replaced"));
    JsonObject gsf = receipt.getJsonArray("orgTotals").getJsonObject(0);
    assertEquals("GSF", gsf.getString("code"));
    assertEquals(1, gsf.getInt("rows"));
    assertEquals(0, new BigDecimal("3060.00").compareTo(
        gsf.getJsonNumber("amount").bigDecimalValue()), "12 × 255,00 kr (ARB-DATOR STD 2026)");

    assertEquals(2, count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.id = " + batchId + " AND b.status = 'ACTIVE'"
        + " AND b.channel = 'FEED' AND b.source = '" + feed + "'"
        + " AND b.imported_by = 'feed:" + feed + "' AND c.period = '2026-02-01'"));
    assertEquals(1, count("SELECT COUNT(*) FROM consumption_row c JOIN org_unit o ON o.id = c.org_id"
        + " WHERE c.batch_id = " + batchId + " AND o.code = 'SBK' AND c.quantity = 3.5"
        + " AND c.row_no = 2"), "the second object is row 2");
    assertEquals(1, count("SELECT COUNT(*) FROM api_token WHERE name = '" + feed + "'"
        + " AND last_used_at IS NOT NULL"), "last use recorded");
  }

  @Test
  void theTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
    String feed = feedName("Lagring");
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String token = createToken(it, feed);

    Page again = it.get(TOKENS);
    assertTrue(again.body().contains(feed), "listed");
    assertTrue(again.body().contains(token.substring(0, 8) + "…"), "recognisable by prefix");
    assertFalse(again.body().contains(token), "never shown again");
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(token.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, count("SELECT COUNT(*) FROM api_token WHERE name = '" + feed + "'"
        + " AND token_hash = '" + hash + "' AND prefix = '" + token.substring(0, 8) + "'"
        + " AND created_by = 'it' AND revoked_at IS NULL"));
    assertEquals(0, count("SELECT COUNT(*) FROM api_token WHERE token_hash = '" + token + "'"
        + " OR prefix = '" + token + "'"));

    Map<String, String> form = PortalClient.inputs(again.body(), "create");
    form.put("create:name", feed.toUpperCase());
    Page taken = it.ajax(TOKENS, form, "create:createToken", "create",
        "create tokens:table secretForm");
    assertTrue(taken.body().contains("används redan"), taken.body());
    assertFalse(TOKEN.matcher(taken.body()).find(), "no token for a taken name");
  }

  @Test
  void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstImportAndStoresNothing() {
    String token = createToken(feedName("Telefoni"));
    String body = jsonRows("2026-03", "GSF", "40", "BOAB", "7");
    String key = "telefoni-2026-03-" + UUID.randomUUID();

    Page first = post(body, "application/json", bearer(token), key);
    assertEquals(201, first.status(), first.body());
    long batchId = json(first.body()).getJsonNumber("batchId").longValue();
    long batches = count("SELECT COUNT(*) FROM import_batch");
    long rows = count("SELECT COUNT(*) FROM consumption_row");

    Page repeat = post(body, "application/json", bearer(token), key);
    assertEquals(200, repeat.status(), repeat.body());
    JsonObject receipt = json(repeat.body());
    assertEquals(batchId, receipt.getJsonNumber("batchId").longValue(), "the first import");
    assertTrue(receipt.getBoolean("repeated"));
    assertEquals(2, receipt.getInt("rows"));
    assertEquals(json(first.body()).getJsonArray("orgTotals"),
        receipt.getJsonArray("orgTotals"), "the same receipt");
    assertEquals(batches, count("SELECT COUNT(*) FROM import_batch"), "no new batch");
    assertEquals(rows, count("SELECT COUNT(*) FROM consumption_row"), "no new rows");
    assertEquals("ACTIVE", text("SELECT status FROM import_batch WHERE id = " + batchId),
        "not replaced by itself");

    Page otherBody = post(jsonRows("2026-03", "GSF", "41", "BOAB", "7"), "application/json",
        bearer(token), key);
    assertEquals(409, otherBody.status(), "a key is for one body");
    assertEquals(rows, count("SELECT COUNT(*) FROM consumption_row"));
  }

  @Test
  void aNewPostOfTheSameSourceAndMonthReplacesTheEarlierImport() {
    String feed = feedName("Mobil");
    String token = createToken(feed);
    Page first = post(jsonRows("2026-05", "GSF", "100", "SBK", "20"), "application/json",
        bearer(token), null);
    assertEquals(201, first.status(), first.body());
    long firstId = json(first.body()).getJsonNumber("batchId").longValue();

    Page second = post(jsonRows("2026-05", "GSF", "110", "SBK", "25"), "application/json",
        bearer(token), null);
    assertEquals(201, second.status(), second.body());
    JsonObject receipt = json(second.body());
    long secondId = receipt.getJsonNumber("batchId").longValue();
    assertNotEquals(firstId, secondId);
    assertEquals(List.of(firstId), receipt.getJsonArray("replaced").stream()
        .map(v -> ((JsonNumber) v).longValue()).toList());

    assertEquals("REPLACED", text("SELECT status FROM import_batch WHERE id = " + firstId));
    assertEquals(secondId, count("SELECT replaced_by FROM import_batch WHERE id = " + firstId));
    assertEquals(1, count("SELECT COUNT(*) FROM import_batch WHERE source = '" + feed + "'"
        + " AND period_from = '2026-05-01' AND status = 'ACTIVE'"), "one active import");
    assertEquals(0, count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.source = '" + feed + "' AND b.status = 'ACTIVE'"
        + " AND c.quantity IN (100, 20)"), "the old quantities no longer count");
  }

  @Test
  void oneBadRowSavesNothingAndTheProblemNamesRowColumnAndValue() {
    String token = createToken(feedName("Skrivare"));
    long batches = count("SELECT COUNT(*) FROM import_batch");
    long rows = count("SELECT COUNT(*) FROM consumption_row");
    String body = """
        [{"period": "2026-09", "org": "GSF", "service": "ARB-DATOR", "level": "STD", "quantity": 5},
         {"period": "2026-09", "org": "XYZ", "service": "ARB-DATOR", "level": "STD", "quantity": 6},
         {"period": "2026-09", "org": "SBK", "service": "ARB-DATOR", "level": "BAS", "quantity": 7}]
        """;

    Page page = post(body, "application/json", bearer(token), null);
    assertEquals(422, page.status(), page.body());
    assertTrue(page.header("Content-Type").startsWith("application/problem+json"));
    JsonObject problem = json(page.body());
    assertEquals(1, problem.getInt("problemCount"));
    assertTrue(problem.getString("detail").contains("Inget har sparats"), problem.toString());
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals(2, error.getInt("row"), "the second object");
    assertEquals("org", error.getString("column"));
    assertEquals("XYZ", error.getString("value"));
    assertEquals("import.problem.orgUnknown", error.getString("key"));
    assertFalse(error.getString("message").isBlank(), "a reason");

    assertEquals(batches, count("SELECT COUNT(*) FROM import_batch"), "no batch");
    assertEquals(rows, count("SELECT COUNT(*) FROM consumption_row"), "not even the good rows");
  }

  @Test
  void aCsvBodyWithSemicolonsAndDecimalCommasIsImportedLikeAFile() {
    String feed = feedName("Lagringsplattform");
    String token = createToken(feed);
    String csv = "period;förvaltning;tjänst;nivå;antal;referens\r\n"
        + "2026-06;GSF;INF-LAGR;STD;1250,5;vol-1\r\n"
        + "2026-06;SBK;INF-LAGR;UTOK;80,25;vol-2\r\n";

    Page page = post(csv, "text/csv; charset=UTF-8", bearer(token), null);
    assertEquals(201, page.status(), page.body());
    long batchId = json(page.body()).getJsonNumber("batchId").longValue();
    assertEquals(1, count("SELECT COUNT(*) FROM consumption_row WHERE batch_id = " + batchId
        + " AND quantity = 1250.5 AND reference = 'vol-1' AND row_no = 2"), "header is line 1");
    assertEquals(1, count("SELECT COUNT(*) FROM consumption_row WHERE batch_id = " + batchId
        + " AND quantity = 80.25 AND reference = 'vol-2'"));
    assertEquals("api.csv", text("SELECT file_name FROM import_batch WHERE id = " + batchId));

    Page bad = post(csv.replace("80,25", "-1"), "text/csv", bearer(token), null);
    assertEquals(422, bad.status(), bad.body());
    JsonObject error = json(bad.body()).getJsonArray("errors").getJsonObject(0);
    assertEquals(3, error.getInt("row"));
    assertEquals("antal", error.getString("column"));
    assertEquals("-1", error.getString("value"));
  }

  /**
   * Thousands of rows must reach the database as a few bulk INSERTs, not one query per row:
   * through Payara's pool a plain prepareStatement(sql) made the driver take its row-by-row
   * path, about five times slower (ADR 0003). The server's INSERT counter tells the two apart;
   * it is global, so the bound leaves room for other sessions' inserts.
   */
  @Test
  void aLargeCsvIsStoredInBulkNotRowByRow() {
    int rows = 5_000;
    StringBuilder csv = new StringBuilder("period;förvaltning;tjänst;nivå;antal;referens\n");
    String[] orgs = {"GSF", "SBK", "KF", "SF"};
    for (int i = 1; i <= rows; i++) {
      csv.append("2025-10;").append(orgs[i % orgs.length]).append(";INF-LAGR;STD;")
          .append(i % 97).append(",5;disk-").append(i).append('\n');
    }
    String source = feedName("Bulk").replace(' ', '-');
    long insertsBefore = insertCount();
    Page page = post(csv.toString(), "text/csv", basic("it"), null, "?source=" + source);
    long inserts = insertCount() - insertsBefore;
    assertEquals(201, page.status(), page.body());
    JsonObject receipt = json(page.body());
    assertEquals(rows, receipt.getInt("rows"));
    assertEquals(rows, count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b"
        + " ON b.id = c.batch_id WHERE b.source = '" + source + "' AND b.status = 'ACTIVE'"));
    assertTrue(inserts < rows / 10, inserts + " INSERT statements for " + rows + " rows");
    long gsfRows = receipt.getJsonArray("orgTotals").getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("code").equals("GSF")).mapToLong(o -> o.getInt("rows")).sum();
    assertEquals(count("SELECT COUNT(*) FROM consumption_row c JOIN import_batch b ON b.id ="
        + " c.batch_id JOIN org_unit o ON o.id = c.org_id WHERE b.source = '" + source + "'"
        + " AND o.code = 'GSF'"), gsfRows, "the receipt's totals are the stored rows'");
  }

  private static long insertCount() {
    return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
        + " WHERE VARIABLE_NAME = 'COM_INSERT'");
  }

  @Test
  void aRevokedTokenGets401() {
    String feed = feedName("Utfasad");
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    String token = createToken(it, feed);
    assertEquals(201, post(jsonRows("2026-07", "GSF", "1", "SBK", "2"), "application/json",
        bearer(token), null).status());

    Page list = it.get(TOKENS);
    Matcher revoke = Pattern.compile("<button id=\"(tokens:table:\\d+:revoke)\"[^>]*title=\""
        + "Återkalla " + Pattern.quote(feed) + "\"").matcher(list.body());
    assertTrue(revoke.find(), "a revoke button for the feed");
    Page revoked = it.ajax(TOKENS, PortalClient.inputs(list.body(), "tokens"), revoke.group(1),
        revoke.group(1), "tokens");
    assertTrue(revoked.body().contains("Nyckeln för " + feed + " är återkallad."),
        revoked.body());
    assertEquals(1, count("SELECT COUNT(*) FROM api_token WHERE name = '" + feed + "'"
        + " AND revoked_by = 'it' AND revoked_at IS NOT NULL"));

    Page refused = post(jsonRows("2026-07", "GSF", "3", "SBK", "4"), "application/json",
        bearer(token), null);
    assertEquals(401, refused.status(), refused.body());
    assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
    assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"));
    assertTrue(json(refused.body()).getString("detail").contains("återkallad"));

    String madeUp = "tk_" + "A".repeat(43);
    assertEquals(401, post(jsonRows("2026-07", "GSF", "5", "SBK", "6"), "application/json",
        bearer(madeUp), null).status());
  }

  @Test
  void aViewerCannotImportAndAnItControllerCanWithBasic() {
    long batches = count("SELECT COUNT(*) FROM import_batch");
    String ref = UUID.randomUUID().toString().substring(0, 8);
    String body = jsonRows("2026-08", "GSF", "2", "SBK", "1").replace("\"r1\"", "\"" + ref + "\"");
    Page viewer = post(body, "application/json", basic("personal.gsf"), null);
    assertEquals(403, viewer.status(), viewer.body());
    assertTrue(viewer.header("Content-Type").startsWith("application/problem+json"));
    assertEquals(batches, count("SELECT COUNT(*) FROM import_batch"));
    assertEquals(403, PortalClient.loggedIn(base, "personal.gsf", "demo").get(TOKENS).status(),
        "nor see the tokens page");
    assertEquals(403, post(body, "application/json", basic("ekonom.gsf"), null).status());

    Page it = post(body, "application/json", basic("it"), null);
    assertEquals(201, it.status(), it.body());
    JsonObject receipt = json(it.body());
    assertEquals("api", receipt.getString("source"), "the default source");
    assertEquals("it", receipt.getString("importedBy"));
  }

  @Test
  void aFeedTokenOpensNothingElseAndKeepsToItsOwnSource() {
    String feed = feedName("Smal");
    String token = createToken(feed);
    PortalClient client = new PortalClient(base);
    for (String path : List.of("api/v1/organisations", "api/v1/users", "api/v1/services")) {
      Page page = client.send(HttpRequest.newBuilder(client.uri(path))
          .header("Authorization", bearer(token)).GET().build());
      assertEquals(403, page.status(), path);
    }
    Page start = client.send(HttpRequest.newBuilder(client.uri("index.xhtml"))
        .header("Authorization", bearer(token)).GET().build());
    assertEquals(302, start.status(), "no page for a token, only the login");

    Page other = post(jsonRows("2026-10", "GSF", "1", "SBK", "1"), "application/json",
        bearer(token), null, "?source=Servicedesk");
    assertEquals(422, other.status(), other.body());
    assertTrue(other.body().contains("eget namn"), other.body());

    Page broken = post("[{\"period\": \"2026-10\",", "application/json", bearer(token), null);
    assertEquals(400, broken.status(), broken.body());
    assertTrue(broken.header("Content-Type").startsWith("application/problem+json"));
    Page unknownField = post("[{\"period\": \"2026-10\", \"qty\": 1}]", "application/json",
        bearer(token), null);
    assertEquals(400, unknownField.status());
    assertTrue(json(unknownField.body()).getString("detail").contains("qty"));
  }

  @Test
  void theEndpointAndTheTokenSchemeAreInTheOpenApiDocument() {
    Page openapi = new PortalClient(base).get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/consumption"), openapi.body());
    assertTrue(openapi.body().contains("feedToken") && openapi.body().contains("bearer"));
    assertTrue(openapi.body().contains("text/csv"));
  }

  // ---- helpers

  private static String feedName(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private String createToken(String feed) {
    return createToken(PortalClient.loggedIn(base, "it", "demo"), feed);
  }

  /** As IT_CONTROLLER does it: name, create, read the token from the dialog, close it. */
  private String createToken(PortalClient it, String feed) {
    Page page = it.get(TOKENS);
    assertEquals(200, page.status());
    Map<String, String> form = PortalClient.inputs(page.body(), "create");
    form.put("create:name", feed);
    Page created = it.ajax(TOKENS, form, "create:createToken", "create",
        "create tokens:table secretForm");
    assertTrue(created.body().contains("En ny nyckel för " + feed + " har skapats."),
        created.body());
    Matcher token = TOKEN.matcher(created.body());
    assertTrue(token.find(), "the token is shown");
    Page closed = it.ajax(TOKENS, PortalClient.inputs(page.body(), "secretForm"),
        "secretForm:close", "secretForm:close", "secretForm");
    assertFalse(closed.body().contains(token.group()), "gone once the dialog closes");
    return token.group();
  }

  /** Two rows of ARB-DATOR STD for two orgs; references r1 and r2. */
  private static String jsonRows(String period, String org1, String qty1, String org2,
      String qty2) {
    return """
        [{"period": "%1$s", "org": "%2$s", "service": "ARB-DATOR", "level": "STD",
          "quantity": %3$s, "reference": "r1"},
         {"period": "%1$s", "org": "%4$s", "service": "ARB-DATOR", "level": "STD",
          "quantity": "%5$s", "reference": "r2"}]
        """.formatted(period, org1, qty1, org2, qty2);
  }

  private Page post(String body, String type, String authorization, String key) {
    return post(body, type, authorization, key, "");
  }

  private Page post(String body, String type, String authorization, String key, String query) {
    PortalClient client = new PortalClient(base);
    HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(FEED + query))
        .header("Content-Type", type)
        .header("Accept", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return client.send(request.build());
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static long count(String sql) {
    return TestDatabase.count(sql);
  }

  private static String text(String sql) {
    try (var c = TestDatabase.connect();
        var st = c.prepareStatement(sql);
        var rs = st.executeQuery()) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
