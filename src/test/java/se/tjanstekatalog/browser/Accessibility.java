package se.tjanstekatalog.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the version bundled in Deque's {@code com.deque.html.axe-core:selenium}, pinned in
 * pom.xml) on a page as it is: injected, run over the whole document with the WCAG 2.0 and 2.1
 * A and AA rules, every violation kept with its page, rule, elements and what to fix. No rule
 * is switched off. Each check is listed in {@code target/browser-report/axe-checks.txt}, the
 * count the issue asks for.
 */
final class Accessibility {
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Path REPORT = Path.of(System.getProperty("tk.projectDir", "."))
      .resolve("target/browser-report/axe-checks.txt");

  private final String suite;
  private final List<String> violations = new ArrayList<>();

  Accessibility(String suite) {
    this.suite = suite;
  }

  void check(WebDriver driver, String state) {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe could not run on " + state + ": " + results.getErrorMessage());
    }
    List<Rule> found = results.getViolations();
    for (Rule rule : found) {
      StringBuilder b = new StringBuilder();
      b.append(state).append(" (").append(driver.getCurrentUrl()).append("): ")
          .append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
          .append(rule.getHelp());
      for (CheckedNode node : rule.getNodes()) {
        b.append("\n    ").append(node.getTarget()).append("  ")
            .append(abbreviate(node.getHtml()))
            .append("\n      ").append(String.valueOf(node.getFailureSummary())
                .replace("\n", "\n      "));
      }
      violations.add(b.toString());
    }
    record(state, driver.getCurrentUrl(), found.size());
  }

  void assertNoViolations() {
    if (!violations.isEmpty()) {
      String all = String.join("\n", violations);
      int count = violations.size();
      violations.clear();
      throw new AssertionError(count + " WCAG 2.1 A/AA violation(s) found by axe:\n" + all);
    }
  }

  private synchronized void record(String state, String url, int count) {
    try {
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, suite + " | " + state + " | " + url + " | violations: " + count
          + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String html) {
    String s = html == null ? "" : html.replaceAll("\\s+", " ");
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
