package se.tjanstekatalog.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Swedish number and date formats as users expect them: {@code 1 234 567,50 kr}, {@code
 * 2027-01}. The grouping separator is a no-break space so amounts never wrap in a table cell.
 */
public final class SwedishFormat {
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  public static final char GROUPING = '\u00a0';
  public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private SwedishFormat() {}

  private static DecimalFormat format(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(SWEDISH);
    symbols.setGroupingSeparator(GROUPING);
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setParseBigDecimal(true);
    return format;
  }

  /** {@code 1234567.5} becomes {@code 1 234 567,50 kr}. */
  public static String kronor(BigDecimal value) {
    return value == null ? "" : format("#,##0.00").format(value) + GROUPING + "kr";
  }

  /** A whole number with grouping, e.g. headcount {@code 9 000}. */
  public static String integer(Number value) {
    return value == null ? "" : format("#,##0").format(value);
  }

  /** A decimal with grouping and up to {@code maxDecimals} decimals, e.g. {@code 8 412,5}. */
  public static String decimal(BigDecimal value, int maxDecimals) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = format("#,##0");
    format.setMaximumFractionDigits(maxDecimals);
    return format.format(value);
  }

  /**
   * Parses a number as a Swedish user or spreadsheet writes it: decimal comma or point, spaces
   * (also no-break) as grouping, an optional trailing {@code kr}.
   *
   * @throws NumberFormatException with the original text when it is not a number
   */
  public static BigDecimal parseNumber(String text) {
    if (text == null) {
      throw new NumberFormatException("null");
    }
    String cleaned =
        text.strip()
            .replaceAll("(?i)\\s*kr$", "")
            .replace("\u00a0", "")
            .replace("\u202f", "")
            .replace(" ", "")
            .replace('\u2212', '-');
    if (cleaned.isEmpty() || !cleaned.matches("[-+]?\\d*([.,]\\d+)?")) {
      throw new NumberFormatException(text);
    }
    return new BigDecimal(cleaned.replace(',', '.'));
  }

  /** A percentage with one decimal, e.g. {@code -9,7 %} (no-break space); empty for null. */
  public static String percent(BigDecimal value) {
    return value == null ? "" : format("#,##0.0").format(value) + GROUPING + "%";
  }

  public static String month(YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }

  /** Accepts {@code 2027-01} and {@code 2027-01-31}. */
  public static YearMonth parseMonth(String text) {
    String t = text == null ? "" : text.strip();
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      t = t.substring(0, 7);
    }
    return YearMonth.parse(t, MONTH);
  }
}
