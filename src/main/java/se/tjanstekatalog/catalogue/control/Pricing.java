package se.tjanstekatalog.catalogue.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import se.tjanstekatalog.shared.Amount;

/**
 * The price rules of PRODUCT.md in plain Java: the charged unit price is the cost price ×
 * (1 + markup), rounded HALF_UP to öre once, per price list line.
 */
public final class Pricing {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Pricing() {}

  /** 250,00 kr with 2 % markup → 255,00 kr. */
  public static Amount chargedPrice(Amount costPrice, BigDecimal markupPercent) {
    BigDecimal factor = BigDecimal.ONE.add(markupPercent.divide(HUNDRED));
    return new Amount(costPrice.value().multiply(factor));
  }

  /** A cost price raised by an index, e.g. +3,1 % for next year's draft, HALF_UP to öre. */
  public static Amount indexed(Amount costPrice, BigDecimal indexPercent) {
    return chargedPrice(costPrice, indexPercent);
  }

  /** Whether two month ranges (both ends included) share a month. */
  public static boolean overlaps(YearMonth from1, YearMonth to1, YearMonth from2,
      YearMonth to2) {
    return !from1.isAfter(to2) && !from2.isAfter(to1);
  }
}
