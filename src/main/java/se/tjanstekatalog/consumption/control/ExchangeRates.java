package se.tjanstekatalog.consumption.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.tjanstekatalog.shared.Rounding;

/**
 * The month's exchange rates and the one conversion rule of a bill in another currency: a
 * row's amount × the rate of its currency for the bill's month (SEK per one unit, at most
 * {@value #RATE_SCALE} decimals, exact as entered), rounded to öre per row with {@link
 * Rounding#MODE} (half up). Rounding each row, not the sum, makes the SEK amounts shown per
 * row add up to the totals that are stored. SEK rows are not converted and not rounded per
 * row (they are summed exactly, as before). Plain Java.
 */
public final class ExchangeRates implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String HOME = "SEK";
  public static final int RATE_SCALE = 6;

  /** A currency's rate for a month: SEK per one unit. */
  public record Rate(String currency, YearMonth month, BigDecimal rate) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public static final ExchangeRates NONE = new ExchangeRates(List.of());

  private final Map<String, BigDecimal> rates = new HashMap<>();

  public ExchangeRates(List<Rate> rates) {
    for (Rate r : rates) {
      this.rates.put(r.currency() + " " + r.month(), r.rate());
    }
  }

  /** The rate of {@code currency} (an ISO code, as {@link #currency} gives it) in a month, or null. */
  public BigDecimal rate(String currency, YearMonth month) {
    return HOME.equals(currency) ? BigDecimal.ONE : rates.get(currency + " " + month);
  }

  /** The SEK amount of one row: exact × rate, rounded half up to öre. */
  public static BigDecimal toSek(BigDecimal amount, BigDecimal rate) {
    return amount.multiply(rate).setScale(Rounding.SCALE, Rounding.MODE);
  }

  /** A currency code as ISO 4217 writes it (three letters, upper case), or null. */
  public static String currency(String text) {
    String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (code.length() != 3) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return null;
      }
    }
    return code;
  }

  /**
   * A rate as the controller or a file writes it (point or comma), or null unless it is
   * above zero with at most {@value #RATE_SCALE} decimals; {@code units} divides it (the
   * Riksbank quoted some currencies per 100 units until November 2023). Never rounded: a rate
   * that would need more decimals is refused, so a stored rate is what was given.
   */
  public static BigDecimal parseRate(String text, BigDecimal units) {
    BigDecimal value = Decimals.parse(text == null ? "" : text.strip());
    if (value == null || value.signum() <= 0 || units == null || units.signum() <= 0) {
      return null;
    }
    BigDecimal perUnit;
    try {
      perUnit = value.divide(units).stripTrailingZeros();
    } catch (ArithmeticException e) {
      return null;
    }
    if (perUnit.scale() > RATE_SCALE) {
      return null;
    }
    return perUnit.setScale(Math.max(perUnit.scale(), 0));
  }
}
