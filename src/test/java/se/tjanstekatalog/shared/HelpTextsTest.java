package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import se.tjanstekatalog.shared.boundary.HelpTopics;

/**
 * Every page help and glossary text exists in Swedish and English, each page named in
 * {@link HelpTopics#PAGES} has its {@code tk:help}, and every {@code tk:term} on a page is a
 * glossary term.
 */
class HelpTextsTest {
  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern HELP = Pattern.compile("<tk:help page=\"([^\"]+)\"");
  private static final Pattern TERM = Pattern.compile("<tk:term term=\"([^\"]+)\"");

  private static List<String> keys() {
    List<String> keys = new ArrayList<>(List.of("help.button", "help.heading",
        "help.glossaryLink", "glossary.title", "glossary.lead"));
    HelpTopics.PAGES.forEach(page -> keys.add("help." + page));
    HelpTopics.TERMS.forEach(term -> {
      keys.add("glossary." + term);
      keys.add("glossary." + term + ".text");
    });
    return keys;
  }

  @Test
  void everyHelpAndGlossaryTextIsInBothLanguages() throws IOException {
    for (String bundle : List.of("messages_sv.properties", "messages.properties")) {
      Properties texts = MessageBundlesTest.load(bundle);
      for (String key : keys()) {
        String text = texts.getProperty(key);
        assertTrue(text != null && !text.isBlank(), key + " in " + bundle);
      }
    }
    assertEquals(8, HelpTopics.TERMS.size(), "skarp, skugga, täckningsgrad, solidarisk"
        + " fördelning, internfakturering, budgetväxling, pool, fördelningsnyckel");
  }

  @Test
  void everyMainPageHasItsHelpAndTermsAreInTheGlossary() throws IOException {
    List<String> helped = new ArrayList<>();
    Set<String> terms = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String page = Files.readString(file);
        Matcher help = HELP.matcher(page);
        while (help.find()) {
          helped.add(help.group(1));
        }
        Matcher term = TERM.matcher(page);
        while (term.find()) {
          terms.add(term.group(1));
        }
      }
    }
    assertEquals(new TreeSet<>(HelpTopics.PAGES), new TreeSet<>(helped), "pages with tk:help");
    assertEquals(HelpTopics.PAGES.size(), helped.size(), "one help per page");
    assertTrue(HelpTopics.TERMS.containsAll(terms), "terms used: " + terms);
    assertEquals(new TreeSet<>(HelpTopics.TERMS), terms, "every term appears on a page");
  }
}
