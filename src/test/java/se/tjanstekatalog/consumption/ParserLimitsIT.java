package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Issue 14, finding 5: a CSV with a broken or endless quote and an .xlsx zip bomb are refused
 * with row, column and a Swedish reason, over REST (422) and on the upload page, without a
 * library's words or an exception's name, and the portal keeps serving.
 */
@ExtendWith(ArquillianExtension.class)
class ParserLimitsIT {
  private static final String FEED = "api/v1/consumption";
  private static final String IMPORTS = "consumption/imports.xhtml";
  private static final String HEADER = "period;förvaltning;tjänst;nivå;antal;referens\n";
  /** What must never reach a user: exception and library names, POI's zip bomb words. */
  private static final List<String> LEAKS = List.of("Exception", "org.apache", "java.io",
      "EOF reached", "encapsulated", "Zip bomb", "INFLATE");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void aBrokenQuoteOverRestIs422WithRowAndColumn() {
    Page page = postCsv(HttpRequest.BodyPublishers.ofString(HEADER
        + "2026-03;GSF;ARB-DATOR;STD;1;\n2026-03;GSF;ARB-DATOR;STD;\"abc",
        StandardCharsets.UTF_8));
    assertEquals(422, page.status(), page.body());
    JsonObject error = onlyError(page);
    assertEquals(3, error.getInt("row"));
    assertEquals("antal", error.getString("column"));
    assertEquals("Fältet börjar med ett citattecken (\") som aldrig avslutas.",
        error.getString("message"));
    assertNoLeak(page.body());
  }

  @Test
  void aLongUnterminatedQuoteIsStoppedAtTheLimitAndThePortalKeepsServing() {
    byte[] head = (HEADER + "2026-03;GSF;ARB-DATOR;STD;1;\"").getBytes(StandardCharsets.UTF_8);
    byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.UTF_8);
    // 20 MB in one quote, streamed: far beyond the 64 Ki-character field limit.
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(
        () -> new SequenceInputStream(new java.io.ByteArrayInputStream(head),
            repeat(line, 200_000)));
    long start = System.nanoTime();
    Page page = postCsv(body);
    assertEquals(422, page.status(), page.body());
    JsonObject error = onlyError(page);
    assertEquals(2, error.getInt("row"));
    assertEquals("referens", error.getString("column"));
    assertTrue(error.getString("message").startsWith("Fältet är längre än 65"),
        error.getString("message"));
    assertNoLeak(page.body());
    assertTrue(System.nanoTime() - start < 120_000_000_000L, "answered in time");

    PortalClient client = new PortalClient(base);
    assertEquals(200, client.get("health/ready").status(), "still serving");
    assertEquals(200, client.getWithBasic("api/v1/services", "it", "demo").status());
  }

  @Test
  void theUploadPageReportsABrokenQuoteInSwedish() {
    String html = upload("trasig.csv", (HEADER + "2026-03;GSF;ARB-DATOR;STD;1;\n"
        + "2026-03;GSF;ARB-DATOR;STD;\"abc").getBytes(StandardCharsets.UTF_8));
    assertTrue(html.contains("Fel i filen"), html);
    assertTrue(html.contains("som aldrig avslutas"), html);
    assertTrue(html.contains("antal"), "the column: " + html);
    assertFalse(html.contains("error/500"), "no error page: " + html);
    assertNoLeak(html);
  }

  @Test
  void anXlsxZipBombIsRefusedInSwedish() throws IOException {
    String html = upload("bomb.xlsx", zipBomb());
    assertTrue(html.contains("kan inte läsas som Excel-arbetsbok"), html);
    assertFalse(html.contains("error/500"), "no error page: " + html);
    assertNoLeak(html);
  }

  private Page postCsv(HttpRequest.BodyPublisher body) {
    String basic = Base64.getEncoder().encodeToString("it:demo".getBytes(StandardCharsets.UTF_8));
    PortalClient client = new PortalClient(base);
    return client.send(HttpRequest.newBuilder(client.uri(FEED))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "text/csv; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(body).build());
  }

  private static JsonObject onlyError(Page page) {
    assertTrue(page.header("Content-Type").startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(page.body())).readObject();
    assertEquals(1, problem.getInt("problemCount"), page.body());
    return problem.getJsonArray("errors").getJsonObject(0);
  }

  private static void assertNoLeak(String body) {
    for (String leak : LEAKS) {
      assertFalse(body.contains(leak), leak + " in " + body);
    }
  }

  /** The upload page as a browser drives it: consumption, then the file (Ajax, multipart). */
  private String upload(String fileName, byte[] content) {
    PortalClient it = PortalClient.loggedIn(base, "it", "demo");
    Page page = it.get(IMPORTS);
    assertEquals(200, page.status(), page.body());
    Map<String, String> fields = PortalClient.inputs(page.body(), "tabs:importForm");
    fields.put("tabs:importForm:kind", "CONSUMPTION");
    fields.put("tabs:importForm:source", "");
    Page result = it.upload(IMPORTS, fields, "tabs:importForm:upload", fileName, content,
        "tabs:importForm:upload tabs:importForm:kind tabs:importForm:source",
        "tabs:importForm:result messages");
    assertEquals(200, result.status(), result.body());
    return result.body();
  }

  private static InputStream repeat(byte[] chunk, int times) {
    return new SequenceInputStream(Collections.enumeration(
        Collections.nCopies(times, chunk).stream()
            .map(b -> (InputStream) new java.io.ByteArrayInputStream(b)).toList()));
  }

  /** A workbook whose sheet unpacks from a few kB to 20 MB (POI refuses the ratio). */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream book = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("period");
      wb.write(book);
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(
        book.toByteArray())); ZipOutputStream zip = new ZipOutputStream(bomb)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          data = (xml.substring(0, end) + " ".repeat(20_000_000) + xml.substring(end))
              .getBytes(StandardCharsets.UTF_8);
        }
        zip.write(data);
        zip.closeEntry();
      }
    }
    return bomb.toByteArray();
  }
}
