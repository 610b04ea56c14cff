package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.accounting.SieReader;
import se.tjanstekatalog.testsupport.PortalClient;

/**
 * Issue 7's demo year, read over plain HTTP from the browser tests' fresh portal (no browser:
 * this class runs on a machine without Chromium too): 2026-01..10 locked with their transitions
 * in the history, 2026-11 preliminary with 5 orgs approved, 1 with an open comment and 12 not
 * responded, 2026-12 open; the SIE file of 2026-10 balances, is code page 437 with å/ä/ö and
 * books for each förvaltning exactly its statement's total.
 *
 * <p>Reads the demo as the portal made it ({@link BrowserPortal.DemoAsMade}: put back if another
 * class ran before, e.g. {@code StatementJourneyBrowserIT}, which approves and locks 2026-11).
 */
@ExtendWith({BrowserPortal.WithoutBrowser.class, BrowserPortal.DemoAsMade.class})
class DemoYearIT {
  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

  @Test
  void periodOverviewShowsTheDemoYear() throws Exception {
    PortalClient it = PortalClient.loggedIn(URI.create(BrowserPortal.baseUrl() + "/").toURL(),
        "it", "demo");
    PortalClient.Page page = it.get("statements/periods.xhtml?year=2026");
    assertEquals(200, page.status());
    Map<String, String> months = rows(page.body(), "periods:months_data");
    assertEquals(12, months.size(), months.keySet().toString());
    for (int m = 1; m <= 10; m++) {
      String month = YearMonth.of(2026, m).toString();
      assertTrue(months.get(month).contains("Låst"), month + ": " + months.get(month));
    }
    String november = months.get("2026-11");
    assertTrue(november.contains("Preliminär"), november);
    assertTrue(november.contains("Godkänt: 5 · Kommenterat: 1 · Inte svarat: 12"), november);
    assertTrue(months.get("2026-12").contains("Öppen"), months.get("2026-12"));

    // Every step of every month is in the history: to Preliminär, Granskad and Låst for
    // 2026-01..10, to Preliminär for 2026-11, by a named person with a time.
    List<String> history = List.copyOf(rowsInOrder(page.body(), "periods:history_data"));
    for (int m = 1; m <= 11; m++) {
      String month = YearMonth.of(2026, m).toString();
      List<String> steps = m <= 10 ? List.of("Preliminär", "Granskad", "Låst") : List.of("Preliminär");
      for (String to : steps) {
        // a row: month, from, to, by, when, reason
        assertTrue(history.stream().anyMatch(h -> h.matches(month + " \\S+ " + to
            + " \\S+ \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*")),
            month + " → " + to + " is recorded; history: " + String.join("\n", history));
      }
    }
    assertFalse(history.stream().anyMatch(h -> h.startsWith("2026-12 ")),
        "2026-12 has not moved");
  }

  @Test
  void octobersSieFileBalancesAndBooksEachStatementTotal() throws Exception {
    PortalClient api = new PortalClient(URI.create(BrowserPortal.baseUrl() + "/").toURL());
    PortalClient.Download sie = basic(api, "api/v1/periods/2026-10/sie");
    assertEquals(200, sie.status(), new String(sie.body(), StandardCharsets.UTF_8));
    assertTrue(sie.header("Content-Type").replace(" ", "").endsWith("charset=IBM437"),
        sie.header("Content-Type"));
    SieReader reader = SieReader.read(sie.body());
    assertEquals("4", reader.rows("#SIETYP").get(0).fields().get(0));
    assertEquals("PC8", reader.rows("#FORMAT").get(0).fields().get(0));
    assertFalse(reader.vers.isEmpty(), "October has vouchers");
    String text = new String(sie.body(), Charset.forName("IBM437"));
    assertTrue(text.contains("Grundskoleförvaltningen"), "ö in code page 437");
    assertTrue(text.contains("Hälsa-, vård- och omsorgsförvaltningen"), "ä and å in code page 437");
    assertFalse(text.contains("?"), "nothing was unmappable to code page 437");
    assertFalse(new String(sie.body(), StandardCharsets.ISO_8859_1).contains("ö"),
        "not Latin-1");

    Map<String, BigDecimal> debits = new HashMap<>();
    for (SieReader.Ver ver : reader.vers) {
      assertEquals(0, ver.sum().signum(), "every #VER balances: " + ver.text());
      assertEquals("20261031", ver.date());
      for (SieReader.Trans t : ver.trans()) {
        if (t.amount().signum() > 0) {
          debits.merge(t.objects().get(1), t.amount(), BigDecimal::add);
        }
      }
    }
    JsonArray orgs = json(basic(api, "api/v1/organisations")).asJsonArray();
    int administrations = 0;
    for (JsonObject org : orgs.getValuesAs(JsonObject.class)) {
      if (!"ADMINISTRATION".equals(org.getString("kind"))) {
        assertFalse(debits.containsKey(org.getString("costCentre")),
            org.getString("code") + ": a bolag is invoiced, not journalled");
        continue;
      }
      administrations++;
      String code = org.getString("code");
      BigDecimal total = json(basic(api, "api/v1/periods/2026-10/statements/" + code))
          .asJsonObject().getJsonObject("totals").getJsonNumber("bindingTotal").bigDecimalValue();
      BigDecimal debit = debits.getOrDefault(org.getString("costCentre"), BigDecimal.ZERO);
      assertEquals(0, total.compareTo(debit),
          code + ": the statement's bindingTotal " + total + " = its debit " + debit);
    }
    assertEquals(14, administrations, "the demo's 14 förvaltningar");
  }

  /** A GET with Basic auth as {@code it}, the way an API client calls the portal. */
  private static PortalClient.Download basic(PortalClient api, String path) throws Exception {
    String token = java.util.Base64.getEncoder()
        .encodeToString("it:demo".getBytes(StandardCharsets.UTF_8));
    java.net.http.HttpResponse<byte[]> response = HTTP.send(
        java.net.http.HttpRequest.newBuilder(api.uri(path))
            .header("Authorization", "Basic " + token).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    return new PortalClient.Download(response.statusCode(), response.body(), response);
  }

  private static jakarta.json.JsonValue json(PortalClient.Download d) {
    assertEquals(200, d.status(), new String(d.body(), StandardCharsets.UTF_8));
    try (JsonReader r = Json.createReader(new StringReader(
        new String(d.body(), StandardCharsets.UTF_8)))) {
      return r.readValue();
    }
  }

  /** The rows of a table body as text, keyed by their first cell (the month). */
  private static Map<String, String> rows(String html, String tbodyId) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String row : rowsInOrder(html, tbodyId)) {
      out.put(row.substring(row.indexOf("2026-"), row.indexOf("2026-") + 7), row);
    }
    return out;
  }

  /** The rows of a table body as text, tags removed: "2026-11 Öppen Preliminär it …". */
  private static List<String> rowsInOrder(String html, String tbodyId) {
    int start = html.indexOf("id=\"" + tbodyId + "\"");
    assertTrue(start >= 0, "the page has " + tbodyId);
    int end = html.indexOf("</tbody>", start);
    Matcher m = ROW.matcher(html.substring(start, end));
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      String text = m.group(1).replaceAll("<[^>]+>", " ").replace("&nbsp;", " ")
          .replace("&amp;", "&").replace("&middot;", "·").replace("&#183;", "·")
          .replaceAll("\\s+", " ").strip();
      out.add(text);
    }
    return out;
  }
}
