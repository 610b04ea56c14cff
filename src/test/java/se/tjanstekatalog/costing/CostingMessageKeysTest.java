package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The budgetväxling and what-if code asks only for texts that exist in both languages (the
 * shared bundle test covers the pages and the older capabilities' prefixes).
 */
class CostingMessageKeysTest {
  private static final Pattern KEY =
      Pattern.compile("\"((?:budget|whatif)\\.[a-zA-Z.]*[a-zA-Z])\"");

  @Test
  void everyBudgetAndWhatIfKeyInTheCodeExistsInSwedishAndEnglish() throws IOException {
    Properties sv = load("messages_sv.properties");
    Properties en = load("messages.properties");
    Set<String> missing = new TreeSet<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/tjanstekatalog/costing"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          found++;
          if (!sv.containsKey(m.group(1)) || !en.containsKey(m.group(1))) {
            missing.add(m.group(1) + " (" + file.getFileName() + ")");
          }
        }
      }
    }
    assertTrue(found > 20, "the scan finds the keys: " + found);
    assertTrue(missing.isEmpty(), "missing: " + missing);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CostingMessageKeysTest.class.getResourceAsStream(
        "/se/tjanstekatalog/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
