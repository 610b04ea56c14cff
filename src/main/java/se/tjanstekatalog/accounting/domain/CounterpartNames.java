package se.tjanstekatalog.accounting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.Violation;

/**
 * The names of the motpart objects in the SIE export, kept in the accounting settings as one
 * {@code code=name} a line ({@code 1=Kommunen}). Without a name here a motpart object is
 * named after the first förvaltning that uses it, which is wrong for a motpart shared by all
 * förvaltningar. Plain Java.
 */
public final class CounterpartNames {
  public static final int MAX_TEXT = 4000;
  public static final int MAX_CODE = 20;
  public static final int MAX_NAME = 100;

  private CounterpartNames() {}

  /** The names by code; lines that break a rule are left out (see {@link #check}). */
  public static Map<String, String> parse(String text) {
    Map<String, String> names = new LinkedHashMap<>();
    if (text == null) {
      return names;
    }
    for (String line : text.split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        String code = line.substring(0, eq).strip();
        String name = line.substring(eq + 1).strip();
        if (!code.isEmpty() && !name.isEmpty()) {
          names.putIfAbsent(code, name);
        }
      }
    }
    return names;
  }

  /** Every broken rule, with its line number: {@code code=name}, each code once. */
  public static List<Violation> check(String text) {
    List<Violation> v = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return v;
    }
    if (text.length() > MAX_TEXT) {
      v.add(new Violation("counterpartNames", "accounting.error.counterpartNames.tooLong",
          MAX_TEXT));
      return v;
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      String code = eq < 0 ? "" : line.substring(0, eq).strip();
      String name = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (code.isEmpty() || name.isEmpty()) {
        v.add(new Violation("counterpartNames", "accounting.error.counterpartNames.line",
            i + 1, line.strip()));
      } else if (code.length() > MAX_CODE || name.length() > MAX_NAME
          || code.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
        v.add(new Violation("counterpartNames", "accounting.error.counterpartNames.value",
            i + 1, MAX_CODE, MAX_NAME));
      } else if (seen.putIfAbsent(code, i + 1) != null) {
        v.add(new Violation("counterpartNames", "accounting.error.counterpartNames.twice",
            i + 1, code, seen.get(code)));
      }
    }
    return v;
  }

  /** The text as stored: one {@code code=name} a line, trimmed, blank lines dropped. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        int eq = line.indexOf('=');
        lines.add(eq < 0 ? line.strip()
            : line.substring(0, eq).strip() + "=" + line.substring(eq + 1).strip());
      }
    }
    return String.join("\n", lines);
  }
}
