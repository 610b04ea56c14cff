package se.tjanstekatalog.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Periods as files write them: {@code 2026-03} or a date in the month such as
 * {@code 2026-03-31}. A file repeats the same few strings, so parsed values are remembered.
 */
public final class Periods {
  private final Map<String, YearMonth> seen = new HashMap<>();

  /** The month, or null if the text is not {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  public YearMonth parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    YearMonth cached = seen.get(text);
    if (cached != null || seen.containsKey(text)) {
      return cached;
    }
    YearMonth parsed = parseOnce(text);
    if (seen.size() < 10_000) {
      seen.put(text, parsed);
    }
    return parsed;
  }

  static YearMonth parseOnce(String text) {
    String t = text.strip();
    try {
      if (t.length() == 7 && t.charAt(4) == '-') {
        return YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
      }
      if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        return YearMonth.from(LocalDate.parse(t));
      }
      // FOCUS and other systems write timestamps: 2026-03-01T00:00:00Z
      if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == 'T') {
        return YearMonth.from(LocalDate.parse(t.substring(0, 10)));
      }
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
    return null;
  }
}
