package se.tjanstekatalog.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Swedish number and date formats as users expect them: {@code 1 234 567,50 kr}, {@code
 * 2027-01}. The grouping separator is a no-break space so amounts never wrap in a table cell.
 *
 * <p>Two families: the plain ones ({@link #kronor}, {@link #decimal}, ...) write a hyphen-minus
 * and serve files, messages and input fields, which must stay machine-readable; the {@code
 * table...} ones serve figures shown on pages: a real minus sign ({@link #MINUS}, U+2212, as the
 * charts' axes write it through {@code Intl}) and a fixed number of decimals chosen by the
 * column, never by the value, so a column's figures line up.
 */
public final class SwedishFormat {
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  public static final char GROUPING = '\u00a0';
  public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  /** The minus sign of figures on pages (U+2212); {@link #parseNumber} accepts it too. */
  public static final char MINUS = '\u2212';

  private SwedishFormat() {}

  /*
   * Building a DecimalFormat parses its pattern and builds its symbols from the locale's data,
   * which a page of a thousand figures did a thousand times (a twentieth of the dashboard's
   * time). The formats are built once and each call formats with a copy of one: a
   * DecimalFormat is not safe to share between threads, a clone of an unshared one is.
   */
  private static final DecimalFormat PLAIN_INTEGER = build("#,##0", '-');
  private static final DecimalFormat PLAIN_ONE_DECIMAL = build("#,##0.0", '-');
  private static final DecimalFormat PLAIN_KRONOR = build("#,##0.00", '-');
  private static final DecimalFormat TABLE = build("#,##0", MINUS);

  private static DecimalFormat build(String pattern, char minus) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(SWEDISH);
    symbols.setGroupingSeparator(GROUPING);
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign(minus);
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setParseBigDecimal(true);
    return format;
  }

  private static DecimalFormat copy(DecimalFormat prototype) {
    return (DecimalFormat) prototype.clone();
  }

  /** {@code 1234567.5} becomes {@code 1 234 567,50 kr}. */
  public static String kronor(BigDecimal value) {
    return value == null ? "" : copy(PLAIN_KRONOR).format(value) + GROUPING + "kr";
  }

  /** A whole number with grouping, e.g. headcount {@code 9 000}. */
  public static String integer(Number value) {
    return value == null ? "" : copy(PLAIN_INTEGER).format(value);
  }

  /** A decimal with grouping and up to {@code maxDecimals} decimals, e.g. {@code 8 412,5}. */
  public static String decimal(BigDecimal value, int maxDecimals) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = copy(PLAIN_INTEGER);
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
    return value == null ? "" : copy(PLAIN_ONE_DECIMAL).format(value) + GROUPING + "%";
  }

  /**
   * A figure of a page's table with exactly {@code decimals} decimals (HALF_UP), grouping and a
   * U+2212 minus: {@code -2.5} at one decimal is {@code −2,5}, {@code 7757} is {@code 7 757,0}.
   * A value that rounds to zero is written without a sign. Empty for null.
   */
  public static String tableFixed(BigDecimal value, int decimals) {
    if (value == null) {
      return "";
    }
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    DecimalFormat format = copy(TABLE);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(rounded);
  }

  /** {@link #tableFixed} of a whole number (no decimals): {@code −1 200}. */
  public static String tableInteger(Number value) {
    return value == null ? "" : tableFixed(new BigDecimal(value.toString()), 0);
  }

  /** An amount on a page: {@code −1 234,50 kr} (two decimals, U+2212). Empty for null. */
  public static String tableKronor(BigDecimal value) {
    return value == null ? "" : tableFixed(value, 2) + GROUPING + "kr";
  }

  /** A percentage on a page with exactly {@code decimals} decimals: {@code −9,7 %}. */
  public static String tablePercent(BigDecimal value, int decimals) {
    return value == null ? "" : tableFixed(value, decimals) + GROUPING + "%";
  }

  /**
   * A measured quantity on a page (hours, GB, a key value) with up to {@code maxDecimals}
   * decimals and a U+2212 minus, for lists whose rows may hold different units.
   */
  public static String tableDecimal(BigDecimal value, int maxDecimals) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = copy(TABLE);
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.equals(MINUS + "0") ? "0" : text;
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
