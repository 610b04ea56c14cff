package se.tjanstekatalog.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The container tests keep to their own months ({@link TestMonths}): read from their sources,
 * so a new test that picks another class's month fails here, in seconds, and not in some
 * order of the container run.
 */
class TestMonthsTest {
  /** A month as the tests write it: 2019-05, 2019-05-01, '2019-05-31'. */
  private static final Pattern MONTH =
      Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(0[1-9]|1[0-2])(?!\\d)");
  private static final Pattern YEAR_MONTH_OF =
      Pattern.compile("YearMonth\\.of\\((\\d{4}),\\s*(\\d{1,2})\\)");

  @Test
  void noMonthHasTwoOwnersAndNoneIsInTheDemoYearOrNamedOnly() {
    Map<YearMonth, String> owners = new TreeMap<>();
    List<String> clashes = new ArrayList<>();
    TestMonths.OWNED.forEach((owner, months) -> months.forEach(month -> {
      String other = owners.put(month, owner);
      if (other != null) {
        clashes.add(month + ": " + other + " and " + owner);
      }
      if (month.getYear() == TestMonths.DEMO_YEAR.getValue()) {
        clashes.add(month + ": the demo year is nobody's, but " + owner + " claims it");
      }
      if (TestMonths.NAMED_ONLY.containsKey(month)) {
        clashes.add(month + ": named only, but " + owner + " claims it");
      }
    }));
    assertEquals(List.of(), clashes);
  }

  @Test
  void everyContainerTestNamesOnlyItsOwnMonthsOutsideTheDemoYear() throws IOException {
    Map<String, Path> sources = containerTests();
    assertTrue(sources.size() > 20, "the container tests are found: " + sources.keySet());
    assertTrue(sources.keySet().containsAll(TestMonths.OWNED.keySet()),
        "every owner is a container test: " + TestMonths.OWNED.keySet());
    List<String> strays = new ArrayList<>();
    for (Map.Entry<String, Path> test : sources.entrySet()) {
      for (YearMonth month : months(Files.readString(test.getValue()))) {
        if (month.getYear() == TestMonths.DEMO_YEAR.getValue()
            || TestMonths.NAMED_ONLY.containsKey(month)) {
          continue;
        }
        String owner = TestMonths.owner(month).orElse(null);
        if (!test.getKey().equals(owner)) {
          strays.add(test.getKey() + " names " + month + ", which is "
              + (owner == null ? "nobody's: claim it in TestMonths" : owner + "'s"));
        }
      }
    }
    assertEquals(List.of(), strays, "pick months of the class's own (TestMonths.OWNED)");
  }

  @Test
  void monthsAreFoundAsTheTestsWriteThem() {
    assertEquals(Set.of(YearMonth.of(2019, 5), YearMonth.of(2017, 3), YearMonth.of(2031, 6)),
        months("s.execute(\"CALL tk_lock_period('2019-05-01', 'test')\"); YearMonth.of(2017, 3);"
            + " \"2031-06\"; \"2026-13\"; \"11-2026\"; 12026-01"));
  }

  /** The classes of the container-test execution (pom.xml: *IT but not the browser's). */
  private static Map<String, Path> containerTests() throws IOException {
    Map<String, Path> tests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      files.map(Path::toString).filter(f -> f.endsWith("IT.java"))
          .filter(f -> !f.endsWith("BrowserIT.java") && !f.endsWith("DemoYearIT.java"))
          .forEach(f -> {
            Path path = Path.of(f);
            String name = path.getFileName().toString();
            tests.put(name.substring(0, name.length() - ".java".length()), path);
          });
    }
    return tests;
  }

  private static Set<YearMonth> months(String source) {
    Set<YearMonth> months = new TreeSet<>();
    Matcher m = MONTH.matcher(source);
    while (m.find()) {
      months.add(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    Matcher of = YEAR_MONTH_OF.matcher(source);
    while (of.find()) {
      months.add(YearMonth.of(Integer.parseInt(of.group(1)), Integer.parseInt(of.group(2))));
    }
    return months;
  }
}
