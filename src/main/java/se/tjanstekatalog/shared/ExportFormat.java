package se.tjanstekatalog.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;

/**
 * How a statement or accounting export (PDF, CSV, Excel) writes its texts and figures in one
 * language. Texts come from the bundle ({@link Messages}). Swedish writes every figure with
 * {@link SwedishFormat}, so a Swedish export is exactly what it always was ({@code 1 234,50 kr},
 * {@code 9,7 %}); English writes what an English reader expects: {@code SEK 1,234.50} in text,
 * {@code 1,234.50} in a table whose document says "Amounts in SEK", {@code 9.7%}. The amounts
 * are the same values in both; months stay {@code yyyy-MM}.
 */
public final class ExportFormat {
  /** The English of the exports (British: the municipality is in Europe). */
  public static final Locale ENGLISH = Locale.UK;
  /** The OpenAPI text of the exports' {@code lang} parameter. */
  public static final String LANG_PARAMETER = "The file's language: sv (the default) or en";

  private static final char NBSP = SwedishFormat.GROUPING;
  private static final ExportFormat SV = new ExportFormat(SwedishFormat.SWEDISH);
  private static final ExportFormat EN = new ExportFormat(ENGLISH);

  private final Locale locale;

  private ExportFormat(Locale locale) {
    this.locale = locale;
  }

  /** English for a locale whose language is English, else Swedish (also for null). */
  public static ExportFormat of(Locale locale) {
    return isEnglish(locale) ? EN : SV;
  }

  public static boolean isEnglish(Locale locale) {
    return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /**
   * The language an export is asked for: {@code sv} or nothing is Swedish, {@code en} English.
   *
   * @throws RuleViolationException (422) for any other value
   */
  public static Locale language(String lang) {
    String l = lang == null ? "" : lang.strip();
    if (l.isEmpty() || l.equalsIgnoreCase("sv")) {
      return SwedishFormat.SWEDISH;
    }
    if (l.equalsIgnoreCase("en")) {
      return ENGLISH;
    }
    throw new RuleViolationException(new Violation("lang", "error.language", l));
  }

  public Locale locale() {
    return locale;
  }

  public boolean english() {
    return this == EN;
  }

  /** The language tag a PDF declares: {@code sv-SE} or {@code en-GB}. */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /** A text of the bundle in this language; arguments as {@link Messages#get}. */
  public String text(String key, Object... args) {
    return Messages.get(locale, key, args);
  }

  /** An amount in running text: {@code 1 234,50 kr} or {@code SEK 1,234.50}; empty for null. */
  public String kronor(BigDecimal value) {
    if (!english()) {
      return SwedishFormat.kronor(value);
    }
    return value == null ? "" : "SEK" + NBSP + english("#,##0.00").format(value);
  }

  /**
   * An amount in a table cell: Swedish as {@link #kronor} ({@code 1 234,50 kr}), English bare
   * ({@code 1,234.50}) under a text that names the currency, as English reports do and so that
   * the wider {@code SEK} never breaks a figure in a narrow column.
   */
  public String amount(BigDecimal value) {
    if (!english()) {
      return SwedishFormat.kronor(value);
    }
    return value == null ? "" : english("#,##0.00").format(value);
  }

  /** {@link #kronor(BigDecimal)} of the amount's value; empty for null. */
  public String kronor(Amount value) {
    return kronor(value == null ? null : value.value());
  }

  /** {@link #amount(BigDecimal)} of the amount's value; empty for null. */
  public String amount(Amount value) {
    return amount(value == null ? null : value.value());
  }

  /** A number with grouping and up to {@code maxDecimals} decimals; empty for null. */
  public String decimal(BigDecimal value, int maxDecimals) {
    if (!english()) {
      return SwedishFormat.decimal(value, maxDecimals);
    }
    if (value == null) {
      return "";
    }
    DecimalFormat format = english("#,##0");
    format.setMaximumFractionDigits(maxDecimals);
    return format.format(value);
  }

  /** A percentage with one decimal: {@code -9,7 %} or {@code -9.7%}; empty for null. */
  public String percent(BigDecimal value) {
    if (!english()) {
      return SwedishFormat.percent(value);
    }
    return value == null ? "" : english("#,##0.0").format(value) + "%";
  }

  /** A percentage with up to {@code maxDecimals} decimals: {@code 1,25 %} or {@code 1.25%}. */
  public String percent(BigDecimal value, int maxDecimals) {
    return value == null ? "" : decimal(value, maxDecimals) + (english() ? "%" : NBSP + "%");
  }

  /** {@code 2026-11} in both languages. */
  public String month(YearMonth month) {
    return SwedishFormat.month(month);
  }

  private static DecimalFormat english(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(ENGLISH);
    symbols.setGroupingSeparator(',');
    symbols.setDecimalSeparator('.');
    symbols.setMinusSign('-');
    return new DecimalFormat(pattern, symbols);
  }

  @Override
  public String toString() {
    return languageTag();
  }
}
