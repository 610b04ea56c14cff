package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Numbers as they come in Swedish files: decimal comma or point, spaces or no-break spaces
 * between thousands, an optional "kr". The common case (plain digits with one separator) is
 * parsed without regular expressions, because an import may hold a million of them.
 */
public final class Decimals {
  private Decimals() {}

  /** The number, with the scale it was written with, or null if the text is not a number. */
  public static BigDecimal parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    BigDecimal fast = parsePlain(text);
    if (fast != null) {
      return fast;
    }
    try {
      return SwedishFormat.parseNumber(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** [-]digits[(,|.)digits] with at most 18 digits, else null (the slow path decides). */
  private static BigDecimal parsePlain(String s) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    if (i >= n || n - i > 19) {
      return null;
    }
    long unscaled = 0;
    int scale = -1;
    int digits = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if ((c == ',' || c == '.') && scale < 0 && digits > 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    if (digits == 0 || scale == 0 || digits > 18) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }
}
