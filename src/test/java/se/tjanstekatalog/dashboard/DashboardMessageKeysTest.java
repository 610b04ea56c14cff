package se.tjanstekatalog.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.CostTally;

/**
 * The dashboard's code asks only for texts that exist in both languages: the literal
 * {@code dashboard.*} keys in its Java files and the keys it builds (binding model, group,
 * period state).
 */
class DashboardMessageKeysTest {
  private static final Pattern KEY = Pattern.compile("\"(dashboard\\.[a-zA-Z.]*[a-zA-Z])\"");

  @Test
  void everyDashboardKeyInTheCodeExistsInSwedishAndEnglish() throws IOException {
    Properties sv = load("messages_sv.properties");
    Properties en = load("messages.properties");
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/tjanstekatalog/dashboard"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    assertTrue(keys.size() > 30, "the scan finds the keys: " + keys.size());
    for (CostTally.Binding b : CostTally.Binding.values()) {
      keys.add(b.messageKey());
    }
    keys.add("dashboard.group.ADMINISTRATION");
    keys.add("dashboard.group.COMPANY");
    for (String status : List.of("OPEN", "PRELIMINARY", "REVIEWED", "LOCKED")) {
      keys.add("period.status." + status);
    }
    Set<String> missing = new TreeSet<>();
    for (String key : keys) {
      if (!sv.containsKey(key) || !en.containsKey(key)) {
        missing.add(key);
      }
    }
    assertTrue(missing.isEmpty(), "missing: " + missing);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = DashboardMessageKeysTest.class.getResourceAsStream(
        "/se/tjanstekatalog/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
