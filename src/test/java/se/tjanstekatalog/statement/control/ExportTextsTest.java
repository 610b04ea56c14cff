package se.tjanstekatalog.statement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.accounting.control.InvoiceBasisCsv;
import se.tjanstekatalog.accounting.control.InvoiceBasisPdf;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * Every export text exists in Swedish and English, each pattern formats as written, and no
 * export in either language shows a key (what {@code Messages} returns for a missing text).
 */
class ExportTextsTest {
  private static final String[] PREFIXES = {"export.statement.", "export.invoiceBasis."};

  @Test
  void everyExportKeyIsInBothBundlesWithAText() throws IOException {
    Properties sv = load("messages_sv.properties");
    Properties en = load("messages.properties");
    Set<String> svKeys = exportKeys(sv);
    Set<String> enKeys = exportKeys(en);
    assertTrue(svKeys.size() > 90, "keys: " + svKeys.size());
    assertEquals(svKeys, enKeys);
    for (String key : svKeys) {
      assertFalse(sv.getProperty(key).isBlank(), key);
      assertFalse(en.getProperty(key).isBlank(), key);
    }
    for (String status : new String[] {"OPEN", "PRELIMINARY", "REVIEWED", "LOCKED"}) {
      assertTrue(sv.containsKey("period.status." + status) && en.containsKey("period.status."
          + status), status);
    }
  }

  @Test
  void everyPatternFormatsAsWritten() throws IOException {
    for (String bundle : new String[] {"messages_sv.properties", "messages.properties"}) {
      Properties p = load(bundle);
      for (String key : exportKeys(p)) {
        String value = p.getProperty(key);
        if (value.contains("{0}")) {
          Locale locale = bundle.contains("_sv") ? SwedishFormat.SWEDISH : ExportFormat.ENGLISH;
          assertEquals(value.replace("{0}", "A").replace("{1}", "B").replace("{2}", "C"),
              new MessageFormat(value, locale).format(new Object[] {"A", "B", "C"}),
              bundle + ": " + key + " (a ' must be doubled in a pattern)");
        }
      }
    }
  }

  @Test
  void noExportShowsAKey() throws IOException {
    for (Locale locale : new Locale[] {SwedishFormat.SWEDISH, ExportFormat.ENGLISH}) {
      for (Statement s : ExportFixtures.statements()) {
        noKey(ExportFixtures.pdfText(StatementPdf.render(s, "Kommun", locale)));
        noKey(new String(StatementCsv.render(s, locale), StandardCharsets.UTF_8));
        noKey(ExportFixtures.workbookText(StatementExcel.render(s, "Kommun", locale)));
      }
      noKey(ExportFixtures.pdfText(InvoiceBasisPdf.render(ExportFixtures.invoiceBasis(),
          locale)));
      noKey(new String(InvoiceBasisCsv.render(ExportFixtures.invoiceBasis(), locale),
          StandardCharsets.UTF_8));
    }
  }

  private static void noKey(String text) {
    for (String prefix : PREFIXES) {
      assertFalse(text.contains(prefix), text);
    }
    assertFalse(text.contains("period.status.") || text.contains("allocationKey."), text);
  }

  private static Set<String> exportKeys(Properties p) {
    Set<String> keys = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      for (String prefix : PREFIXES) {
        if (key.startsWith(prefix)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ExportTextsTest.class.getResourceAsStream(
        "/se/tjanstekatalog/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
