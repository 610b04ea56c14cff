package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tjanstekatalog.testsupport.Workbooks.read;
import static se.tjanstekatalog.testsupport.Workbooks.texts;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Download;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/**
 * The Excel exports of Förbrukning per månad, Prislistor and Periodöversikt over HTTP: each
 * page's link downloads in the page's session, scripts download with HTTP Basic, a role the
 * page refuses gets 403, and VIEWER gets their own org only. Reads the demo year only.
 */
@ExtendWith(ArquillianExtension.class)
class PageExportsIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** The lines above a table, an empty row, then the headings. */
  private static final int CONSUMPTION_HEADINGS = 3;
  private static final int PRICE_LIST_HEADINGS = 5;
  private static final int PERIODS_HEADINGS = 2;

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void consumptionLinkDownloadsTheMonthShownAndViewerGetsTheirOwnOrg() throws Exception {
    // A demo month: the page's default is the latest month with consumption, which other
    // classes' own months (one org each) may be
    Download file = controllersLink("consumption/overview.xhtml?period=2026-06",
        "api/v1/consumption/overview\\.xlsx\\?month=(2026-06)", "forbrukning-$1.xlsx");
    try (XSSFWorkbook book = read(file.body())) {
      assertEquals(List.of("Per organisation", "Per tjänstenivå", "Poolkostnader"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
      Sheet orgs = book.getSheetAt(0);
      assertEquals(List.of("Kod", "Namn", "Rader", "Värde enligt prislistan"),
          texts(orgs.getRow(CONSUMPTION_HEADINGS)));
      assertTrue(orgs.getLastRowNum() > CONSUMPTION_HEADINGS + 1, "several orgs");
      Row first = orgs.getRow(CONSUMPTION_HEADINGS + 1);
      assertEquals(CellType.NUMERIC, first.getCell(3).getCellType(), "kronor as a number");
      assertEquals("#,##0.00 \"kr\"", first.getCell(3).getCellStyle().getDataFormatString());
    }

    Download viewer = basic("api/v1/consumption/overview.xlsx?month=2026-06", "personal.gsf");
    assertXlsx(viewer, "forbrukning-2026-06.xlsx");
    try (XSSFWorkbook book = read(viewer.body())) {
      Sheet orgs = book.getSheetAt(0);
      assertEquals(CONSUMPTION_HEADINGS + 1, orgs.getLastRowNum(), "one org");
      assertEquals("GSF", orgs.getRow(CONSUMPTION_HEADINGS + 1).getCell(0).getStringCellValue());
    }
    assertEquals(422, basic("api/v1/consumption/overview.xlsx?month=juni", "it").status());
  }

  @Test
  void priceListLinkDownloadsTheSelectedListForTheControllerOnly() throws Exception {
    Download file = controllersLink("catalogue/pricelists.xhtml",
        "api/v1/pricelists/(\\d+)/export\\.xlsx", null);
    assertTrue(file.header("Content-Disposition")
        .matches("attachment; filename=\"prislista-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.xlsx\""));
    String path = file.raw().uri().getPath();
    try (XSSFWorkbook book = read(file.body())) {
      Sheet sheet = book.getSheet("Prislista");
      assertEquals("Kod Tjänst Nivå Gäller från Enhet Självkostnad Pris",
          String.join(" ", texts(sheet.getRow(PRICE_LIST_HEADINGS))));
      Set<String> services = new HashSet<>();
      for (int r = PRICE_LIST_HEADINGS + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        services.add(row.getCell(1).getStringCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(5).getCellType(), "cost price, row " + r);
        assertTrue(row.getCell(6).getNumericCellValue() >= row.getCell(5).getNumericCellValue(),
            "the charged price includes the markup, row " + r);
      }
      assertTrue(services.contains("Datorarbetsplats"), "demo services: " + services);
    }

    String api = path.substring(path.indexOf("api/v1/"));
    assertXlsx(basic(api, "it"), file.header("Content-Disposition")
        .replaceAll(".*filename=\"(.*)\"", "$1"));
    assertEquals(403, basic(api, "ekonom.gsf").status(), "ORG_FINANCE");
    assertEquals(403, basic(api, "personal.gsf").status(), "VIEWER");
    assertEquals(404, basic("api/v1/pricelists/987654321/export.xlsx", "it").status());
  }

  @Test
  void periodsLinkDownloadsTheYearForTheControllerOnly() throws Exception {
    Download file = controllersLink("statements/periods.xhtml?year=2026",
        "api/v1/periods/overview\\.xlsx\\?year=(2026)", "perioder-$1.xlsx");
    try (XSSFWorkbook book = read(file.body())) {
      Sheet months = book.getSheet("Månader");
      assertEquals(List.of("Månad", "Status", "Beräknad", "Indata ändrade", "Godkänt",
          "Kommenterat", "Inte svarat"), texts(months.getRow(PERIODS_HEADINGS)));
      assertEquals(PERIODS_HEADINGS + 12, months.getLastRowNum(), "twelve months");
      assertEquals("2026-01", months.getRow(PERIODS_HEADINGS + 1).getCell(0)
          .getStringCellValue());
      assertTrue(Set.of("Öppen", "Preliminär", "Granskad", "Låst").contains(
          months.getRow(PERIODS_HEADINGS + 1).getCell(1).getStringCellValue()));
      assertEquals(List.of("Månad", "Kod", "Namn", "Svar", "Godkänt av", "Godkänt",
          "Öppna kommentarer"), texts(book.getSheet("Svar").getRow(PERIODS_HEADINGS)));
    }
    assertXlsx(basic("api/v1/periods/overview.xlsx?year=2026", "it"), "perioder-2026.xlsx");
    assertEquals(403, basic("api/v1/periods/overview.xlsx?year=2026", "ekonom.gsf").status());
    assertEquals(403, basic("api/v1/periods/overview.xlsx?year=2026", "admin").status(),
        "ADMIN does not see the period overview either");
  }

  /**
   * Opens the page as the controller, finds the export link matching {@code link} and
   * downloads it; {@code fileName} (with the link's group 1 for {@code $1}), if given, is the
   * file's name.
   */
  private Download controllersLink(String page, String link, String fileName) {
    PortalClient client = PortalClient.loggedIn(base, "it", "demo");
    Page html = client.open(page);
    assertEquals(200, html.status(), page);
    Matcher m = Pattern.compile(link).matcher(html.body().replace("&amp;", "&"));
    assertTrue(m.find(), "export link on " + page);
    Download file = client.fetch(m.group());
    assertEquals(200, file.status(), m.group());
    assertTrue(file.header("Content-Type").startsWith(XLSX), file.header("Content-Type"));
    if (fileName != null) {
      assertEquals("attachment; filename=\"" + fileName.replace("$1", m.group(1)) + "\"",
          file.header("Content-Disposition"));
    }
    return file;
  }

  private Download basic(String path, String user) {
    PortalClient client = new PortalClient(base);
    String token = Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return client.bytes(HttpRequest.newBuilder(client.uri(path))
        .header("Authorization", "Basic " + token).GET().build());
  }

  private static void assertXlsx(Download file, String fileName) {
    assertEquals(200, file.status());
    assertTrue(file.header("Content-Type").startsWith(XLSX), file.header("Content-Type"));
    assertEquals("attachment; filename=\"" + fileName + "\"", file.header("Content-Disposition"));
  }
}
