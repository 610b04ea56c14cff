package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The Content-Security-Policy as the browser met it: every page (document) the browser loaded
 * from the portal must carry the policy with its directives (read from Chromium's network log,
 * so these are the very responses the tests saw), and the console must show no violation of
 * it (Chromium logs each blocked script, handler or resource there). A page that needs an
 * inline script without the nonce, or an injected {@code onerror=}, fails the test.
 */
final class PageSecurity {
  /** Directives (and their exact sources) every page's policy must have. */
  static final Map<String, String> REQUIRED = Map.of(
      "object-src", "'none'",
      "base-uri", "'none'",
      "frame-ancestors", "'none'");

  private final String portalRoot;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> pages = new LinkedHashSet<>();

  PageSecurity(String base) {
    this.portalRoot = base.endsWith("/") ? base : base + "/";
  }

  /** Reads (and so empties) the browser's console and network logs. */
  void collect(WebDriver driver) {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getMessage().contains("Content Security Policy")) {
        problems.add("CSP violation in the console: " + e.getMessage());
      }
    }
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message = Json.createReader(new StringReader(e.getMessage())).readObject()
          .getJsonObject("message");
      if (!"Network.responseReceived".equals(message.getString("method", ""))) {
        continue;
      }
      JsonObject params = message.getJsonObject("params");
      JsonObject response = params.getJsonObject("response");
      String url = response.getString("url", "");
      // The portal's own pages only: the single sign-on provider runs on localhost too, on a
      // port that may start with the portal's digits.
      if (!"Document".equals(params.getString("type", "")) || !url.startsWith(portalRoot)) {
        continue;
      }
      pages.add(url);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      response.getJsonObject("headers").forEach((k, v) -> headers.put(k,
          v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
              ? ((jakarta.json.JsonString) v).getString() : v.toString()));
      String problem = policyProblem(headers.get("Content-Security-Policy"));
      if (problem != null) {
        problems.add(url + " (" + response.getInt("status", 0) + "): " + problem);
      }
    }
  }

  /** What is wrong with a policy header, or null when it forbids what it must. */
  static String policyProblem(String header) {
    if (header == null) {
      return "no Content-Security-Policy header";
    }
    if (header.contains(",")) {
      return "more than one policy: " + header;
    }
    Map<String, List<String>> directives = Arrays.stream(header.split(";"))
        .map(String::strip).filter(d -> !d.isEmpty())
        .collect(Collectors.toMap(d -> d.split("\\s+")[0],
            d -> Arrays.asList(d.split("\\s+")).subList(1, d.split("\\s+").length)));
    List<String> scripts = directives.get("script-src");
    if (scripts == null || !scripts.contains("'self'") || scripts.contains("'unsafe-inline'")
        || scripts.contains("'unsafe-eval'") || scripts.contains("*")
        || scripts.stream().anyMatch(s -> s.endsWith(":"))) {
      return "script-src must be 'self' plus a nonce only: " + header;
    }
    for (Map.Entry<String, String> d : REQUIRED.entrySet()) {
      if (!List.of(d.getValue()).equals(directives.get(d.getKey()))) {
        return d.getKey() + " " + d.getValue() + " missing: " + header;
      }
    }
    return null;
  }

  /** The portal's pages the browser has loaded so far (full URLs, query included). */
  Set<String> pages() {
    return pages;
  }

  /** Fails with every problem found since the last call, then starts afresh. */
  void assertNoProblems() {
    List<String> found = List.copyOf(problems);
    problems.clear();
    assertTrue(found.isEmpty(), "Content-Security-Policy problems:\n  "
        + String.join("\n  ", found));
  }
}
