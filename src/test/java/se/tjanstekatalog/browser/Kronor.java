package se.tjanstekatalog.browser;

import java.math.BigDecimal;

/** Amounts as the pages show them: {@code 1 234 567,50 kr} (space or no-break space groups). */
final class Kronor {
  private Kronor() {}

  static boolean isSwedish(String s) {
    return s.matches("[−-]?\\d{1,3}([  \\u202f]\\d{3})*,\\d{2} kr");
  }

  static BigDecimal parse(String s) {
    return new BigDecimal(s.replaceAll("[  \\u202f]", "").replace("kr", "")
        .replace('−', '-').replace(',', '.'));
  }

  static String format(BigDecimal amount) {
    java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return new java.text.DecimalFormat("#,##0.00", symbols).format(amount) + " kr";
  }
}
