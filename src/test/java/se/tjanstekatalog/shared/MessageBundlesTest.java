package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Every text a page or the code asks for exists in Swedish, and English has the same keys. */
class MessageBundlesTest {
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile("\"((?:org|user|keyValue|settings|error|login|catalogue|priceList|proposal"
          + "|subscription|request|export\\.(?:catalogue|statement|invoiceBasis)|feed|token)"
          + "\\.[a-zA-Z.]*[a-zA-Z])\"");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
        "/se/tjanstekatalog/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void swedishAndEnglishHaveTheSameKeys() throws IOException {
    Set<String> sv = new TreeSet<>(load("messages_sv.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
    sv.removeIf(k -> k.startsWith("jakarta.faces."));
    assertEquals(sv, en);
  }

  @Test
  void everyKeyUsedByPagesAndCodeExistsInSwedish() throws IOException {
    Properties sv = load("messages_sv.properties");
    Set<String> missing = new TreeSet<>();
    scan(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, sv, missing);
    scan(Path.of("src/main/java"), ".java", CODE_KEY, sv, missing);
    assertTrue(missing.isEmpty(), "missing in messages_sv.properties: " + missing);
  }

  @Test
  void swedishTextIsRealUtf8() throws IOException {
    assertEquals("Fel användarnamn eller lösenord.",
        load("messages_sv.properties").getProperty("login.failed"));
  }

  private static void scan(Path root, String suffix, Pattern pattern, Properties bundle,
      Set<String> missing) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          if (!bundle.containsKey(m.group(1))) {
            missing.add(m.group(1) + " (" + root.relativize(file) + ")");
          }
        }
      }
    }
  }
}
